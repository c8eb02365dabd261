<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="50"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="37"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="39"/>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="41"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="43"/>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="113"/>
        <source>cannot read the configuration file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="133"/>
        <source>no profile named &apos;%1&apos;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="138"/>
        <source>no schema_version: saved by an older version; missing keys take their defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="148"/>
        <source>malformed YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="155"/>
        <source>expected a mapping of sections (orchestrator, ai, ...), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="167"/>
        <source>invalid value &apos;%1&apos; (allowed: a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="171"/>
        <source>written by a newer version (schema %1, this one reads %2); keys it does not know are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="181"/>
        <source>unknown section, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="182"/>
        <source>unknown section, ignored; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="196"/>
        <source>expected a mapping of keys, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="213"/>
        <source>unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="214"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="231"/>
        <source>expected a list of texts, got %1 in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="239"/>
        <source>expected a list of texts, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="248"/>
        <source>missing value (allowed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="249"/>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="301"/>
        <source>unknown variable %1, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="302"/>
        <source>unknown variable %1, ignored; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="366"/>
        <source>must be set when agent.kind is command (a template such as &apos;python3 {prompt_file}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="371"/>
        <source>&apos;%1&apos; is not a variable name: list names only, never values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="391"/>
        <source>cannot create &apos;%1&apos;: no existing parent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="393"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="397"/>
        <source>&apos;%1&apos; is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="399"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigOrigin</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="9"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="16"/>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="18"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="41"/>
        <source>option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="28"/>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="39"/>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="185"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="187"/>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="189"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="191"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="193"/>
        <source>any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="193"/>
        <source>a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="195"/>
        <source>a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="195"/>
        <source>a non-empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="197"/>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="207"/>
        <source>invalid value &apos;%1&apos; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="38"/>
        <source>expected NAME=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="43"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="73"/>
        <source>unterminated quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="78"/>
        <source>unexpected text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="117"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="54"/>
        <source>a profile name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="56"/>
        <source>a profile name has at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="58"/>
        <source>a profile name cannot start with a dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="60"/>
        <source>a profile name cannot start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="62"/>
        <source>a profile name cannot contain / or \</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="64"/>
        <source>a profile name cannot contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="106"/>
        <source>profile not saved: %1 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="125"/>
        <location filename="../core/config/ProfileStore.cpp" line="140"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="129"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="131"/>
        <source>cannot rename profile &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="146"/>
        <source>cannot delete profile &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>Parallel AI Orchestrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orch::AboutDialog</name>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="27"/>
        <source>Parallel AI Orchestrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="28"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="42"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="48"/>
        <source>Using Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="54"/>
        <source>Splits one large task into subtasks and runs each of them as an AI coding agent, in parallel, each in its own folder, git worktree or container. Watch the workers live, cancel or retry them, and browse the logs and results of every run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orch::Config</name>
    <message>
        <location filename="../core/config/Config.cpp" line="63"/>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/config/Config.cpp" line="69"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orch::JsonlSink</name>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="66"/>
        <source>Cannot create the log folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="76"/>
        <source>Cannot create the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="80"/>
        <source>Cannot find a free log file name in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="146"/>
        <source>Cannot write the log file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orch::Log</name>
    <message>
        <location filename="../core/logging/Log.cpp" line="107"/>
        <source>Cannot open the console log file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orch::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="38"/>
        <source>Parallel AI Orchestrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="93"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="96"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="100"/>
        <source>Quit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="107"/>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="111"/>
        <source>The run engine is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="113"/>
        <source>&amp;Run</source>
        <comment>action that starts a run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="120"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="130"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="133"/>
        <source>&amp;Status Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="137"/>
        <source>Show or hide the status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="142"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="146"/>
        <source>Use the whole screen for the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="153"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="157"/>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="160"/>
        <source>Settings are not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="168"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="171"/>
        <source>&amp;About...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="174"/>
        <source>Show the application&apos;s version and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="177"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="180"/>
        <source>Show the Qt version and license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="187"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="194"/>
        <source>Nothing to run yet.
The task editor will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orch::ProcessRunner</name>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="158"/>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="191"/>
        <source>failed to start: cannot open the transcript %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="324"/>
        <source>failed to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="418"/>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="420"/>
        <source>killed by signal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="423"/>
        <source>no output for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="424"/>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="426"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
