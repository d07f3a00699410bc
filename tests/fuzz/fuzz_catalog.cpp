// catalog.json comes from any web server (after its signature, but a publisher's own tool may
// have bugs and the parser runs on every byte of it), share links from chat messages and QR
// codes. Oracles: an accepted catalog survives a write/parse round trip unchanged, and no pack
// url it holds ever resolves outside the catalog's folder or to another host or scheme.
#include "catalog.h"
#include "sharelink.h"

#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "oracle failed: %s\n", what);
        abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace maharat::catalog;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)parseShareLink(QString::fromUtf8(bytes));

    Catalog catalog;
    if (parse(bytes, catalog))
        return 0;
    Catalog again;
    check(!parse(toJson(catalog), again), "the canonical JSON of an accepted catalog parses");
    check(again.sequence == catalog.sequence && again.publisher == catalog.publisher
              && again.packs.size() == catalog.packs.size(),
          "round trip keeps sequence, publisher and packs");
    const QUrl base(QStringLiteral("https://intranet.example/team/packs/catalog.json"));
    for (qsizetype i = 0; i < catalog.packs.size(); ++i) {
        const Entry &a = catalog.packs[i];
        const Entry &b = again.packs[i];
        check(a.id == b.id && a.version == b.version && a.size == b.size && a.sha256 == b.sha256
                  && a.url == b.url && a.title == b.title,
              "round trip keeps every entry");
        const QUrl url = packUrl(base, a);
        check(url.isValid() && url.scheme() == base.scheme() && url.host() == base.host()
                  && url.path().startsWith(QStringLiteral("/team/packs/")) && !url.path().contains(QStringLiteral("/../")),
              "a pack url stays inside the catalog's folder");
    }
    return 0;
}
