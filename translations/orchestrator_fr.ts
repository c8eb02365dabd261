<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AiTaskDecomposer</name>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="122"/>
        <source>the task is empty</source>
        <translation>la tâche est vide</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="126"/>
        <source>planning was cancelled</source>
        <translation>la planification a été annulée</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="130"/>
        <source>AI task decomposition failed: %1</source>
        <translation>échec de la décomposition de la tâche par l&apos;IA : %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="132"/>
        <source>AI task decomposition failed, using the heuristic decomposer instead: %1</source>
        <translation>échec de la décomposition de la tâche par l&apos;IA, utilisation du décomposeur heuristique à la place : %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="140"/>
        <source>it needs the Claude CLI, and agent.kind is not claude</source>
        <translation>elle nécessite la CLI Claude, et agent.kind n&apos;est pas claude</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="185"/>
        <source>Asking the agent for a plan (at most %n second(s))</source>
        <translation>
            <numerusform>Demande d&apos;un plan à l&apos;agent (au plus %n seconde)</numerusform>
            <numerusform>Demande d&apos;un plan à l&apos;agent (au plus %n secondes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="204"/>
        <source>the agent %1 %2</source>
        <translation>l&apos;agent %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="207"/>
        <source>the agent did not answer within %n second(s) (planning.timeout)</source>
        <translation>
            <numerusform>l&apos;agent n&apos;a pas répondu en %n seconde (planning.timeout)</numerusform>
            <numerusform>l&apos;agent n&apos;a pas répondu en %n secondes (planning.timeout)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="214"/>
        <source>the agent&apos;s answer is larger than %1 MiB</source>
        <translation>la réponse de l&apos;agent dépasse %1 Mio</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="219"/>
        <source>the agent gave no answer (%1)</source>
        <translation>l&apos;agent n&apos;a donné aucune réponse (%1)</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="220"/>
        <source>the agent gave no answer (%1): %2</source>
        <translation>l&apos;agent n&apos;a donné aucune réponse (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="226"/>
        <source>The agent planned %n subtask(s)</source>
        <translation>
            <numerusform>L&apos;agent a planifié %n sous-tâche</numerusform>
            <numerusform>L&apos;agent a planifié %n sous-tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="294"/>
        <source>the agent&apos;s answer is not a JSON result: %1</source>
        <translation>la réponse de l&apos;agent n&apos;est pas un résultat JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="296"/>
        <source>the agent reported an error: %1</source>
        <translation>l&apos;agent a signalé une erreur : %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="298"/>
        <source>the agent stopped early (%1): %2</source>
        <translation>l&apos;agent s&apos;est arrêté prématurément (%1) : %2</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="302"/>
        <source>the agent&apos;s answer has no structured plan (structured_output)</source>
        <translation>la réponse de l&apos;agent ne contient pas de plan structuré (structured_output)</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="303"/>
        <source>the agent&apos;s answer has no structured plan (structured_output); it said: %1</source>
        <translation>la réponse de l&apos;agent ne contient pas de plan structuré (structured_output) ; il a dit : %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="309"/>
        <source>the agent&apos;s plan is malformed: %1</source>
        <translation>le plan de l&apos;agent est mal formé : %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="312"/>
        <source>the agent&apos;s plan is not valid: %1</source>
        <translation>le plan de l&apos;agent n&apos;est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>AuthProbe</name>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="65"/>
        <source>cannot create a temporary folder for the call: %1</source>
        <translation>impossible de créer un dossier temporaire pour l&apos;appel : %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="66"/>
        <source>make the temporary folder (TMPDIR) writable</source>
        <translation>rendez le dossier temporaire (TMPDIR) accessible en écriture</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="101"/>
        <source>the call did not end within %1 s</source>
        <translation>l&apos;appel ne s&apos;est pas terminé en %1 s</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="102"/>
        <location filename="../core/doctor/AuthProbe.cpp" line="149"/>
        <source>check the network and ANTHROPIC_BASE_URL; --offline skips this check</source>
        <translation>vérifiez le réseau et ANTHROPIC_BASE_URL ; --offline ignore cette vérification</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="113"/>
        <source>the API answered in %1 s</source>
        <translation>l&apos;API a répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="118"/>
        <source>the API answered in %1 s (%2)</source>
        <translation>l&apos;API a répondu en %1 s (%2)</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="124"/>
        <source>set ANTHROPIC_API_KEY, or run `claude` once and log in with /login</source>
        <translation>définissez ANTHROPIC_API_KEY, ou lancez `claude` une fois et connectez-vous avec /login</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="126"/>
        <source>the API refused the call: check ai.model (%1) and what the key may use</source>
        <translation>l&apos;API a refusé l&apos;appel : vérifiez ai.model (%1) et ce que la clé peut utiliser</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="127"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="129"/>
        <source>run `%1 -p` by hand to see why it refuses; update it with `npm install -g @anthropic-ai/claude-code`</source>
        <translation>lancez `%1 -p` à la main pour voir pourquoi il refuse ; mettez-le à jour avec `npm install -g @anthropic-ai/claude-code`</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="138"/>
        <source>the key works, but a usage limit is reached: runs wait until it resets</source>
        <translation>la clé fonctionne, mais une limite d&apos;utilisation est atteinte : les exécutions attendent sa réinitialisation</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="142"/>
        <source>the Anthropic API did not answer: check the network, the proxy settings and ANTHROPIC_BASE_URL</source>
        <translation>l&apos;API Anthropic n&apos;a pas répondu : vérifiez le réseau, les paramètres du proxy et ANTHROPIC_BASE_URL</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="148"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="156"/>
        <source>run `%1 -p` by hand to see why it fails</source>
        <translation>lancez `%1 -p` à la main pour voir pourquoi il échoue</translation>
    </message>
</context>
<context>
    <name>ClaudeBinaryLocator</name>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="35"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="41"/>
        <source>it crashed</source>
        <translation>il a planté</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="42"/>
        <source>it exited with code %1</source>
        <translation>il s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="85"/>
        <source>agent.binary is &quot;%1&quot;, which is not a program in PATH</source>
        <translation>agent.binary vaut « %1 », qui n&apos;est pas un programme du PATH</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="90"/>
        <source>agent.binary %1 does not exist</source>
        <translation>agent.binary %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="94"/>
        <source>agent.binary %1 is not an executable file</source>
        <translation>agent.binary %1 n&apos;est pas un fichier exécutable</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="104"/>
        <source>PATH (%1)</source>
        <translation>PATH (%1)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="116"/>
        <source>agent.nvm_path (%1)</source>
        <translation>agent.nvm_path (%1)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="118"/>
        <source>agent.nvm_path / NVM_PATH (not set)</source>
        <translation>agent.nvm_path / NVM_PATH (non défini)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="126"/>
        <source>npm&apos;s global prefix (%1)</source>
        <translation>préfixe global de npm (%1)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="128"/>
        <source>npm&apos;s global prefix (npm not found or no answer)</source>
        <translation>préfixe global de npm (npm introuvable ou sans réponse)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="138"/>
        <source>the Claude Code CLI (claude) was not found; looked in: %1. Install it with `%2`, or set agent.binary to its path</source>
        <translation>la CLI Claude Code (claude) est introuvable ; recherchée dans : %1. Installez-la avec `%2`, ou indiquez son chemin dans agent.binary</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="154"/>
        <source>%1 --version printed nothing</source>
        <translation>%1 --version n&apos;a rien affiché</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="155"/>
        <source>%1 --version failed: %2</source>
        <translation>échec de %1 --version : %2</translation>
    </message>
</context>
<context>
    <name>ClaudeClassifier</name>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="60"/>
        <source>%1 (after 1 retry)</source>
        <translation>%1 (après 1 nouvelle tentative)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="61"/>
        <source>%1 (after %2 retries)</source>
        <translation>%1 (après %2 nouvelles tentatives)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="99"/>
        <source>not logged in: set ANTHROPIC_API_KEY or run claude /login</source>
        <translation>non connecté : définissez ANTHROPIC_API_KEY ou lancez claude /login</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="102"/>
        <source>authentication failed (%1): check ANTHROPIC_API_KEY</source>
        <translation>échec de l&apos;authentification (%1) : vérifiez ANTHROPIC_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="113"/>
        <source>API error %1: %2</source>
        <translation>erreur d&apos;API %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="118"/>
        <source>API error %1</source>
        <translation>erreur d&apos;API %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="119"/>
        <source>usage limit</source>
        <translation>limite d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="120"/>
        <source>API connection error</source>
        <translation>erreur de connexion à l&apos;API</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="201"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>terminé dans l&apos;état %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="222"/>
        <source>the Claude CLI refused to run: %1</source>
        <translation>la CLI Claude a refusé de s&apos;exécuter : %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="224"/>
        <source>killed by %1 before reporting a result</source>
        <translation>tué par %1 avant d&apos;avoir rendu un résultat</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="225"/>
        <source>exited with code %1 without reporting a result</source>
        <translation>terminé avec le code %1 sans rendre de résultat</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/agent/ClaudeClassifier.cpp" line="232"/>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="247"/>
        <source>succeeded in %n turn(s)</source>
        <translation>
            <numerusform>réussi en %n tour</numerusform>
            <numerusform>réussi en %n tours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="237"/>
        <source>reached the maximum number of turns (%1 turns)</source>
        <translation>nombre maximal de tours atteint (%1 tours)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="240"/>
        <source>reached the budget limit ($%1 spent)</source>
        <translation>limite de budget atteinte (%1 $ dépensés)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="243"/>
        <source>aborted during execution</source>
        <translation>interrompu pendant l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="249"/>
        <source>ended with %1</source>
        <translation>terminé avec %1</translation>
    </message>
</context>
<context>
    <name>ClaudeDriver</name>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="48"/>
        <source>found the Claude Code CLI at %1, but it does not run: %2</source>
        <translation>CLI Claude Code trouvée dans %1, mais elle ne s&apos;exécute pas : %2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="57"/>
        <source>ai.temperature (%1) has no equivalent in the Claude CLI and is not used</source>
        <translation>ai.temperature (%1) n&apos;a pas d&apos;équivalent dans la CLI Claude et n&apos;est pas utilisé</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="59"/>
        <source>running as root: IS_SANDBOX=1 is set for the workers, which the CLI requires for %1</source>
        <translation>exécution en tant que root : IS_SANDBOX=1 est défini pour les workers, ce que la CLI exige pour %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="73"/>
        <source>the prompt is empty</source>
        <translation>le prompt est vide</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="75"/>
        <source>the prompt has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>le prompt compte %1 caractères ; la CLI Claude en accepte au plus %2 (10 Mio) sur stdin</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="94"/>
        <source>the prompt with the results of the subtasks it depends on has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>le prompt, avec les résultats des sous-tâches dont il dépend, compte %1 caractères ; la CLI Claude en accepte au plus %2 (10 Mio) sur stdin</translation>
    </message>
</context>
<context>
    <name>CommandDriver</name>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="116"/>
        <source>agent.command is empty: set a command template, e.g. `aider --yes --message {prompt}`</source>
        <translation>agent.command est vide : indiquez un modèle de commande, par ex. `aider --yes --message {prompt}`</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="118"/>
        <source>agent.command cannot be split into words: %1</source>
        <translation>agent.command ne peut pas être découpé en mots : %1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="120"/>
        <source>agent.command names no program</source>
        <translation>agent.command ne nomme aucun programme</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="130"/>
        <source>agent.command: the program %1 does not exist</source>
        <translation>agent.command : le programme %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="132"/>
        <source>agent.command: the program %1 is not an executable file</source>
        <translation>agent.command : le programme %1 n&apos;est pas un fichier exécutable</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="139"/>
        <source>agent.command: the program &quot;%1&quot; is not in PATH (%2)</source>
        <translation>agent.command : le programme « %1 » n&apos;est pas dans le PATH (%2)</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="149"/>
        <source>the prompt contains a NUL character, which no argument can hold: use {prompt_file} in agent.command</source>
        <translation>le prompt contient un caractère NUL, qu&apos;aucun argument ne peut contenir : utilisez {prompt_file} dans agent.command</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="152"/>
        <source>the prompt is %1 bytes, more than one argument can hold (128 KiB): use {prompt_file} in agent.command</source>
        <translation>le prompt fait %1 octets, plus que ce qu&apos;un argument peut contenir (128 Kio) : utilisez {prompt_file} dans agent.command</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="199"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="205"/>
        <source>killed by %1</source>
        <translation>tué par %1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="208"/>
        <source>exited with code 0</source>
        <translation>terminé avec le code 0</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="209"/>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>terminé dans l&apos;état %1</translation>
    </message>
</context>
<context>
    <name>ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="50"/>
        <source>warning: </source>
        <translation>avertissement : </translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="37"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="39"/>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="41"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="43"/>
        <source>a single value</source>
        <translation>une valeur simple</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="113"/>
        <source>cannot read the configuration file: %1</source>
        <translation>impossible de lire le fichier de configuration : %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>aucun profil nommé « %1 »</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="133"/>
        <source>no profile named &apos;%1&apos;; did you mean %2?</source>
        <translation>aucun profil nommé « %1 » ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="138"/>
        <source>no schema_version: saved by an older version; missing keys take their defaults</source>
        <translation>pas de schema_version : enregistré par une version plus ancienne ; les clés absentes prennent leur valeur par défaut</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="148"/>
        <source>malformed YAML: %1</source>
        <translation>YAML mal formé : %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="155"/>
        <source>expected a mapping of sections (orchestrator, ai, ...), got %1</source>
        <translation>dictionnaire de sections attendu (orchestrator, ai, ...), obtenu %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="167"/>
        <source>invalid value &apos;%1&apos; (allowed: a whole number from 1)</source>
        <translation>valeur « %1 » invalide (autorisé : un nombre entier à partir de 1)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="171"/>
        <source>written by a newer version (schema %1, this one reads %2); keys it does not know are ignored</source>
        <translation>écrit par une version plus récente (schéma %1, celle-ci lit %2) ; les clés inconnues sont ignorées</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="181"/>
        <source>unknown section, ignored</source>
        <translation>section inconnue, ignorée</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="182"/>
        <source>unknown section, ignored; did you mean %1?</source>
        <translation>section inconnue, ignorée ; vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="196"/>
        <source>expected a mapping of keys, got %1</source>
        <translation>dictionnaire de clés attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="213"/>
        <source>unknown key, ignored</source>
        <translation>clé inconnue, ignorée</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="214"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>clé inconnue, ignorée ; vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="231"/>
        <source>expected a list of texts, got %1 in the list</source>
        <translation>liste de textes attendue, obtenu %1 dans la liste</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="239"/>
        <source>expected a list of texts, got %1</source>
        <translation>liste de textes attendue, obtenu %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="248"/>
        <source>missing value (allowed: %1)</source>
        <translation>valeur manquante (autorisé : %1)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="249"/>
        <source>expected %1, got %2</source>
        <translation>attendu : %1, obtenu : %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="301"/>
        <source>unknown variable %1, ignored</source>
        <translation>variable inconnue %1, ignorée</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="302"/>
        <source>unknown variable %1, ignored; did you mean %2?</source>
        <translation>variable inconnue %1, ignorée ; vouliez-vous dire %2 ?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key; did you mean %1?</source>
        <translation>clé inconnue ; vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="366"/>
        <source>must be set when agent.kind is command (a template such as &apos;python3 {prompt_file}&apos;)</source>
        <translation>doit être défini quand agent.kind vaut command (un modèle tel que &apos;python3 {prompt_file}&apos;)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="371"/>
        <source>&apos;%1&apos; is not a variable name: list names only, never values</source>
        <translation>« %1 » n&apos;est pas un nom de variable : indiquez uniquement des noms, jamais des valeurs</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="391"/>
        <source>cannot create &apos;%1&apos;: no existing parent folder</source>
        <translation>impossible de créer « %1 » : aucun dossier parent existant</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="393"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not a folder</source>
        <translation>impossible de créer « %1 » : « %2 » n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="397"/>
        <source>&apos;%1&apos; is not writable</source>
        <translation>« %1 » n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="399"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not writable</source>
        <translation>impossible de créer « %1 » : « %2 » n&apos;est pas accessible en écriture</translation>
    </message>
</context>
<context>
    <name>ConfigOrigin</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="9"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default, from %1</source>
        <translation>par défaut, depuis %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="16"/>
        <source>environment %1</source>
        <translation>environnement %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="18"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="41"/>
        <source>option %1</source>
        <translation>option %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="28"/>
        <source>built-in default</source>
        <translation>valeur par défaut intégrée</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="39"/>
        <source>environment variable %1</source>
        <translation>variable d&apos;environnement %1</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="190"/>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="192"/>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="194"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="196"/>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>any text</source>
        <translation>n&apos;importe quel texte</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>a non-empty text</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a path</source>
        <translation>un chemin</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a non-empty path</source>
        <translation>un chemin non vide</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="202"/>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="212"/>
        <source>invalid value &apos;%1&apos; (allowed: %2)</source>
        <translation>valeur « %1 » invalide (autorisé : %2)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="259"/>
        <source>invalid value &apos;%1&apos;: %2</source>
        <translation>valeur « %1 » invalide : %2</translation>
    </message>
</context>
<context>
    <name>DockerEngine</name>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="71"/>
        <source>docker is not installed (no docker on PATH)</source>
        <translation>docker n&apos;est pas installé (pas de docker dans le PATH)</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="82"/>
        <source>cannot run docker: %1</source>
        <translation>impossible d&apos;exécuter docker : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="88"/>
        <source>docker %1 did not finish within %2 s</source>
        <translation>docker %1 ne s&apos;est pas terminé en %2 s</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="104"/>
        <source>docker mode needs the docker client: install docker (Debian: apt-get install docker.io)</source>
        <translation>le mode docker nécessite le client docker : installez docker (Debian : apt-get install docker.io)</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="110"/>
        <source>the docker daemon does not answer (%1); start it (systemctl start docker, or dockerd) and check that this user may use it</source>
        <translation>le démon docker ne répond pas (%1) ; démarrez-le (systemctl start docker, ou dockerd) et vérifiez que cet utilisateur a le droit de l&apos;utiliser</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="112"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="153"/>
        <source>Container %1 is still there after docker rm: %2</source>
        <translation>Le conteneur %1 est toujours présent après docker rm : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/DockerEngine.cpp" line="179"/>
        <source>Removed %n container(s) left by orchestrators that are gone: %1</source>
        <translation>
            <numerusform>%n conteneur laissé par des orchestrateurs disparus a été supprimé : %1</numerusform>
            <numerusform>%n conteneurs laissés par des orchestrateurs disparus ont été supprimés : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockerIsolation</name>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="73"/>
        <source>the docker image %1 does not exist; build it with: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>l&apos;image docker %1 n&apos;existe pas ; construisez-la avec : docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="105"/>
        <source>Cannot hand the folder of worker %1 to the container&apos;s user: %2</source>
        <translation>Impossible de confier le dossier du worker %1 à l&apos;utilisateur du conteneur : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="106"/>
        <source>Cannot take the folder of worker %1 back from the container&apos;s user: %2</source>
        <translation>Impossible de reprendre le dossier du worker %1 à l&apos;utilisateur du conteneur : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="211"/>
        <source>The variable %1 is not passed to the container: its name or value cannot be handed over safely</source>
        <translation>La variable %1 n&apos;est pas transmise au conteneur : son nom ou sa valeur ne peut pas être transmis sans risque</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="257"/>
        <source>Removed the container %1</source>
        <translation>Conteneur %1 supprimé</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="58"/>
        <source>no part of %1 exists</source>
        <translation>aucune partie de %1 n&apos;existe</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="62"/>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="66"/>
        <source>cannot create a file in %1: %2</source>
        <translation>impossible de créer un fichier dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="145"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="152"/>
        <source>correct the value(s) named above; --print-config shows where each value comes from</source>
        <translation>corrigez la ou les valeurs indiquées ci-dessus ; --print-config montre d&apos;où vient chaque valeur</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="158"/>
        <source>a run goes ahead anyway; correct the value(s) named above to silence this</source>
        <translation>une exécution démarre quand même ; corrigez la ou les valeurs indiquées ci-dessus pour faire taire ce message</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="161"/>
        <source>defaults, environment and options (no configuration file)</source>
        <translation>valeurs par défaut, environnement et options (aucun fichier de configuration)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="168"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="173"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 n&apos;est pas accessible en écriture : %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="174"/>
        <source>choose a folder you may write to with --workspace PATH (paths.workspace, or paths.logs and paths.output when those are set apart)</source>
        <translation>choisissez un dossier où vous pouvez écrire avec --workspace PATH (paths.workspace, ou paths.logs et paths.output s&apos;ils sont définis séparément)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="179"/>
        <source>%1 (writable)</source>
        <translation>%1 (accessible en écriture)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="180"/>
        <source>%1 (writable; created by the first run)</source>
        <translation>%1 (accessible en écriture ; créé par la première exécution)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="186"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="187"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="196"/>
        <source>command %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="198"/>
        <source>set agent.command to a template whose program is installed (--command TEMPLATE)</source>
        <translation>définissez agent.command avec un modèle dont le programme est installé (--command TEMPLATE)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="200"/>
        <source>not checked for agent.kind command</source>
        <translation>non vérifié quand agent.kind vaut command</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="209"/>
        <source>install it with `npm install -g @anthropic-ai/claude-code`, or set agent.binary to its path</source>
        <translation>installez-la avec `npm install -g @anthropic-ai/claude-code`, ou indiquez son chemin dans agent.binary</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="210"/>
        <location filename="../core/doctor/Doctor.cpp" line="223"/>
        <source>needs the agent</source>
        <translation>nécessite l&apos;agent</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="220"/>
        <source>found %1, but it does not run: %2</source>
        <translation>%1 trouvé, mais il ne s&apos;exécute pas : %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="221"/>
        <source>reinstall it with `npm install -g @anthropic-ai/claude-code`, or point agent.binary at one that runs</source>
        <translation>réinstallez-la avec `npm install -g @anthropic-ai/claude-code`, ou faites pointer agent.binary vers une version qui fonctionne</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="226"/>
        <source>claude %1 at %2</source>
        <translation>claude %1 dans %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="229"/>
        <source>skipped (--offline)</source>
        <translation>ignoré (--offline)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="245"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="246"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="247"/>
        <source>Worktree base</source>
        <translation>Base des worktrees</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>no git on PATH</source>
        <translation>pas de git dans le PATH</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>install git (Debian: apt-get install git)</source>
        <translation>installez git (Debian : apt-get install git)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="251"/>
        <location filename="../core/doctor/Doctor.cpp" line="252"/>
        <location filename="../core/doctor/Doctor.cpp" line="260"/>
        <location filename="../core/doctor/Doctor.cpp" line="261"/>
        <source>needs git</source>
        <translation>nécessite git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="258"/>
        <source>%1 does not run: %2</source>
        <translation>%1 ne s&apos;exécute pas : %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="259"/>
        <source>reinstall git (Debian: apt-get install --reinstall git)</source>
        <translation>réinstallez git (Debian : apt-get install --reinstall git)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="264"/>
        <source>%1 at %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="271"/>
        <source>run from inside a git repository that has a commit, or set worktree.repository to one</source>
        <translation>lancez depuis un dépôt git qui a au moins un commit, ou indiquez-en un dans worktree.repository</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="272"/>
        <source>needs the repository</source>
        <translation>nécessite le dépôt</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="280"/>
        <source>worktree.base %1 is not a commit of %2</source>
        <translation>worktree.base %1 n&apos;est pas un commit de %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="281"/>
        <source>set worktree.base to a branch, tag or commit of the repository (git branch --all lists them)</source>
        <translation>indiquez dans worktree.base une branche, une étiquette ou un commit du dépôt (git branch --all les liste)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="284"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="291"/>
        <source>Docker client</source>
        <translation>Client Docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="292"/>
        <source>Docker daemon</source>
        <translation>Démon Docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="293"/>
        <source>Worker image</source>
        <translation>Image des workers</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>no docker on PATH</source>
        <translation>pas de docker dans le PATH</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>install docker (Debian: apt-get install docker.io)</source>
        <translation>installez docker (Debian : apt-get install docker.io)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="298"/>
        <location filename="../core/doctor/Doctor.cpp" line="299"/>
        <source>needs the docker client</source>
        <translation>nécessite le client docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="309"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="310"/>
        <source>the docker daemon does not answer: %1</source>
        <translation>le démon docker ne répond pas : %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="311"/>
        <source>start it (systemctl start docker, or dockerd) and check that this user may use it (docker info)</source>
        <translation>démarrez-le (systemctl start docker, ou dockerd) et vérifiez que cet utilisateur a le droit de l&apos;utiliser (docker info)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="313"/>
        <source>start the daemon DOCKER_HOST names (%1), or unset DOCKER_HOST to use the local one</source>
        <translation>démarrez le démon désigné par DOCKER_HOST (%1), ou supprimez DOCKER_HOST pour utiliser le démon local</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="315"/>
        <source>needs the docker daemon</source>
        <translation>nécessite le démon docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="318"/>
        <source>docker engine %1</source>
        <translation>moteur docker %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="322"/>
        <source>the image %1 does not exist</source>
        <translation>l&apos;image %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="323"/>
        <source>build it: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>construisez-la : docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="38"/>
        <source>expected NAME=value</source>
        <translation>NOM=valeur attendu</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="43"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>« %1 » n&apos;est pas un nom de variable valide</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="73"/>
        <source>unterminated quoted value</source>
        <translation>valeur entre guillemets non terminée</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="78"/>
        <source>unexpected text after the closing quote</source>
        <translation>texte inattendu après le guillemet fermant</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="117"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="27"/>
        <source>git is not installed (no git on PATH)</source>
        <translation>git n&apos;est pas installé (pas de git dans le PATH)</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="45"/>
        <source>cannot run git: %1</source>
        <translation>impossible d&apos;exécuter git : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="51"/>
        <source>git %1 did not finish within %2 s</source>
        <translation>git %1 ne s&apos;est pas terminé en %2 s</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="63"/>
        <source>git %1 crashed</source>
        <translation>git %1 a planté</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="96"/>
        <source>worktree mode needs git, and git is not installed (no git on PATH)</source>
        <translation>le mode worktree nécessite git, et git n&apos;est pas installé (pas de git dans le PATH)</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="98"/>
        <source>the repository folder %1 does not exist</source>
        <translation>le dossier du dépôt %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="102"/>
        <source>%1 is not in a git repository (set worktree.repository): %2</source>
        <translation>%1 n&apos;est pas dans un dépôt git (définissez worktree.repository) : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="104"/>
        <source>%1 is a bare git repository; worktree mode needs one with a working tree</source>
        <translation>%1 est un dépôt git nu ; le mode worktree en nécessite un avec un arbre de travail</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="108"/>
        <source>%1 is not inside the working tree of a git repository: %2</source>
        <translation>%1 n&apos;est pas dans l&apos;arbre de travail d&apos;un dépôt git : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="114"/>
        <source>the git repository %1 has no commit yet; commit something first</source>
        <translation>le dépôt git %1 n&apos;a encore aucun commit ; commitez d&apos;abord quelque chose</translation>
    </message>
</context>
<context>
    <name>HeuristicDecomposer</name>
    <message>
        <location filename="../core/planning/HeuristicDecomposer.cpp" line="214"/>
        <source>The task is empty: there is nothing to plan.</source>
        <translation>La tâche est vide : il n&apos;y a rien à planifier.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../ui/settings/LanguageSettings.cpp" line="63"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>MonitorFormatter</name>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="41"/>
        <source>=== Task Execution Monitor ===</source>
        <translation>=== Suivi de l&apos;exécution des tâches ===</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="42"/>
        <source>Time: %1 | Workers: %2/%3 active</source>
        <translation>Heure : %1 | Workers : %2/%3 actifs</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="43"/>
        <source>Progress: [%1] %2% (%3/%4 completed)</source>
        <translation>Progression : [%1] %2 % (%3/%4 terminées)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="53"/>
        <source>✓ Completed (%1)</source>
        <translation>✓ Terminé (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="56"/>
        <source>⚙ In Progress (%1)</source>
        <translation>⚙ En cours (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="58"/>
        <source>, attempt %1</source>
        <translation>, tentative %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="60"/>
        <source> | CPU %1% | %2</source>
        <translation> | CPU %1 % | %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="63"/>
        <source>✗ Failed (%1)</source>
        <translation>✗ Échec (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="66"/>
        <source>✗ Timed out (%1)</source>
        <translation>✗ Délai dépassé (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="69"/>
        <source>✗ Cancelled</source>
        <translation>✗ Annulé</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="72"/>
        <source>- Skipped</source>
        <translation>- Ignoré</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Waiting to retry</source>
        <translation>⏳ En attente de nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Queued</source>
        <translation>⏳ En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="78"/>
        <source>Worker %1: %2</source>
        <translation>Worker %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="81"/>
        <source>Resources:</source>
        <translation>Ressources :</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="82"/>
        <source>  CPU: %1%</source>
        <translation>  CPU : %1 %</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="83"/>
        <source>  Memory: %1 / %2</source>
        <translation>  Mémoire : %1 / %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="85"/>
        <source>  Cost: $%1</source>
        <translation>  Coût : %1 $</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="87"/>
        <source>Paused: %1</source>
        <translation>En pause : %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="89"/>
        <source>Resuming in %1</source>
        <translation>Reprise dans %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="92"/>
        <source>Not starting more workers, %1</source>
        <translation>Aucun nouveau worker n&apos;est lancé, %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: ~%1</source>
        <translation>Temps restant : ~%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: estimating...</source>
        <translation>Temps restant : estimation...</translation>
    </message>
</context>
<context>
    <name>OutputCollector</name>
    <message>
        <location filename="../core/run/OutputCollector.cpp" line="26"/>
        <source>cannot create the output folder %1</source>
        <translation>impossible de créer le dossier de sortie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/OutputCollector.cpp" line="58"/>
        <source>%n file(s) too large to copy into %1 were left in the worker folders</source>
        <translation>
            <numerusform>%n fichier trop volumineux pour être copié dans %1 est resté dans les dossiers des workers</numerusform>
            <numerusform>%n fichiers trop volumineux pour être copiés dans %1 sont restés dans les dossiers des workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../core/planning/Plan.cpp" line="77"/>
        <source>The plan has no subtasks.</source>
        <translation>Le plan ne contient aucune sous-tâche.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="81"/>
        <source>The plan has %1 subtasks, more than the limit of %2.</source>
        <translation>Le plan contient %1 sous-tâches, plus que la limite de %2.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="88"/>
        <source>Subtask #%1 has no id.</source>
        <translation>La sous-tâche n° %1 n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="91"/>
        <source>Subtask &quot;%1&quot; appears more than once (at #%2 and #%3).</source>
        <translation>La sous-tâche « %1 » apparaît plusieurs fois (aux n° %2 et %3).</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="101"/>
        <source>Subtask %1 has an empty prompt.</source>
        <translation>La sous-tâche %1 a un prompt vide.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="112"/>
        <source>Subtask %1 depends on itself.</source>
        <translation>La sous-tâche %1 dépend d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="115"/>
        <source>Subtask %1 depends on unknown subtask &quot;%2&quot;.</source>
        <translation>La sous-tâche %1 dépend de la sous-tâche inconnue « %2 ».</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="156"/>
        <source>Subtasks depend on each other in a cycle: %1.</source>
        <translation>Des sous-tâches dépendent les unes des autres en cycle : %1.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="195"/>
        <source>A plan must be a JSON object.</source>
        <translation>Un plan doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="200"/>
        <source>The plan&apos;s &quot;task&quot; must be a string.</source>
        <translation>Le champ &quot;task&quot; du plan doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="205"/>
        <source>The plan has no &quot;subtasks&quot; list.</source>
        <translation>Le plan n&apos;a pas de liste &quot;subtasks&quot;.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="207"/>
        <source>The plan&apos;s &quot;subtasks&quot; must be a list.</source>
        <translation>Le champ &quot;subtasks&quot; du plan doit être une liste.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="213"/>
        <source>Subtask #%1 must be a JSON object.</source>
        <translation>La sous-tâche n° %1 doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="218"/>
        <source>Subtask #%1 has no &quot;id&quot;.</source>
        <translation>La sous-tâche n° %1 n&apos;a pas de champ &quot;id&quot;.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="221"/>
        <source>Subtask #%1: &quot;id&quot; must be a string or a whole number.</source>
        <translation>Sous-tâche n° %1 : &quot;id&quot; doit être une chaîne ou un nombre entier.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="227"/>
        <source>Subtask %1 has no &quot;prompt&quot;.</source>
        <translation>La sous-tâche %1 n&apos;a pas de champ &quot;prompt&quot;.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="229"/>
        <source>Subtask %1: &quot;prompt&quot; must be a string.</source>
        <translation>Sous-tâche %1 : &quot;prompt&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="235"/>
        <source>Subtask %1: &quot;title&quot; must be a string.</source>
        <translation>Sous-tâche %1 : &quot;title&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="243"/>
        <source>Subtask %1: &quot;depends_on&quot; must be a list of ids.</source>
        <translation>Sous-tâche %1 : &quot;depends_on&quot; doit être une liste d&apos;identifiants.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="247"/>
        <source>Subtask %1: &quot;depends_on&quot; must hold only ids (strings or whole numbers).</source>
        <translation>Sous-tâche %1 : &quot;depends_on&quot; ne doit contenir que des identifiants (chaînes ou nombres entiers).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="53"/>
        <source>a profile name cannot be empty</source>
        <translation>un nom de profil ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="55"/>
        <source>a profile name has at most %1 characters</source>
        <translation>un nom de profil compte au plus %1 caractères</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="57"/>
        <source>a profile name cannot start with a dot</source>
        <translation>un nom de profil ne peut pas commencer par un point</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="59"/>
        <source>a profile name cannot start or end with a space</source>
        <translation>un nom de profil ne peut pas commencer ni finir par une espace</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="61"/>
        <source>a profile name cannot contain / or \</source>
        <translation>un nom de profil ne peut contenir ni / ni \</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="63"/>
        <source>a profile name cannot contain control characters</source>
        <translation>un nom de profil ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="98"/>
        <source>profile not saved: %1 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>profil non enregistré : %1 contient ce qui ressemble à une clé d&apos;API ; passez plutôt les secrets par l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="117"/>
        <location filename="../core/config/ProfileStore.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>aucun profil nommé « %1 »</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="121"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation>un profil nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="123"/>
        <source>cannot rename profile &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>impossible de renommer le profil « %1 » en « %2 »</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="138"/>
        <source>cannot delete profile &apos;%1&apos;: %2</source>
        <translation>impossible de supprimer le profil « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="11"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="14"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="15"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="21"/>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="28"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="29"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="30"/>
        <location filename="../ui/results/ResultText.cpp" line="43"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="31"/>
        <location filename="../ui/results/ResultText.cpp" line="45"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="32"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="33"/>
        <location filename="../ui/results/ResultText.cpp" line="46"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="34"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="44"/>
        <source>Partly succeeded</source>
        <translation>Partiellement réussi</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="55"/>
        <source>Fast-forward</source>
        <translation>Avance rapide (fast-forward)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="56"/>
        <source>Merge commit</source>
        <translation>Commit de fusion</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="57"/>
        <source>Already merged</source>
        <translation>Déjà fusionné</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict: %1</source>
        <translation>Conflit : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1 in the way</source>
        <translation>Refusé : %1 gêne</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="61"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <location filename="../ui/results/ReviewWork.cpp" line="31"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>la branche cible %1 n&apos;existe pas dans %2</translation>
    </message>
</context>
<context>
    <name>RunJanitor</name>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="105"/>
        <location filename="../core/run/RunJanitor.cpp" line="154"/>
        <source>cannot clean up the worktrees of run %1: %2</source>
        <translation>impossible de nettoyer les worktrees de l&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="127"/>
        <source>no run %1 in %2</source>
        <translation>aucune exécution %1 dans %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="129"/>
        <source>run %1 is still running; stop it before cleaning it up</source>
        <translation>l&apos;exécution %1 est toujours en cours ; arrêtez-la avant de la nettoyer</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="149"/>
        <source>Kept branch %1 of run %2: it is not merged</source>
        <translation>Branche %1 de l&apos;exécution %2 conservée : elle n&apos;est pas fusionnée</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/RunJanitor.cpp" line="214"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>%n processus restant de l&apos;exécution %1 arrêté</numerusform>
            <numerusform>%n processus restants de l&apos;exécution %1 arrêtés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="231"/>
        <source>cannot remove the container %1 of run %2</source>
        <translation>impossible de supprimer le conteneur %1 de l&apos;exécution %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="235"/>
        <source>Removed container %1 of run %2</source>
        <translation>Conteneur %1 de l&apos;exécution %2 supprimé</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="311"/>
        <source>git add failed in %1: %2</source>
        <translation>échec de git add dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="319"/>
        <source>git diff failed in %1: %2</source>
        <translation>échec de git diff dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="346"/>
        <source>git commit failed in %1: %2</source>
        <translation>échec de git commit dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="349"/>
        <source>Committed what run %1 left in %2 on branch %3</source>
        <translation>Ce que l&apos;exécution %1 a laissé dans %2 a été commité sur la branche %3</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="363"/>
        <source>cannot remove the worktree %1: %2</source>
        <translation>impossible de supprimer le worktree %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="367"/>
        <source>Removed worktree %1 of run %2</source>
        <translation>Worktree %1 de l&apos;exécution %2 supprimé</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="376"/>
        <source>cannot delete the branch %1: %2</source>
        <translation>impossible de supprimer la branche %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="380"/>
        <source>Deleted branch %1 of run %2</source>
        <translation>Branche %1 de l&apos;exécution %2 supprimée</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="409"/>
        <source>git worktree prune failed: %1</source>
        <translation>échec de git worktree prune : %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="414"/>
        <source>Pruned stale git worktree entries: %1</source>
        <translation>Entrées de worktree git obsolètes nettoyées : %1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/run/RunStore.cpp" line="42"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="113"/>
        <source>run %1 is being run by another process</source>
        <translation>l&apos;exécution %1 est menée par un autre processus</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="122"/>
        <source>cannot open the journal %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="134"/>
        <source>cannot create the run folder %1</source>
        <translation>impossible de créer le dossier d&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="146"/>
        <source>no run %1 in %2</source>
        <translation>aucune exécution %1 dans %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="188"/>
        <source>no readable plan for run %1 (%2)</source>
        <translation>aucun plan lisible pour l&apos;exécution %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../core/util/ShellWords.cpp" line="54"/>
        <source>unterminated %1 quote</source>
        <translation>guillemet %1 non fermé</translation>
    </message>
</context>
<context>
    <name>SingleTaskDecomposer</name>
    <message>
        <location filename="../core/planning/SingleTaskDecomposer.h" line="19"/>
        <source>the task is empty</source>
        <translation>la tâche est vide</translation>
    </message>
</context>
<context>
    <name>SubprocessIsolation</name>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="24"/>
        <source>cannot create the workspace %1</source>
        <translation>impossible de créer l&apos;espace de travail %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="30"/>
        <source>the workspace %1 is not writable: %2</source>
        <translation>l&apos;espace de travail %1 n&apos;est pas accessible en écriture : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="41"/>
        <source>cannot create the worker folder %1</source>
        <translation>impossible de créer le dossier du worker %1</translation>
    </message>
</context>
<context>
    <name>ToolSummary</name>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="144"/>
        <source>(image)</source>
        <translation>(image)</translation>
    </message>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="157"/>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="28"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="37"/>
        <source>the workspace %1 is in use by run %2 of another orchestrator (process %3), whose workers use the same folders; wait for it to end, or give this run another workspace</source>
        <translation>l&apos;espace de travail %1 est utilisé par l&apos;exécution %2 d&apos;un autre orchestrateur (processus %3), dont les workers utilisent les mêmes dossiers ; attendez qu&apos;elle se termine ou donnez un autre espace de travail à cette exécution</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="39"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>WorktreeIsolation</name>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="52"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author doit ressembler à &apos;Name &lt;email&gt;&apos;, et non à &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="64"/>
        <source>worktree.base %1 is not a commit of the repository %2</source>
        <translation>worktree.base %1 n&apos;est pas un commit du dépôt %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="71"/>
        <source>cannot create the workspace %1</source>
        <translation>impossible de créer l&apos;espace de travail %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="93"/>
        <source>Cannot write %1: the workspace will show as untracked in git status</source>
        <translation>Impossible d&apos;écrire %1 : l&apos;espace de travail apparaîtra comme non suivi dans git status</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="101"/>
        <source>start of run %1</source>
        <translation>début de l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="111"/>
        <source>git worktree prune failed: %1</source>
        <translation>échec de git worktree prune : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="114"/>
        <source>Pruned stale git worktree entries (%1): %2</source>
        <translation>Entrées de worktree git obsolètes nettoyées (%1) : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="171"/>
        <source>Unlocked the stale worktree entry of %1 (its folder is gone)</source>
        <translation>Entrée de worktree obsolète de %1 déverrouillée (son dossier n&apos;existe plus)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="177"/>
        <source>stale worktree of worker %1</source>
        <translation>worktree obsolète du worker %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="184"/>
        <source>Worker %1 continues in its existing worktree %2</source>
        <translation>Le worker %1 continue dans son worktree existant %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="194"/>
        <source>Worker %1: %2 already exists (left by an earlier run?); using %3</source>
        <translation>Worker %1 : %2 existe déjà (laissé par une exécution précédente ?) ; utilisation de %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="210"/>
        <source>Worker %1 continues on its existing branch %2</source>
        <translation>Le worker %1 continue sur sa branche existante %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="215"/>
        <source>Worker %1: branch %2 is already checked out elsewhere; using %3</source>
        <translation>Worker %1 : la branche %2 est déjà extraite ailleurs ; utilisation de %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="229"/>
        <source>cannot create the git worktree %1 on branch %2: %3</source>
        <translation>impossible de créer le worktree git %1 sur la branche %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="234"/>
        <source>Worker %1 works in the git worktree %2 on branch %3</source>
        <translation>Le worker %1 travaille dans le worktree git %2 sur la branche %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="278"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="353"/>
        <source>worker %1 has no git worktree</source>
        <translation>le worker %1 n&apos;a pas de worktree git</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="281"/>
        <source>the worktree %1 of worker %2 is gone</source>
        <translation>le worktree %1 du worker %2 n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="291"/>
        <source>git add failed in %1: %2</source>
        <translation>échec de git add dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="301"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="387"/>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="310"/>
        <source>git commit failed in %1: %2</source>
        <translation>échec de git commit dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="312"/>
        <source>git diff failed in %1: %2</source>
        <translation>échec de git diff dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="325"/>
        <source>branch %1 has no commit</source>
        <translation>la branche %1 n&apos;a aucun commit</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="333"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="361"/>
        <source>git diff failed: %1</source>
        <translation>échec de git diff : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="379"/>
        <source>Cannot clean up the worktree of worker %1: %2</source>
        <translation>Impossible de nettoyer le worktree du worker %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="409"/>
        <source>Worker %1 committed on %2: %n file(s) changed</source>
        <translation>
            <numerusform>Le worker %1 a commité sur %2 : %n fichier modifié</numerusform>
            <numerusform>Le worker %1 a commité sur %2 : %n fichiers modifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorktreeMerger</name>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="118"/>
        <source>HEAD of %1 is detached: name the branch to merge into (worktree.merge_target)</source>
        <translation>HEAD de %1 est détachée : indiquez la branche dans laquelle fusionner (worktree.merge_target)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="138"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="167"/>
        <source>git diff failed: %1</source>
        <translation>échec de git diff : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="154"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="158"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="196"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="208"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="405"/>
        <source>%1 is neither a branch nor a commit of %2</source>
        <translation>%1 n&apos;est ni une branche ni un commit de %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="230"/>
        <source>git worktree list failed: %1</source>
        <translation>échec de git worktree list : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="277"/>
        <source>%1 is being rebased in %2: finish or abort the rebase, then merge again</source>
        <translation>%1 est en cours de rebase dans %2 : terminez ou abandonnez le rebase, puis fusionnez à nouveau</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="286"/>
        <source>%1 is checked out in more than one worktree (%2): check it out in one only, then merge again</source>
        <translation>%1 est extraite dans plus d&apos;un worktree (%2) : ne l&apos;extrayez que dans un seul, puis fusionnez à nouveau</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="293"/>
        <source>a merge</source>
        <translation>une fusion</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="294"/>
        <source>a cherry-pick</source>
        <translation>un cherry-pick</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="295"/>
        <source>a revert</source>
        <translation>un revert</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="296"/>
        <source>a rebase</source>
        <translation>un rebase</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="297"/>
        <source>a rebase or git am</source>
        <translation>un rebase ou git am</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="301"/>
        <source>%1 is in progress in %2: finish or abort it, then merge again</source>
        <translation>%1 en cours dans %2 : terminez-le ou abandonnez-le, puis fusionnez à nouveau</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="327"/>
        <source>cannot read the state of %1: %2</source>
        <translation>impossible de lire l&apos;état de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="337"/>
        <source>%1 has unresolved conflicts: resolve them, then merge again</source>
        <translation>%1 a des conflits non résolus : résolvez-les, puis fusionnez à nouveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="354"/>
        <source>%1 is checked out in %2 with local changes to %n file(s) the merge changes (%3): commit or stash them, then merge again; nothing was changed</source>
        <translation>
            <numerusform>%1 est extraite dans %2 avec des modifications locales sur %n fichier que la fusion modifie (%3) : commitez-les ou mettez-les de côté (stash), puis fusionnez à nouveau ; rien n&apos;a été modifié</numerusform>
            <numerusform>%1 est extraite dans %2 avec des modifications locales sur %n fichiers que la fusion modifie (%3) : commitez-les ou mettez-les de côté (stash), puis fusionnez à nouveau ; rien n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="370"/>
        <source>cannot update the checkout %1: %2; nothing was changed</source>
        <translation>impossible de mettre à jour l&apos;extraction %1 : %2 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="400"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>la branche cible %1 n&apos;existe pas dans %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="409"/>
        <source>git merge-base failed for %1 and %2</source>
        <translation>échec de git merge-base pour %1 et %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="411"/>
        <source>%1 already contains %2: nothing to merge</source>
        <translation>%1 contient déjà %2 : rien à fusionner</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="426"/>
        <source>%1 conflicts with %2 in %n file(s) (%3); %2 was left as it was</source>
        <translation>
            <numerusform>%1 est en conflit avec %2 dans %n fichier (%3) ; %2 est resté tel quel</numerusform>
            <numerusform>%1 est en conflit avec %2 dans %n fichiers (%3) ; %2 est resté tel quel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="431"/>
        <source>git merge-tree failed: %1</source>
        <translation>échec de git merge-tree : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="435"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author doit ressembler à &apos;Name &lt;email&gt;&apos;, et non à &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="445"/>
        <source>git commit-tree failed: %1</source>
        <translation>échec de git commit-tree : %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="477"/>
        <source>%1 changed while merging, so it was left alone: %2</source>
        <translation>%1 a changé pendant la fusion, il n&apos;a donc pas été touché : %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="481"/>
        <source>fast-forwarded %1 to %2</source>
        <translation>%1 avancé rapidement (fast-forward) jusqu&apos;à %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="482"/>
        <source>merged into %1 with the merge commit %2</source>
        <translation>fusionné dans %1 avec le commit de fusion %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="30"/>
        <source>Parallel AI Orchestrator</source>
        <translation>Parallel AI Orchestrator</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>The desktop application; `orchestrator` is the command line.</source>
        <translation>L&apos;application de bureau ; `orchestrator` est la ligne de commande.</translation>
    </message>
</context>
<context>
    <name>orch::AboutDialog</name>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="27"/>
        <source>Parallel AI Orchestrator</source>
        <translation>Parallel AI Orchestrator</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="28"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="42"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="48"/>
        <source>Using Qt %1 (built with Qt %2)</source>
        <translation>Utilise Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="54"/>
        <source>Splits one large task into subtasks and runs each of them as an AI coding agent, in parallel, each in its own folder, git worktree or container. Watch the workers live, cancel or retry them, and browse the logs and results of every run.</source>
        <translation>Découpe une grande tâche en sous-tâches et exécute chacune d&apos;elles comme un agent de programmation IA, en parallèle, chacune dans son propre dossier, worktree git ou conteneur. Suivez les workers en direct, annulez-les ou relancez-les, et parcourez les journaux et les résultats de chaque exécution.</translation>
    </message>
</context>
<context>
    <name>orch::AgentStatusIndicator</name>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="117"/>
        <source>Checking the agent...</source>
        <translation>Vérification de l&apos;agent...</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="118"/>
        <source>Looking for the agent and what the chosen mode needs</source>
        <translation>Recherche de l&apos;agent et de ce dont le mode choisi a besoin</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="124"/>
        <source>Agent: unknown</source>
        <translation>Agent : inconnu</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="126"/>
        <source>Agent not found</source>
        <translation>Agent introuvable</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="140"/>
        <source>%1 (not ready for %2)</source>
        <translation>%1 (pas prêt pour %2)</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="145"/>
        <source>Mode %1</source>
        <translation>Mode %1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="153"/>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="156"/>
        <source>Click to check again.</source>
        <translation>Cliquez pour vérifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>orch::Config</name>
    <message>
        <location filename="../core/config/Config.cpp" line="63"/>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../core/config/Config.cpp" line="69"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>orch::ConfigField</name>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="37"/>
        <source>Max workers</source>
        <translation>Workers max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="38"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="39"/>
        <location filename="../ui/settings/ConfigField.cpp" line="79"/>
        <source>Timeout</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="39"/>
        <location filename="../ui/settings/ConfigField.cpp" line="41"/>
        <location filename="../ui/settings/ConfigField.cpp" line="43"/>
        <location filename="../ui/settings/ConfigField.cpp" line="48"/>
        <location filename="../ui/settings/ConfigField.cpp" line="79"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="40"/>
        <source>Inactivity timeout</source>
        <translation>Délai d&apos;inactivité</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="41"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="42"/>
        <source>Max retries</source>
        <translation>Nouvelles tentatives max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="43"/>
        <source>Retry delay</source>
        <translation>Délai avant nouvelle tentative</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="44"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="45"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="46"/>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="47"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="48"/>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="49"/>
        <source>Log level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="50"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="51"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="52"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="53"/>
        <source>Max memory per worker</source>
        <translation>Mémoire max. par worker</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="54"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source>Max CPU percent</source>
        <translation>Pourcentage CPU max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="56"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="57"/>
        <source>Binary</source>
        <translation>Exécutable</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="58"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="59"/>
        <source>Permission mode</source>
        <translation>Mode de permissions</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="60"/>
        <source>Max turns</source>
        <translation>Tours max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="61"/>
        <source>agent default</source>
        <translation>valeur par défaut de l&apos;agent</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="62"/>
        <location filename="../ui/settings/ConfigField.cpp" line="68"/>
        <source>Extra arguments</source>
        <translation>Arguments supplémentaires</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="63"/>
        <source>Pass environment variables</source>
        <translation>Transmettre les variables d&apos;environnement</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="64"/>
        <source>WSL distribution</source>
        <translation>Distribution WSL</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="65"/>
        <source>NVM path</source>
        <translation>Chemin NVM</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="66"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="67"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="69"/>
        <source>Worktree</source>
        <translation>Worktree</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="70"/>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="71"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="72"/>
        <source>Branch prefix</source>
        <translation>Préfixe des branches</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="73"/>
        <source>Cleanup</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="74"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="75"/>
        <source>Merge target</source>
        <translation>Cible de fusion</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="76"/>
        <source>Decomposer</source>
        <translation>Décomposeur</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="77"/>
        <source>Max subtasks</source>
        <translation>Sous-tâches max.</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="78"/>
        <source>Strict</source>
        <translation>Strict</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="120"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="186"/>
        <source>words separated by spaces; quote a word that has spaces</source>
        <translation>mots séparés par des espaces ; mettez entre guillemets un mot qui contient des espaces</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="196"/>
        <source>found automatically when empty</source>
        <translation>trouvé automatiquement si vide</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="316"/>
        <source>Key: %1</source>
        <translation>Clé : %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="320"/>
        <source>Environment variable: %1</source>
        <translation>Variable d&apos;environnement : %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="321"/>
        <source>Allowed: %1</source>
        <translation>Valeurs permises : %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>orch::DiffView</name>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="17"/>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="35"/>
        <source>[Diff truncated: showing %1 of %2; the rest is in the branch]</source>
        <translation>[Diff tronqué : %1 affiché sur %2 ; le reste est dans la branche]</translation>
    </message>
</context>
<context>
    <name>orch::JsonlSink</name>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="67"/>
        <source>Cannot create the log folder %1</source>
        <translation>Impossible de créer le dossier des journaux %1</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="77"/>
        <source>Cannot create the log file %1: %2</source>
        <translation>Impossible de créer le fichier journal %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="81"/>
        <source>Cannot find a free log file name in %1</source>
        <translation>Impossible de trouver un nom de fichier journal libre dans %1</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="147"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier journal %1 : %2</translation>
    </message>
</context>
<context>
    <name>orch::Log</name>
    <message>
        <location filename="../core/logging/Log.cpp" line="108"/>
        <source>Cannot open the console log file %1</source>
        <translation>Impossible d&apos;ouvrir le fichier journal de la console %1</translation>
    </message>
</context>
<context>
    <name>orch::LogBrowser</name>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="58"/>
        <location filename="../ui/logs/LogBrowser.cpp" line="230"/>
        <source>Open Log File</source>
        <translation>Ouvrir un fichier journal</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="59"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="91"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="98"/>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="100"/>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="102"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="104"/>
        <source>Open Log File...</source>
        <translation>Ouvrir un fichier journal...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="238"/>
        <source>Looking for the log of run %1...</source>
        <translation>Recherche du journal de l&apos;exécution %1...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="263"/>
        <source>Orchestrator log</source>
        <translation>Journal de l&apos;orchestrateur</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="265"/>
        <source>Journal</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="269"/>
        <source>Worker %1, attempt %2 (transcript)</source>
        <translation>Worker %1, tentative %2 (transcription)</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="274"/>
        <source>No log found for run %1</source>
        <translation>Aucun journal trouvé pour l&apos;exécution %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="314"/>
        <source>All workers</source>
        <translation>Tous les workers</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="317"/>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="332"/>
        <source>Invalid regular expression: %1</source>
        <translation>Expression régulière invalide : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/LogBrowser.cpp" line="357"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="360"/>
        <source>Indexing... %1</source>
        <translation>Indexation... %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="363"/>
        <source>Filtering... %1 of %2 shown</source>
        <translation>Filtrage... %1 sur %2 affichées</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="366"/>
        <source>%1 shown of %2</source>
        <translation>%1 affichées sur %2</translation>
    </message>
</context>
<context>
    <name>orch::LogIndex</name>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="88"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="283"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>orch::LogTableModel</name>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="135"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="137"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="139"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="141"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>orch::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="92"/>
        <source>Parallel AI Orchestrator</source>
        <translation>Parallel AI Orchestrator</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>Quit the application</source>
        <translation>Quitter l&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251"/>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>&amp;Run</source>
        <comment>action that starts a run</comment>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="262"/>
        <source>&amp;Plan</source>
        <comment>action that plans the task without running it</comment>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="266"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>&amp;View</source>
        <translation>Affi&amp;chage</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="277"/>
        <source>&amp;Status Bar</source>
        <translation>Barre d&apos;é&amp;tat</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="281"/>
        <source>Show or hide the status bar</source>
        <translation>Afficher ou masquer la barre d&apos;état</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>&amp;Logs...</source>
        <translation>&amp;Journaux...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <source>Browse and search the logs of every run</source>
        <translation>Parcourir et rechercher les journaux de chaque exécution</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="296"/>
        <source>Use the whole screen for the window</source>
        <translation>Utiliser tout l&apos;écran pour la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="307"/>
        <source>&amp;Preferences...</source>
        <translation>P&amp;références...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="320"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <source>Open the user guide</source>
        <translation>Ouvrir le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="327"/>
        <source>&amp;About...</source>
        <translation>À &amp;propos...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="330"/>
        <source>Show the application&apos;s version and description</source>
        <translation>Afficher la version et la description de l&apos;application</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="336"/>
        <source>Show the Qt version and license</source>
        <translation>Afficher la version et la licence de Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="342"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="362"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="386"/>
        <source>&amp;Workers</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="387"/>
        <source>R&amp;esults</source>
        <translation>Résu&amp;ltats</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="411"/>
        <source>Worker %1&apos;s changes are shown under Results once the run ends.</source>
        <translation>Les modifications du worker %1 s&apos;affichent sous Résultats une fois l&apos;exécution terminée.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="421"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>A run is in progress.</source>
        <translation>Une exécution est en cours.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Plan the task and run it</source>
        <translation>Planifier la tâche et l&apos;exécuter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Type a task first.</source>
        <translation>Saisissez d&apos;abord une tâche.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>Stop every worker of this run</source>
        <translation>Arrêter tous les workers de cette exécution</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>No run in progress.</source>
        <translation>Aucune exécution en cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="476"/>
        <source>Planned %n subtask(s): edit them, then Run.</source>
        <translation>
            <numerusform>%n sous-tâche planifiée : modifiez-la, puis cliquez sur Exécuter.</numerusform>
            <numerusform>%n sous-tâches planifiées : modifiez-les, puis cliquez sur Exécuter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="482"/>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="498"/>
        <source>Planning...</source>
        <translation>Planification...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="511"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="515"/>
        <source>Cannot plan the task: %1</source>
        <translation>Impossible de planifier la tâche : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="563"/>
        <source>Finished: %1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>Terminé : %1 sur %n sous-tâche réussie</numerusform>
            <numerusform>Terminé : %1 sur %n sous-tâches réussies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="629"/>
        <source>The user guide is not installed.</source>
        <translation>Le guide de l&apos;utilisateur n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="635"/>
        <source>Cannot open the user guide: %1</source>
        <translation>Impossible d&apos;ouvrir le guide de l&apos;utilisateur : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="486"/>
        <source>Cannot start: %1</source>
        <translation>Impossible de démarrer : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="311"/>
        <source>Edit every setting of the current profile</source>
        <translation>Modifier tous les paramètres du profil actuel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="492"/>
        <source>Running %n subtask(s)...</source>
        <translation>
            <numerusform>Exécution de %n sous-tâche...</numerusform>
            <numerusform>Exécution de %n sous-tâches...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="536"/>
        <location filename="../ui/main/MainWindow.cpp" line="541"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="550"/>
        <source>ETA ~%1</source>
        <translation>Temps restant ~%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="552"/>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="554"/>
        <source>Paused: %1</source>
        <translation>En pause : %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="580"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
</context>
<context>
    <name>orch::Orchestrator</name>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="154"/>
        <source>the task is empty</source>
        <translation>la tâche est vide</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="168"/>
        <location filename="../core/run/Orchestrator.cpp" line="191"/>
        <source>the plan is not valid: %1</source>
        <translation>le plan n&apos;est pas valide : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="169"/>
        <source>Task decomposed into %n subtask(s)</source>
        <translation>
            <numerusform>Tâche décomposée en %n sous-tâche</numerusform>
            <numerusform>Tâche décomposée en %n sous-tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="181"/>
        <source>cannot plan the task: %1</source>
        <translation>impossible de planifier la tâche : %1</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="198"/>
        <location filename="../core/run/Orchestrator.cpp" line="253"/>
        <source>a run is already in progress</source>
        <translation>une exécution est déjà en cours</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="204"/>
        <source>run %1 is still running in another process</source>
        <translation>l&apos;exécution %1 est toujours en cours dans un autre processus</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="208"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>%n processus restant de l&apos;exécution %1 arrêté</numerusform>
            <numerusform>%n processus restants de l&apos;exécution %1 arrêtés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="218"/>
        <source>Resuming run %1: %2 of %3 subtask(s) already finished</source>
        <translation>Reprise de l&apos;exécution %1 : %2 sous-tâche(s) sur %3 déjà terminée(s)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="229"/>
        <source>no agent driver</source>
        <translation>aucun pilote d&apos;agent</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="243"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="298"/>
        <source>Resources available again: starting workers</source>
        <translation>Ressources de nouveau disponibles : démarrage des workers</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="313"/>
        <source>Worker %1 will retry (attempt %2) in %3 s: %4</source>
        <translation>Le worker %1 réessaiera (tentative %2) dans %3 s : %4</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="327"/>
        <source>Rate limit over: starting workers again</source>
        <translation>Limite de débit levée : reprise du démarrage des workers</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="336"/>
        <source>Run %1 started with %n subtask(s)</source>
        <translation>
            <numerusform>Exécution %1 démarrée avec %n sous-tâche</numerusform>
            <numerusform>Exécution %1 démarrée avec %n sous-tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="391"/>
        <source>Starting worker %1/%2</source>
        <translation>Démarrage du worker %1/%2</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="392"/>
        <source>Starting worker %1/%2 (attempt %3)</source>
        <translation>Démarrage du worker %1/%2 (tentative %3)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="449"/>
        <source>Worker %1 attempt %2 ended: %3</source>
        <translation>Worker %1, fin de la tentative %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="476"/>
        <source>Worker %1 completed successfully</source>
        <translation>Le worker %1 a terminé avec succès</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="480"/>
        <source>Worker %1 %2: %3</source>
        <translation>Worker %1 %2 : %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="484"/>
        <source>Worker %1 failed (%2): %3</source>
        <translation>Échec du worker %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="509"/>
        <source>waiting: CPU %1% &gt; %2%</source>
        <translation>en attente : CPU %1 % &gt; %2 %</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="512"/>
        <source>waiting: free memory %1 MB &lt; %2 MB</source>
        <translation>en attente : mémoire libre %1 Mo &lt; %2 Mo</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="532"/>
        <source>memory limit exceeded (%1 MB &gt; %2 MB)</source>
        <translation>limite de mémoire dépassée (%1 Mo &gt; %2 Mo)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="533"/>
        <source>Worker %1: %2</source>
        <translation>Worker %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="588"/>
        <source>Run %1 finished: %2 (%3 of %4 succeeded)</source>
        <translation>Exécution %1 terminée : %2 (%3 sur %4 réussies)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="610"/>
        <source>Cancelling run %1</source>
        <translation>Annulation de l&apos;exécution %1</translation>
    </message>
</context>
<context>
    <name>orch::PlanEditor</name>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>Add a subtask after the selected one</source>
        <translation>Ajouter une sous-tâche après celle sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>Remove the selected subtask</source>
        <translation>Retirer la sous-tâche sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Run the selected subtask earlier</source>
        <translation>Exécuter la sous-tâche sélectionnée plus tôt</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Run the selected subtask later</source>
        <translation>Exécuter la sous-tâche sélectionnée plus tard</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="151"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="160"/>
        <source>One line shown in tables and logs; left empty, it is taken from the prompt</source>
        <translation>Une ligne affichée dans les tableaux et les journaux ; si elle est vide, elle est tirée du prompt</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="162"/>
        <source>What the agent is asked to do, verbatim</source>
        <translation>Ce que l&apos;on demande à l&apos;agent, mot pour mot</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="165"/>
        <source>Subtasks that must succeed before this one starts</source>
        <translation>Sous-tâches qui doivent réussir avant que celle-ci démarre</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="169"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="171"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt :</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="173"/>
        <source>&amp;Depends on:</source>
        <translation>Dépe&amp;nd de :</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="307"/>
        <source>%1 (no such subtask)</source>
        <translation>%1 (sous-tâche inexistante)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="362"/>
        <source>Cannot run this plan yet:</source>
        <translation>Impossible d&apos;exécuter ce plan pour l&apos;instant :</translation>
    </message>
</context>
<context>
    <name>orch::PlanModel</name>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="66"/>
        <source>A subtask cannot depend on itself.</source>
        <translation>Une sous-tâche ne peut pas dépendre d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="68"/>
        <source>There is no subtask &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de sous-tâche « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="130"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="132"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="134"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="136"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="166"/>
        <source>A subtask needs a title.</source>
        <translation>Une sous-tâche doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="236"/>
        <source>New subtask</source>
        <translation>Nouvelle sous-tâche</translation>
    </message>
</context>
<context>
    <name>orch::ProcessRunner</name>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="308"/>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="344"/>
        <source>failed to start: cannot open the transcript %1: %2</source>
        <translation>échec du démarrage : impossible d&apos;ouvrir la transcription %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="496"/>
        <source>cannot enter the folder %1: %2</source>
        <translation>impossible d&apos;entrer dans le dossier %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="495"/>
        <source>failed to start: %1</source>
        <translation>échec du démarrage : %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="493"/>
        <location filename="../core/process/ProcessRunner.cpp" line="498"/>
        <source>failed to start %1: %2</source>
        <translation>échec du démarrage de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="608"/>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="610"/>
        <source>killed by signal %1 (%2)</source>
        <translation>tué par le signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="613"/>
        <source>no output for %1 s</source>
        <translation>aucune sortie depuis %1 s</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="614"/>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="616"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>orch::ProfileSession</name>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="53"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="102"/>
        <source>Cannot open profile &apos;%1&apos;:
%2</source>
        <translation>Impossible d&apos;ouvrir le profil « %1 » :
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="113"/>
        <source>This setup has no profile name yet: use Save As to give it one</source>
        <translation>Cette configuration n&apos;a pas encore de nom de profil : utilisez Enregistrer sous pour lui en donner un</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="117"/>
        <location filename="../ui/profiles/ProfileSession.cpp" line="133"/>
        <source>Cannot save profile &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer le profil « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="128"/>
        <source>Cannot save as &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer sous « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="131"/>
        <source>Cannot save as &apos;%1&apos;: a profile with that name already exists</source>
        <translation>Impossible d&apos;enregistrer sous « %1 » : un profil de ce nom existe déjà</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="143"/>
        <source>This setup is not a saved profile yet: use Save As to name it</source>
        <translation>Cette configuration n&apos;est pas encore un profil enregistré : utilisez Enregistrer sous pour la nommer</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="148"/>
        <source>Cannot rename profile &apos;%1&apos;: %2</source>
        <translation>Impossible de renommer le profil « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="157"/>
        <source>This setup is not a saved profile: there is nothing to delete</source>
        <translation>Cette configuration n&apos;est pas un profil enregistré : il n&apos;y a rien à supprimer</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="160"/>
        <source>Cannot delete profile &apos;%1&apos;: %2</source>
        <translation>Impossible de supprimer le profil « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="185"/>
        <source>Cannot import %1:
%2</source>
        <translation>Impossible d&apos;importer %1 :
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="194"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="199"/>
        <source>Cannot import %1: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="212"/>
        <source>Cannot export to %1: %2 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>Impossible d&apos;exporter vers %1 : %2 contient ce qui ressemble à une clé d&apos;API ; transmettez plutôt les secrets par l&apos;environnement</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="217"/>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="238"/>
        <source>Could not reopen the last profile &apos;%1&apos;; starting from the defaults.
%2</source>
        <translation>Impossible de rouvrir le dernier profil « %1 » ; démarrage avec les valeurs par défaut.
%2</translation>
    </message>
</context>
<context>
    <name>orch::ProfileToolBar</name>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="19"/>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="94"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="26"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>The profile &apos;%1&apos; has unsaved changes. Save them?</source>
        <translation>Le profil « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="58"/>
        <source>The profile being edited; pick another to open it</source>
        <translation>Le profil en cours de modification ; choisissez-en un autre pour l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>&amp;Open Profile...</source>
        <translation>&amp;Ouvrir un profil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>Choose a saved profile to open</source>
        <translation>Choisir un profil enregistré à ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>&amp;Save Profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>Save the settings to this profile</source>
        <translation>Enregistrer les paramètres dans ce profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="67"/>
        <source>Save Profile &amp;As...</source>
        <translation>Enregistrer le profil &amp;sous...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="68"/>
        <source>Save the settings as a new profile</source>
        <translation>Enregistrer les paramètres comme nouveau profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>&amp;Rename Profile...</source>
        <translation>&amp;Renommer le profil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>Give this profile a new name</source>
        <translation>Donner un nouveau nom à ce profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>&amp;Delete Profile</source>
        <translation>Su&amp;pprimer le profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>Delete this profile</source>
        <translation>Supprimer ce profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="74"/>
        <source>&amp;Import Profile...</source>
        <translation>&amp;Importer un profil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="75"/>
        <source>Make a new profile from a YAML file</source>
        <translation>Créer un nouveau profil à partir d&apos;un fichier YAML</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="76"/>
        <source>&amp;Export Profile...</source>
        <translation>E&amp;xporter le profil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="77"/>
        <source>Write the settings to a YAML file</source>
        <translation>Écrire les paramètres dans un fichier YAML</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="96"/>
        <source>Profile Warnings</source>
        <translation>Avertissements du profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Save Profile As</source>
        <translation>Enregistrer le profil sous</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>Replace Profile</source>
        <translation>Remplacer le profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>A profile named &apos;%1&apos; already exists. Replace it?</source>
        <translation>Un profil nommé « %1 » existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>Rename Profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="214"/>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="215"/>
        <source>Delete the profile &apos;%1&apos;? Its settings stay open as an unsaved setup.</source>
        <translation>Supprimer le profil « %1 » ? Ses paramètres restent ouverts comme configuration non enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="222"/>
        <source>Import Profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="232"/>
        <source>Export Profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="244"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>orch::QuickSettings</name>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="26"/>
        <source>Subprocess</source>
        <translation>Sous-processus</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="28"/>
        <source>Worktree</source>
        <translation>Worktree</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="30"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="54"/>
        <source>Where each worker runs: a plain folder (subprocess), its own git worktree of the repository, or a docker container</source>
        <translation>Où chaque worker s&apos;exécute : un simple dossier (subprocess), son propre worktree git du dépôt, ou un conteneur docker</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="56"/>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="58"/>
        <source>How many subtasks run at the same time (%1 to %2)</source>
        <translation>Nombre de sous-tâches exécutées en même temps (%1 à %2)</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="61"/>
        <source>Workers:</source>
        <translation>Workers :</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="63"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="64"/>
        <source>Seconds one attempt of a subtask may take before it is stopped (%1 to %2)</source>
        <translation>Secondes qu&apos;une tentative d&apos;une sous-tâche peut durer avant d&apos;être arrêtée (%1 à %2)</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="67"/>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="70"/>
        <source>The model the agent uses, e.g. claude-sonnet-4-5</source>
        <translation>Le modèle qu&apos;utilise l&apos;agent, par ex. claude-sonnet-4-5</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="72"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="171"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>orch::ResourceChartView</name>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="64"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="65"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="67"/>
        <location filename="../ui/workers/ResourceChartView.cpp" line="69"/>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="68"/>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="70"/>
        <source>Worker memory (MB)</source>
        <translation>Mémoire des workers (Mo)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="71"/>
        <source>System memory (%)</source>
        <translation>Mémoire système (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="80"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="82"/>
        <source>System (%)</source>
        <translation>Système (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="95"/>
        <source>CPU limit</source>
        <translation>Limite CPU</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="96"/>
        <source>Memory limit per worker</source>
        <translation>Limite de mémoire par worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="224"/>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
</context>
<context>
    <name>orch::RunListModel</name>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="177"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="179"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="184"/>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="186"/>
        <source>partly succeeded</source>
        <translation>partiellement réussie</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="188"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="190"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="216"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="230"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="232"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="234"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="236"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="238"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>orch::RunNotifier</name>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="44"/>
        <location filename="../ui/main/RunNotifier.cpp" line="52"/>
        <source>Run finished</source>
        <translation>Exécution terminée</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="46"/>
        <source>Run finished with failures</source>
        <translation>Exécution terminée avec des échecs</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="48"/>
        <source>Run failed</source>
        <translation>Échec de l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="50"/>
        <source>Run cancelled</source>
        <translation>Exécution annulée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="59"/>
        <source>%1 of %n subtask(s) succeeded, cost $%2</source>
        <translation>
            <numerusform>%1 sur %n sous-tâche réussie, coût %2 $</numerusform>
            <numerusform>%1 sur %n sous-tâches réussies, coût %2 $</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="62"/>
        <source>%1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>%1 sur %n sous-tâche réussie</numerusform>
            <numerusform>%1 sur %n sous-tâches réussies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orch::RunResultsView</name>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="58"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="70"/>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="71"/>
        <source>Succeeded:</source>
        <translation>Réussies :</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="72"/>
        <source>Failed:</source>
        <translation>Échouées :</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="73"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="74"/>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="75"/>
        <source>Tokens:</source>
        <translation>Jetons :</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Subtask</source>
        <translation>Sous-tâche</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Files changed</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="96"/>
        <source>No output</source>
        <translation>Aucune sortie</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="108"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="110"/>
        <source>Merge the selected worker&apos;s branch into the target branch</source>
        <translation>Fusionner la branche du worker sélectionné dans la branche cible</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="111"/>
        <source>Merge &amp;All</source>
        <translation>Fusionner &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="113"/>
        <source>Merge every successful worker&apos;s branch, in plan order</source>
        <translation>Fusionner la branche de chaque worker réussi, dans l&apos;ordre du plan</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="127"/>
        <source>Files changed by more than one worker:</source>
        <translation>Fichiers modifiés par plus d&apos;un worker :</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="153"/>
        <source>&amp;Output</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="154"/>
        <source>&amp;Changes</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="203"/>
        <source>Looking for the repository...</source>
        <translation>Recherche du dépôt...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="204"/>
        <location filename="../ui/results/RunResultsView.cpp" line="398"/>
        <source>Select a worker to see its changes.</source>
        <translation>Sélectionnez un worker pour voir ses modifications.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="220"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="234"/>
        <source>%1 (workers: %2)</source>
        <translation>%1 (workers : %2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="236"/>
        <source>%1 in, %2 out</source>
        <translation>%1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="262"/>
        <source>%1 (+%2 -%3)</source>
        <translation>%1 (+%2 -%3)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="358"/>
        <source>No repository to review</source>
        <translation>Aucun dépôt à examiner</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="359"/>
        <source>Cannot show the changes: %1</source>
        <translation>Impossible d&apos;afficher les modifications : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="362"/>
        <source>Repository: %1</source>
        <translation>Dépôt : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="363"/>
        <location filename="../ui/results/RunResultsView.cpp" line="476"/>
        <source>Cannot merge: %1</source>
        <translation>Impossible de fusionner : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="365"/>
        <source>Merge into %1 in %2</source>
        <translation>Fusionner dans %1 dans %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="376"/>
        <source>Preview failed: %1</source>
        <translation>Échec de l&apos;aperçu : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="380"/>
        <source>None: the workers&apos; changes do not overlap</source>
        <translation>Aucun : les modifications des workers ne se chevauchent pas</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="386"/>
        <source>Changed by %1</source>
        <translation>Modifié par %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="399"/>
        <source>This subtask has no branch: it made no changes to review.</source>
        <translation>Cette sous-tâche n&apos;a pas de branche : elle n&apos;a fait aucune modification à examiner.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="403"/>
        <source>Changes of worker %1 (%2)</source>
        <translation>Modifications du worker %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="408"/>
        <source>Cannot show the diff: %1</source>
        <translation>Impossible d&apos;afficher le diff : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="411"/>
        <source>Loading the diff...</source>
        <translation>Chargement du diff...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="438"/>
        <source>Merging worker %1 into %2...</source>
        <translation>Fusion du worker %1 dans %2...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="451"/>
        <source>Merging the workers into %1 in plan order...</source>
        <translation>Fusion des workers dans %1 dans l&apos;ordre du plan...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="467"/>
        <source>Worker %1: %2</source>
        <translation>Worker %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="486"/>
        <source>No worker branch to merge</source>
        <translation>Aucune branche de worker à fusionner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/RunResultsView.cpp" line="488"/>
        <source>Merged %n worker branch(es) into %1</source>
        <translation>
            <numerusform>%n branche de worker fusionnée dans %1</numerusform>
            <numerusform>%n branches de workers fusionnées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="490"/>
        <source>%1 of %2 worker branch(es) not merged into %3; they are unchanged</source>
        <translation>%1 branche(s) de worker sur %2 non fusionnée(s) dans %3 ; elles sont inchangées</translation>
    </message>
</context>
<context>
    <name>orch::Scheduler</name>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="109"/>
        <source>skipped: prerequisite %1 (%2) did not succeed (%3)</source>
        <translation>ignorée : le prérequis %1 (%2) n&apos;a pas réussi (%3)</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="219"/>
        <source>rate limited: no new worker starts until %1</source>
        <translation>débit limité : aucun nouveau worker ne démarre avant %1</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="239"/>
        <source>cancelled before it ran</source>
        <translation>annulée avant son exécution</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="249"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>orch::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="54"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="58"/>
        <source>Search settings</source>
        <translation>Rechercher dans les paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="164"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="174"/>
        <source>The new language is used from the next start of the application.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="184"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="320"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="298"/>
        <source>Some values on this page need attention.</source>
        <translation>Certaines valeurs de cette page demandent votre attention.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>Orchestrator</source>
        <translation>Orchestrateur</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="345"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="345"/>
        <source>Worktree</source>
        <translation>Worktree</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="346"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
</context>
<context>
    <name>orch::TaskEditor</name>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="136"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="45"/>
        <source>Describe the task, e.g. &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</source>
        <translation>Décrivez la tâche, par ex. &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="46"/>
        <source>The whole task; Ctrl+Up and Ctrl+Down step through earlier tasks</source>
        <translation>La tâche entière ; Ctrl+Haut et Ctrl+Bas parcourent les tâches précédentes</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="51"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="52"/>
        <source>Pick an earlier task (Ctrl+Up / Ctrl+Down in the text)</source>
        <translation>Choisir une tâche précédente (Ctrl+Haut / Ctrl+Bas dans le texte)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="76"/>
        <source>This plan was made for an earlier text of the task; Run will plan again.</source>
        <translation>Ce plan a été fait pour un texte précédent de la tâche ; Exécuter planifiera à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="112"/>
        <source>The task is being split into subtasks</source>
        <translation>La tâche est en cours de découpage en sous-tâches</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="117"/>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="123"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="129"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="131"/>
        <source>Stop planning</source>
        <translation>Arrêter la planification</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="133"/>
        <source>P&amp;lan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="135"/>
        <source>Split the task into subtasks and show them for editing</source>
        <translation>Découper la tâche en sous-tâches et les afficher pour modification</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="182"/>
        <source>Busy: wait until the current run ends or cancel it.</source>
        <translation>Occupé : attendez la fin de l&apos;exécution en cours ou annulez-la.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="184"/>
        <source>Planning the task...</source>
        <translation>Planification de la tâche...</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="188"/>
        <source>Fix the settings marked next to their fields first.</source>
        <translation>Corrigez d&apos;abord les paramètres signalés à côté de leurs champs.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="190"/>
        <source>The plan cannot run as it is: fix the problems listed under it, or plan again.</source>
        <translation>Le plan ne peut pas s&apos;exécuter en l&apos;état : corrigez les problèmes listés dessous, ou planifiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="273"/>
        <source>Clear History</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="388"/>
        <source>Run the subtasks as edited (Ctrl+Enter)</source>
        <translation>Exécuter les sous-tâches telles que modifiées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="389"/>
        <source>Split the task into subtasks and run them (Ctrl+Enter)</source>
        <translation>Découper la tâche en sous-tâches et les exécuter (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/task/TaskEditor.cpp" line="393"/>
        <source>Run starts the %n subtask(s) above as edited.</source>
        <translation>
            <numerusform>Exécuter lance %n sous-tâche ci-dessus, telle que modifiée.</numerusform>
            <numerusform>Exécuter lance les %n sous-tâches ci-dessus, telles que modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="186"/>
        <source>Type a task to run.</source>
        <translation>Saisissez une tâche à exécuter.</translation>
    </message>
</context>
<context>
    <name>orch::TranscriptWriter</name>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="163"/>
        <source>cannot write the transcript %1: %2</source>
        <translation>impossible d&apos;écrire la transcription %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="200"/>
        <source>the transcript is already open</source>
        <translation>la transcription est déjà ouverte</translation>
    </message>
</context>
<context>
    <name>orch::Worker</name>
    <message>
        <location filename="../core/run/Worker.cpp" line="50"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>orch::WorkerActions</name>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>&amp;Cancel Worker</source>
        <translation>&amp;Annuler le worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>Stop this worker</source>
        <translation>Arrêter ce worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="20"/>
        <source>&amp;Retry Worker</source>
        <translation>&amp;Relancer le worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="21"/>
        <source>Run this subtask again with a fresh retry budget</source>
        <translation>Relancer cette sous-tâche avec un nouveau quota de tentatives</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="22"/>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="23"/>
        <source>Open the worker&apos;s folder in the file manager</source>
        <translation>Ouvrir le dossier du worker dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="24"/>
        <source>Copy &amp;Branch Name</source>
        <translation>Copier le nom de la &amp;branche</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="25"/>
        <source>Copy the name of the worker&apos;s git branch</source>
        <translation>Copier le nom de la branche git du worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="26"/>
        <source>View &amp;Diff</source>
        <translation>Voir le &amp;diff</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="27"/>
        <source>Show what the worker&apos;s branch changed</source>
        <translation>Afficher ce que la branche du worker a modifié</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="28"/>
        <source>Open &amp;Transcript</source>
        <translation>Ouvrir la &amp;transcription</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="29"/>
        <source>Open the agent&apos;s raw output of the latest attempt</source>
        <translation>Ouvrir la sortie brute de l&apos;agent lors de la dernière tentative</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="113"/>
        <source>Worker %1 could not be cancelled</source>
        <translation>Le worker %1 n&apos;a pas pu être annulé</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="120"/>
        <source>Worker %1 could not be retried</source>
        <translation>Le worker %1 n&apos;a pas pu être relancé</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="128"/>
        <location filename="../ui/workers/WorkerActions.cpp" line="149"/>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
</context>
<context>
    <name>orch::WorkerFilterModel</name>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="34"/>
        <source>All workers</source>
        <translation>Tous les workers</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="36"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="38"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="40"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="42"/>
        <source>Failed, timed out, cancelled or skipped</source>
        <translation>Échec, délai dépassé, annulé ou ignoré</translation>
    </message>
</context>
<context>
    <name>orch::WorkerOutputView</name>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="43"/>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="52"/>
        <source>Select a worker to see its output.</source>
        <translation>Sélectionnez un worker pour voir sa sortie.</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="54"/>
        <source>Show the agent&apos;s output lines as written to the transcript</source>
        <translation>Afficher les lignes de sortie de l&apos;agent telles qu&apos;écrites dans la transcription</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="90"/>
        <source>── attempt %1 ──</source>
        <translation>── tentative %1 ──</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="96"/>
        <source>⟳ Retrying (attempt %1) in %2 s: %3</source>
        <translation>⟳ Nouvelle tentative (n° %1) dans %2 s : %3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>● Session started · model %1</source>
        <translation>● Session démarrée · modèle %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="128"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="134"/>
        <source>⟳ API retry %1/%2 in %3 s (status %4): %5</source>
        <translation>⟳ Nouvel essai de l&apos;API %1/%2 dans %3 s (statut %4) : %5</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="142"/>
        <source>■ Finished</source>
        <translation>■ Terminé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="144"/>
        <source>$%1 · %2 tokens in, %3 out · %n turn(s) · %4 s</source>
        <translation>
            <numerusform>%1 $ · %2 jetons en entrée, %3 en sortie · %n tour · %4 s</numerusform>
            <numerusform>%1 $ · %2 jetons en entrée, %3 en sortie · %n tours · %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="151"/>
        <source>■ Failed (%1) · %2</source>
        <translation>■ Échec (%1) · %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="153"/>
        <source>■ Done · %1</source>
        <translation>■ Fait · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="165"/>
        <source>... %n line(s) dropped</source>
        <translation>
            <numerusform>... %n ligne supprimée</numerusform>
            <numerusform>... %n lignes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="303"/>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="303"/>
        <source>No worker selected</source>
        <translation>Aucun worker sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="353"/>
        <source>... %1 skipped</source>
        <translation>... %1 ignorés</translation>
    </message>
</context>
<context>
    <name>orch::WorkerTableModel</name>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="365"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="367"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="369"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="371"/>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="373"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="375"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="377"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="379"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="467"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="471"/>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="507"/>
        <source>Worker %1: %2
%3</source>
        <translation>Worker %1 : %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="509"/>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="511"/>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Jetons : %1 en entrée, %2 en sortie</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="513"/>
        <source>Branch: %1</source>
        <translation>Branche : %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="525"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="527"/>
        <source>Subtask</source>
        <translation>Sous-tâche</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="529"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="531"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="533"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="535"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="537"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="539"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="541"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="543"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>orch::WorkersPanel</name>
    <message>
        <location filename="../ui/workers/WorkersPanel.cpp" line="46"/>
        <source>Filter workers</source>
        <translation>Filtrer les workers</translation>
    </message>
</context>
</TS>
