<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogSection</name>
    <message numerus="yes">
        <source>%Ln pack(s)</source>
        <extracomment>Under a catalog: how many packs it offers (the date it was last checked follows)</extracomment>
        <translation>
            <numerusform>%Ln pack</numerusform>
            <numerusform>%Ln packs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Number of topics in a pack offered by a catalog</extracomment>
        <translation>
            <numerusform>%Ln topic</numerusform>
            <numerusform>%Ln topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%Ln question(s) to refresh today.</source>
        <extracomment>Under the daily refresher card: how many questions are due</extracomment>
        <translation>
            <numerusform>%Ln question to refresh today.</numerusform>
            <numerusform>%Ln questions to refresh today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Under a category name: how many topics it has and which pack it comes from</extracomment>
        <translation>
            <numerusform>%Ln topic</numerusform>
            <numerusform>%Ln topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack update(s) available</source>
        <extracomment>Home page card when a subscribed catalog has newer versions of installed packs</extracomment>
        <translation>
            <numerusform>%Ln pack update available</numerusform>
            <numerusform>%Ln pack updates available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pack(s) could not be opened</source>
        <extracomment>Home page line when pack files were refused; leads to the pack library</extracomment>
        <translation>
            <numerusform>%Ln pack could not be opened</numerusform>
            <numerusform>%Ln packs could not be opened</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <extracomment>Pack card: how many topics the pack has</extracomment>
        <translation>
            <numerusform>%Ln topic</numerusform>
            <numerusform>%Ln topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message numerus="yes">
        <source>%Ln answer(s) could not be saved yet. This device may be full. Maharat keeps trying while it stays open.</source>
        <extracomment>Under &quot;Your answers are not being saved&quot;; %Ln is how many answers are waiting</extracomment>
        <translation>
            <numerusform>%Ln answer could not be saved yet. This device may be full. Maharat keeps trying while it stays open.</numerusform>
            <numerusform>%Ln answers could not be saved yet. This device may be full. Maharat keeps trying while it stays open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <source>%Ln question(s) to refresh today.</source>
        <extracomment>How many questions the spaced-repetition schedule brings back today</extracomment>
        <translation>
            <numerusform>%Ln question to refresh today.</numerusform>
            <numerusform>%Ln questions to refresh today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered today: %1 · Streak: %Ln day(s)</source>
        <extracomment>Statistics line: answers given today and the number of consecutive days with answers</extracomment>
        <translation>
            <numerusform>Answered today: %1 · Streak: %Ln day</numerusform>
            <numerusform>Answered today: %1 · Streak: %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizSessionPage</name>
    <message numerus="yes">
        <source>Time: %Ln second(s)</source>
        <extracomment>Quiz summary: how long it took, in seconds</extracomment>
        <translation>
            <numerusform>Time: %Ln second</numerusform>
            <numerusform>Time: %Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%Ln update(s) available</source>
        <extracomment>Under the Catalogs link when updates are waiting</extracomment>
        <translation>
            <numerusform>%Ln update available</numerusform>
            <numerusform>%Ln updates available</numerusform>
        </translation>
    </message>
</context>
</TS>
