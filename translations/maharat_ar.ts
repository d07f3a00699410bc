<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <extracomment>Title of the About page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maharat</source>
        <extracomment>App name on the About page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-service skills for front-line staff, offline, in Persian, Arabic and English.</source>
        <extracomment>Short description of the app on the About page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio clips of the bundled packs are read by synthetic voices (eSpeak NG), not by people. A manager can replace any clip with a recording.</source>
        <extracomment>Note that the bundled audio is computer-generated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content packs</source>
        <extracomment>About page heading above the installed content packs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <extracomment>Pack details: %1 version number, %2 publisher, %3 licence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on:</source>
        <extracomment>Heading above a pack&apos;s sources</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <extracomment>About page heading above font licences</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vazirmatn by Saber Rastikerdar, and Noto Sans and Noto Sans Arabic by Google, all under the SIL Open Font License 1.1.</source>
        <extracomment>Font credits on the About page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the licence text</source>
        <extracomment>Button that shows the full font licence text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the licence text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>This clip cannot be played.</source>
        <extracomment>Shown when a phrasing clip cannot be played</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clip cannot be loaded from its pack.</source>
        <extracomment>Shown when a clip&apos;s data could not be read from its pack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output is available on this device, so clips cannot be played.</source>
        <extracomment>Shown when the device has no speaker or sound system to play clips on</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the message about audio that cannot play</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPage</name>
    <message>
        <source>This category has no topics yet.</source>
        <extracomment>Shown for a category that has no topics</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What would you like to practise?</source>
        <extracomment>Home page heading above the list of topic categories</extracomment>
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
    <message>
        <source>Search skills, phrases, situations…</source>
        <extracomment>Placeholder of the search field on the home page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <extracomment>Home page heading above the topic the user read last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <extracomment>Home page heading above the bookmarked topics</extracomment>
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
        <extracomment>Accessible name of the toolbar button that changes the interface language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavItems</name>
    <message>
        <source>Home</source>
        <extracomment>Navigation: the home page with categories</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Navigation: the search page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz</source>
        <extracomment>Navigation: quizzes and refreshers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Navigation: the settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackError</name>
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
<context>
    <name>PhrasingLine</name>
    <message>
        <source>Say this</source>
        <extracomment>Screen reader label of the ✓ mark before a good phrasing line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t say this</source>
        <extracomment>Screen reader label of the ✗ mark before a bad phrasing line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayButton</name>
    <message>
        <source>Pause: %1</source>
        <extracomment>Screen reader name of the button pausing a clip; %1 is the line being played</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play: %1</source>
        <extracomment>Screen reader name of the button playing a clip; %1 is the line it plays</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Your progress cannot be opened: %1</source>
        <extracomment>%1 is a technical reason from the database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress was saved by a newer version of Maharat. Update the app to use it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be updated to this version of Maharat. Nothing was lost: a copy is kept at %1.</source>
        <extracomment>%1 is the path of a backup copy of the user&apos;s data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Quiz</source>
        <extracomment>Title of the quiz page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresher quizzes are coming in a later version.</source>
        <extracomment>Shown on the quiz page before quizzes are available in this version</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search skills, phrases, situations…</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available in this version yet. Browse the topics from the home page.</source>
        <extracomment>Shown on the search page before search is available in this version</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings heading: the interface language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the device</source>
        <extracomment>Language option that follows the device&apos;s language
----------
Theme option: follow the device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <extracomment>Settings heading: size of the text; %1 is a percentage such as 120%</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <extracomment>Screen reader name of the text size slider</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick reply is the kind one.</source>
        <extracomment>Sample text under the text size slider</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings heading: light or dark colours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>Theme option: light colours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>Theme option: dark colours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <extracomment>Settings heading: how fast audio clips play</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <extracomment>A playback speed such as 1.25×; %1 is the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>Settings heading: which digits numbers are shown with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always use Latin digits (0–9)</source>
        <extracomment>Switch that shows 0-9 instead of Persian or Arabic digits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: topic %1 of %2</source>
        <extracomment>Example of numbers under the digits switch; %1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Maharat</source>
        <extracomment>Link from the settings page to the About page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, content packs and their sources, licences</source>
        <extracomment>Under the About link</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillContent</name>
    <message>
        <source>Say it better</source>
        <extracomment>Heading above the cards with what to say and what not to say</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillView</name>
    <message>
        <source>Topic %1 of %2</source>
        <extracomment>Above a skill&apos;s title: its position in the category, e.g. &quot;Topic 3 of 25&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this topic</source>
        <extracomment>Screen reader name of the bookmark button on a skill page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in another language</source>
        <extracomment>Button that shows the same topic in a second language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One language only</source>
        <extracomment>Menu item that hides the second language</extracomment>
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
</TS>
