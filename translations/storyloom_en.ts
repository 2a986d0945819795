<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>Edit %n stories</source>
            <translation>
                <numerusform>Edit %n story</numerusform>
                <numerusform>Edit %n stories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n stories</source>
            <translation>
                <numerusform>Delete %n story</numerusform>
                <numerusform>Delete %n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoryDrop</name>
        <message numerus="yes">
            <source>Move %n stories</source>
            <translation>
                <numerusform>Move %n story</numerusform>
                <numerusform>Move %n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::BacklogModel</name>
        <message numerus="yes">
            <source>%n points</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::DeleteEpicDialog</name>
        <message numerus="yes">
            <source>What should happen to the %n stories of %1?</source>
            <translation>
                <numerusform>What should happen to the %n story of %1?</numerusform>
                <numerusform>What should happen to the %n stories of %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Move its %n stories to:</source>
            <translation>
                <numerusform>&amp;Move its %n story to:</numerusform>
                <numerusform>&amp;Move its %n stories to:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Delete the epic and its %n stories</source>
            <translation>
                <numerusform>&amp;Delete the epic and its %n story</numerusform>
                <numerusform>&amp;Delete the epic and its %n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::Document</name>
        <message numerus="yes">
            <source>Link %1 to %n stories</source>
            <translation>
                <numerusform>Link %1 to %n story</numerusform>
                <numerusform>Link %1 to %n stories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unlink %1 from %n stories</source>
            <translation>
                <numerusform>Unlink %1 from %n story</numerusform>
                <numerusform>Unlink %1 from %n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::EpicListModel</name>
        <message numerus="yes">
            <source>%1 points, %n stories not estimated</source>
            <translation>
                <numerusform>%1 points, %n story not estimated</numerusform>
                <numerusform>%1 points, %n stories not estimated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::FacetBar</name>
        <message numerus="yes">
            <source>%1, %n chosen</source>
            <translation>
                <numerusform>%1, %n chosen</numerusform>
                <numerusform>%1, %n chosen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::InsightTableModel</name>
        <message numerus="yes">
            <source>Supports %n stories</source>
            <translation>
                <numerusform>Supports %n story</numerusform>
                <numerusform>Supports %n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::MainWindow</name>
        <message numerus="yes">
            <source>%n epics</source>
            <translation>
                <numerusform>%n epic</numerusform>
                <numerusform>%n epics</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stories</source>
            <translation>
                <numerusform>%n story</numerusform>
                <numerusform>%n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::PersonaCardDelegate</name>
        <message numerus="yes">
            <source>Supports %n stories</source>
            <translation>
                <numerusform>Supports %n story</numerusform>
                <numerusform>Supports %n stories</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::PersonaListModel</name>
        <message numerus="yes">
            <source>%1, %2. Goals: %3. Frustrations: %4. Supports %n stories.</source>
            <translation>
                <numerusform>%1, %2. Goals: %3. Frustrations: %4. Supports %n story.</numerusform>
                <numerusform>%1, %2. Goals: %3. Frustrations: %4. Supports %n stories.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::StoryEditor</name>
        <message numerus="yes">
            <source>Not ready: %n item(s) missing.</source>
            <translation>
                <numerusform>Not ready: %n item missing.</numerusform>
                <numerusform>Not ready: %n items missing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>storyloom::StoryPicker</name>
        <message numerus="yes">
            <source>%n stories shown</source>
            <translation>
                <numerusform>%n story shown</numerusform>
                <numerusform>%n stories shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>%n chosen</numerusform>
                <numerusform>%n chosen</numerusform>
            </translation>
        </message>
    </context>
</TS>
