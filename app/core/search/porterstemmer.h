#pragma once
#include <QString>

namespace maharat::search {

// The Porter (1980) stemmer, as published in "An algorithm for suffix stripping" (Program 14(3)),
// including its original step 2 rule ABLI -> ABLE (later C releases changed it to BLI -> BLE and
// added LOGI -> LOG; we follow the paper). Expects one lower-case word of ASCII letters; any other
// input, and words of one or two letters, come back unchanged.
QString porterStem(QStringView word);

} // namespace maharat::search
