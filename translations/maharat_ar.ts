<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ExampleCard</name>
    <message>
        <source>Why: %1</source>
        <extracomment>Prefix of the explanation under a phrasing example; %1 is the explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What would you like to practise?</source>
        <extracomment>Heading above the list of topic categories on the home page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack could not be opened: %1</source>
        <extracomment>Shown when an installed pack was refused; %1 is the file and the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Under a category name: how many topics it has and which pack it comes from</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No skill packs are installed.</source>
        <extracomment>Shown on the home page when no pack is installed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Maharat</source>
        <extracomment>Window title: the app&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>Accessible name of the toolbar&apos;s back button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Accessible name of the button that changes the interface language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhrasingLine</name>
    <message>
        <source>Say this:</source>
        <extracomment>Spoken by screen readers before a good phrasing line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t say this:</source>
        <extracomment>Spoken by screen readers before a bad phrasing line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillPage</name>
    <message>
        <source>Topic %1 of %2</source>
        <extracomment>Above a skill&apos;s title: its position in the category, e.g. &quot;Topic 3 of 25&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it better</source>
        <extracomment>Heading above the cards with what to say and what not to say</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <extracomment>Button to the previous topic in the same category</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button to the next topic in the same category</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>maharat::PackError</name>
    <message>
        <source>The pack file %1 does not exist.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file is too large (%1 MB; the limit is %2 MB).</source>
        <extracomment>%1 file size in MB, %2 the limit in MB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a skill pack, or it is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file is not a Maharat skill pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack uses format version %1, which needs a newer version of Maharat.</source>
        <extracomment>%1 is the pack&apos;s format version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack has an unknown format version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack needs a newer version of Maharat (reader format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack cannot be opened: %1</source>
        <extracomment>%1 is a technical message from the database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains a trigger (%1), which packs may not have.</source>
        <extracomment>%1 is a database object name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains a view (%1), which packs may not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains a virtual or full-text table (%1), which packs may not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack contains an unexpected database object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is missing the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s table %1 does not have the expected layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s manifest has no %1.</source>
        <extracomment>%1 is a manifest field name such as &quot;id&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s manifest has an invalid %1: &quot;%2&quot;.</source>
        <extracomment>%1 field name, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack uses an unsupported language code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 has no text in language %2.</source>
        <extracomment>%1 an item id, %2 a language code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has an invalid id in %1: &quot;%2&quot;.</source>
        <extracomment>%1 a table name, %2 the bad id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack uses the id %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has text that is not valid UTF-8 in %1 (%2).</source>
        <extracomment>%1 table name, %2 item id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has text with forbidden control characters in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of %2 is longer than %3 characters.</source>
        <extracomment>%1 field, %2 item id, %3 the character limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question %1 is malformed (%2).</source>
        <extracomment>%1 question id, %2 what is wrong in English technical terms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question %1 must have exactly one correct answer, but has %2.</source>
        <extracomment>%1 question id, %2 the number of answers marked correct</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 has a type that is not allowed (%2).</source>
        <extracomment>%1 media id, %2 a mime type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 is too large (%2 bytes; the limit is %3).</source>
        <extracomment>%1 media id, %2 size in bytes, %3 limit in bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 does not match its checksum: it was altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 is not a valid audio clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media %1 is not used by any item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 refers to %2, which does not exist.</source>
        <extracomment>%1 the referring item, %2 the missing target id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s table %1 has more than %2 rows.</source>
        <extracomment>%1 table name, %2 the row limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
