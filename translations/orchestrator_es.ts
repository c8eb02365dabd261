<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AiTaskDecomposer</name>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="122"/>
        <source>the task is empty</source>
        <translation>la tarea está vacía</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="126"/>
        <source>planning was cancelled</source>
        <translation>la planificación se canceló</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="130"/>
        <source>AI task decomposition failed: %1</source>
        <translation>falló la descomposición de la tarea con IA: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="132"/>
        <source>AI task decomposition failed, using the heuristic decomposer instead: %1</source>
        <translation>falló la descomposición de la tarea con IA; se usa el descomponedor heurístico en su lugar: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="140"/>
        <source>it needs the Claude CLI, and agent.kind is not claude</source>
        <translation>necesita la CLI de Claude, y agent.kind no es claude</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="185"/>
        <source>Asking the agent for a plan (at most %n second(s))</source>
        <translation>
            <numerusform>Pidiendo un plan al agente (como máximo %n segundo)</numerusform>
            <numerusform>Pidiendo un plan al agente (como máximo %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="204"/>
        <source>the agent %1 %2</source>
        <translation>el agente %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="207"/>
        <source>the agent did not answer within %n second(s) (planning.timeout)</source>
        <translation>
            <numerusform>el agente no respondió en %n segundo (planning.timeout)</numerusform>
            <numerusform>el agente no respondió en %n segundos (planning.timeout)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="214"/>
        <source>the agent&apos;s answer is larger than %1 MiB</source>
        <translation>la respuesta del agente supera %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="219"/>
        <source>the agent gave no answer (%1)</source>
        <translation>el agente no dio ninguna respuesta (%1)</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="220"/>
        <source>the agent gave no answer (%1): %2</source>
        <translation>el agente no dio ninguna respuesta (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="226"/>
        <source>The agent planned %n subtask(s)</source>
        <translation>
            <numerusform>El agente planificó %n subtarea</numerusform>
            <numerusform>El agente planificó %n subtareas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="294"/>
        <source>the agent&apos;s answer is not a JSON result: %1</source>
        <translation>la respuesta del agente no es un resultado JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="296"/>
        <source>the agent reported an error: %1</source>
        <translation>el agente informó de un error: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="298"/>
        <source>the agent stopped early (%1): %2</source>
        <translation>el agente se detuvo antes de tiempo (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="302"/>
        <source>the agent&apos;s answer has no structured plan (structured_output)</source>
        <translation>la respuesta del agente no tiene un plan estructurado (structured_output)</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="303"/>
        <source>the agent&apos;s answer has no structured plan (structured_output); it said: %1</source>
        <translation>la respuesta del agente no tiene un plan estructurado (structured_output); dijo: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="309"/>
        <source>the agent&apos;s plan is malformed: %1</source>
        <translation>el plan del agente está mal formado: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="312"/>
        <source>the agent&apos;s plan is not valid: %1</source>
        <translation>el plan del agente no es válido: %1</translation>
    </message>
</context>
<context>
    <name>AuthProbe</name>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="65"/>
        <source>cannot create a temporary folder for the call: %1</source>
        <translation>no se puede crear una carpeta temporal para la llamada: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="66"/>
        <source>make the temporary folder (TMPDIR) writable</source>
        <translation>haga que la carpeta temporal (TMPDIR) admita escritura</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="101"/>
        <source>the call did not end within %1 s</source>
        <translation>la llamada no terminó en %1 s</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="102"/>
        <location filename="../core/doctor/AuthProbe.cpp" line="149"/>
        <source>check the network and ANTHROPIC_BASE_URL; --offline skips this check</source>
        <translation>compruebe la red y ANTHROPIC_BASE_URL; --offline omite esta comprobación</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="113"/>
        <source>the API answered in %1 s</source>
        <translation>la API respondió en %1 s</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="118"/>
        <source>the API answered in %1 s (%2)</source>
        <translation>la API respondió en %1 s (%2)</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="124"/>
        <source>set ANTHROPIC_API_KEY, or run `claude` once and log in with /login</source>
        <translation>defina ANTHROPIC_API_KEY, o ejecute `claude` una vez e inicie sesión con /login</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="126"/>
        <source>the API refused the call: check ai.model (%1) and what the key may use</source>
        <translation>la API rechazó la llamada: compruebe ai.model (%1) y lo que la clave puede usar</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="127"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="129"/>
        <source>run `%1 -p` by hand to see why it refuses; update it with `npm install -g @anthropic-ai/claude-code`</source>
        <translation>ejecute `%1 -p` a mano para ver por qué lo rechaza; actualícelo con `npm install -g @anthropic-ai/claude-code`</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="138"/>
        <source>the key works, but a usage limit is reached: runs wait until it resets</source>
        <translation>la clave funciona, pero se alcanzó un límite de uso: las ejecuciones esperan hasta que se restablezca</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="142"/>
        <source>the Anthropic API did not answer: check the network, the proxy settings and ANTHROPIC_BASE_URL</source>
        <translation>la API de Anthropic no respondió: compruebe la red, la configuración del proxy y ANTHROPIC_BASE_URL</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="148"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="156"/>
        <source>run `%1 -p` by hand to see why it fails</source>
        <translation>ejecute `%1 -p` a mano para ver por qué falla</translation>
    </message>
</context>
<context>
    <name>ClaudeBinaryLocator</name>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="35"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="41"/>
        <source>it crashed</source>
        <translation>se bloqueó</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="42"/>
        <source>it exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="85"/>
        <source>agent.binary is &quot;%1&quot;, which is not a program in PATH</source>
        <translation>agent.binary es «%1», que no es un programa del PATH</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="90"/>
        <source>agent.binary %1 does not exist</source>
        <translation>agent.binary %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="94"/>
        <source>agent.binary %1 is not an executable file</source>
        <translation>agent.binary %1 no es un archivo ejecutable</translation>
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
        <translation>agent.nvm_path / NVM_PATH (sin definir)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="126"/>
        <source>npm&apos;s global prefix (%1)</source>
        <translation>prefijo global de npm (%1)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="128"/>
        <source>npm&apos;s global prefix (npm not found or no answer)</source>
        <translation>prefijo global de npm (npm no encontrado o sin respuesta)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="138"/>
        <source>the Claude Code CLI (claude) was not found; looked in: %1. Install it with `%2`, or set agent.binary to its path</source>
        <translation>no se encontró la CLI de Claude Code (claude); se buscó en: %1. Instálela con `%2`, o ponga su ruta en agent.binary</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="154"/>
        <source>%1 --version printed nothing</source>
        <translation>%1 --version no mostró nada</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="155"/>
        <source>%1 --version failed: %2</source>
        <translation>%1 --version falló: %2</translation>
    </message>
</context>
<context>
    <name>ClaudeClassifier</name>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="60"/>
        <source>%1 (after 1 retry)</source>
        <translation>%1 (tras 1 reintento)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="61"/>
        <source>%1 (after %2 retries)</source>
        <translation>%1 (tras %2 reintentos)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="99"/>
        <source>not logged in: set ANTHROPIC_API_KEY or run claude /login</source>
        <translation>sin sesión iniciada: defina ANTHROPIC_API_KEY o ejecute claude /login</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="102"/>
        <source>authentication failed (%1): check ANTHROPIC_API_KEY</source>
        <translation>falló la autenticación (%1): compruebe ANTHROPIC_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="113"/>
        <source>API error %1: %2</source>
        <translation>error de la API %1: %2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="118"/>
        <source>API error %1</source>
        <translation>error de la API %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="119"/>
        <source>usage limit</source>
        <translation>límite de uso</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="120"/>
        <source>API connection error</source>
        <translation>error de conexión con la API</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="201"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>terminó en el estado %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="222"/>
        <source>the Claude CLI refused to run: %1</source>
        <translation>la CLI de Claude se negó a ejecutarse: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="224"/>
        <source>killed by %1 before reporting a result</source>
        <translation>terminado por %1 antes de informar de un resultado</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="225"/>
        <source>exited with code %1 without reporting a result</source>
        <translation>terminó con el código %1 sin informar de un resultado</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/agent/ClaudeClassifier.cpp" line="232"/>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="247"/>
        <source>succeeded in %n turn(s)</source>
        <translation>
            <numerusform>completado en %n turno</numerusform>
            <numerusform>completado en %n turnos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="237"/>
        <source>reached the maximum number of turns (%1 turns)</source>
        <translation>se alcanzó el número máximo de turnos (%1 turnos)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="240"/>
        <source>reached the budget limit ($%1 spent)</source>
        <translation>se alcanzó el límite de presupuesto ($%1 gastados)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="243"/>
        <source>aborted during execution</source>
        <translation>interrumpido durante la ejecución</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="249"/>
        <source>ended with %1</source>
        <translation>terminó con %1</translation>
    </message>
</context>
<context>
    <name>ClaudeDriver</name>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="48"/>
        <source>found the Claude Code CLI at %1, but it does not run: %2</source>
        <translation>se encontró la CLI de Claude Code en %1, pero no se ejecuta: %2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="57"/>
        <source>ai.temperature (%1) has no equivalent in the Claude CLI and is not used</source>
        <translation>ai.temperature (%1) no tiene equivalente en la CLI de Claude y no se usa</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="59"/>
        <source>running as root: IS_SANDBOX=1 is set for the workers, which the CLI requires for %1</source>
        <translation>ejecución como root: se define IS_SANDBOX=1 para los workers, algo que la CLI exige para %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="73"/>
        <source>the prompt is empty</source>
        <translation>el prompt está vacío</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="75"/>
        <source>the prompt has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>el prompt tiene %1 caracteres; la CLI de Claude acepta como máximo %2 (10 MiB) por stdin</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="94"/>
        <source>the prompt with the results of the subtasks it depends on has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>el prompt, con los resultados de las subtareas de las que depende, tiene %1 caracteres; la CLI de Claude acepta como máximo %2 (10 MiB) por stdin</translation>
    </message>
</context>
<context>
    <name>CommandDriver</name>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="116"/>
        <source>agent.command is empty: set a command template, e.g. `aider --yes --message {prompt}`</source>
        <translation>agent.command está vacío: defina una plantilla de comando, p. ej. `aider --yes --message {prompt}`</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="118"/>
        <source>agent.command cannot be split into words: %1</source>
        <translation>agent.command no se puede dividir en palabras: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="120"/>
        <source>agent.command names no program</source>
        <translation>agent.command no nombra ningún programa</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="130"/>
        <source>agent.command: the program %1 does not exist</source>
        <translation>agent.command: el programa %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="132"/>
        <source>agent.command: the program %1 is not an executable file</source>
        <translation>agent.command: el programa %1 no es un archivo ejecutable</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="139"/>
        <source>agent.command: the program &quot;%1&quot; is not in PATH (%2)</source>
        <translation>agent.command: el programa «%1» no está en el PATH (%2)</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="149"/>
        <source>the prompt contains a NUL character, which no argument can hold: use {prompt_file} in agent.command</source>
        <translation>el prompt contiene un carácter NUL, que ningún argumento puede contener: use {prompt_file} en agent.command</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="152"/>
        <source>the prompt is %1 bytes, more than one argument can hold (128 KiB): use {prompt_file} in agent.command</source>
        <translation>el prompt ocupa %1 bytes, más de lo que cabe en un argumento (128 KiB): use {prompt_file} en agent.command</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="199"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="205"/>
        <source>killed by %1</source>
        <translation>terminado por %1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="208"/>
        <source>exited with code 0</source>
        <translation>terminó con el código 0</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="209"/>
        <source>exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>terminó en el estado %1</translation>
    </message>
</context>
<context>
    <name>ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="50"/>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="37"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="39"/>
        <source>a mapping</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="41"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="43"/>
        <source>a single value</source>
        <translation>un valor simple</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="113"/>
        <source>cannot read the configuration file: %1</source>
        <translation>no se puede leer el archivo de configuración: %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>no hay ningún perfil llamado «%1»</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="133"/>
        <source>no profile named &apos;%1&apos;; did you mean %2?</source>
        <translation>no hay ningún perfil llamado «%1»; ¿quiso decir %2?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="138"/>
        <source>no schema_version: saved by an older version; missing keys take their defaults</source>
        <translation>sin schema_version: guardado por una versión anterior; las claves que faltan toman su valor predeterminado</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="148"/>
        <source>malformed YAML: %1</source>
        <translation>YAML mal formado: %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="155"/>
        <source>expected a mapping of sections (orchestrator, ai, ...), got %1</source>
        <translation>se esperaba un mapa de secciones (orchestrator, ai, ...), se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="167"/>
        <source>invalid value &apos;%1&apos; (allowed: a whole number from 1)</source>
        <translation>valor «%1» no válido (permitido: un número entero desde 1)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="171"/>
        <source>written by a newer version (schema %1, this one reads %2); keys it does not know are ignored</source>
        <translation>escrito por una versión más reciente (esquema %1, esta lee %2); se ignoran las claves que no conoce</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="181"/>
        <source>unknown section, ignored</source>
        <translation>sección desconocida, ignorada</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="182"/>
        <source>unknown section, ignored; did you mean %1?</source>
        <translation>sección desconocida, ignorada; ¿quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="196"/>
        <source>expected a mapping of keys, got %1</source>
        <translation>se esperaba un mapa de claves, se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="213"/>
        <source>unknown key, ignored</source>
        <translation>clave desconocida, ignorada</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="214"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>clave desconocida, ignorada; ¿quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="231"/>
        <source>expected a list of texts, got %1 in the list</source>
        <translation>se esperaba una lista de textos, se obtuvo %1 en la lista</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="239"/>
        <source>expected a list of texts, got %1</source>
        <translation>se esperaba una lista de textos, se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="248"/>
        <source>missing value (allowed: %1)</source>
        <translation>falta el valor (permitido: %1)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="249"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="301"/>
        <source>unknown variable %1, ignored</source>
        <translation>variable desconocida %1, ignorada</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="302"/>
        <source>unknown variable %1, ignored; did you mean %2?</source>
        <translation>variable desconocida %1, ignorada; ¿quiso decir %2?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key; did you mean %1?</source>
        <translation>clave desconocida; ¿quiso decir %1?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="366"/>
        <source>must be set when agent.kind is command (a template such as &apos;python3 {prompt_file}&apos;)</source>
        <translation>debe definirse cuando agent.kind es command (una plantilla como &apos;python3 {prompt_file}&apos;)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="371"/>
        <source>&apos;%1&apos; is not a variable name: list names only, never values</source>
        <translation>«%1» no es un nombre de variable: indique solo nombres, nunca valores</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="391"/>
        <source>cannot create &apos;%1&apos;: no existing parent folder</source>
        <translation>no se puede crear «%1»: no existe ninguna carpeta superior</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="393"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not a folder</source>
        <translation>no se puede crear «%1»: «%2» no es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="397"/>
        <source>&apos;%1&apos; is not writable</source>
        <translation>«%1» no admite escritura</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="399"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not writable</source>
        <translation>no se puede crear «%1»: «%2» no admite escritura</translation>
    </message>
</context>
<context>
    <name>ConfigOrigin</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="9"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default, from %1</source>
        <translation>predeterminado, de %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="16"/>
        <source>environment %1</source>
        <translation>entorno %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="18"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="41"/>
        <source>option %1</source>
        <translation>opción %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="28"/>
        <source>built-in default</source>
        <translation>valor predeterminado integrado</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="39"/>
        <source>environment variable %1</source>
        <translation>variable de entorno %1</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="190"/>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="192"/>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="194"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="196"/>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>any text</source>
        <translation>cualquier texto</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>a non-empty text</source>
        <translation>un texto no vacío</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a path</source>
        <translation>una ruta</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a non-empty path</source>
        <translation>una ruta no vacía</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="202"/>
        <source>a list of texts</source>
        <translation>una lista de textos</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="212"/>
        <source>invalid value &apos;%1&apos; (allowed: %2)</source>
        <translation>valor «%1» no válido (permitido: %2)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="259"/>
        <source>invalid value &apos;%1&apos;: %2</source>
        <translation>valor «%1» no válido: %2</translation>
    </message>
</context>
<context>
    <name>DockerEngine</name>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="71"/>
        <source>docker is not installed (no docker on PATH)</source>
        <translation>docker no está instalado (no hay docker en el PATH)</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="82"/>
        <source>cannot run docker: %1</source>
        <translation>no se puede ejecutar docker: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="88"/>
        <source>docker %1 did not finish within %2 s</source>
        <translation>docker %1 no terminó en %2 s</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="104"/>
        <source>docker mode needs the docker client: install docker (Debian: apt-get install docker.io)</source>
        <translation>el modo docker necesita el cliente docker: instale docker (Debian: apt-get install docker.io)</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="110"/>
        <source>the docker daemon does not answer (%1); start it (systemctl start docker, or dockerd) and check that this user may use it</source>
        <translation>el demonio de docker no responde (%1); inícielo (systemctl start docker, o dockerd) y compruebe que este usuario puede usarlo</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="112"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="153"/>
        <source>Container %1 is still there after docker rm: %2</source>
        <translation>El contenedor %1 sigue ahí después de docker rm: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/DockerEngine.cpp" line="179"/>
        <source>Removed %n container(s) left by orchestrators that are gone: %1</source>
        <translation>
            <numerusform>Se eliminó %n contenedor dejado por orquestadores que ya no existen: %1</numerusform>
            <numerusform>Se eliminaron %n contenedores dejados por orquestadores que ya no existen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockerIsolation</name>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="73"/>
        <source>the docker image %1 does not exist; build it with: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>la imagen de docker %1 no existe; créela con: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="105"/>
        <source>Cannot hand the folder of worker %1 to the container&apos;s user: %2</source>
        <translation>No se puede entregar la carpeta del worker %1 al usuario del contenedor: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="106"/>
        <source>Cannot take the folder of worker %1 back from the container&apos;s user: %2</source>
        <translation>No se puede recuperar la carpeta del worker %1 del usuario del contenedor: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="211"/>
        <source>The variable %1 is not passed to the container: its name or value cannot be handed over safely</source>
        <translation>La variable %1 no se pasa al contenedor: su nombre o su valor no se pueden entregar de forma segura</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="257"/>
        <source>Removed the container %1</source>
        <translation>Se eliminó el contenedor %1</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="58"/>
        <source>no part of %1 exists</source>
        <translation>no existe ninguna parte de %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="62"/>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="66"/>
        <source>cannot create a file in %1: %2</source>
        <translation>no se puede crear un archivo en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="145"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="152"/>
        <source>correct the value(s) named above; --print-config shows where each value comes from</source>
        <translation>corrija los valores indicados arriba; --print-config muestra de dónde viene cada valor</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="158"/>
        <source>a run goes ahead anyway; correct the value(s) named above to silence this</source>
        <translation>una ejecución sigue adelante de todos modos; corrija los valores indicados arriba para no ver este aviso</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="161"/>
        <source>defaults, environment and options (no configuration file)</source>
        <translation>valores predeterminados, entorno y opciones (sin archivo de configuración)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="168"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="173"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 no admite escritura: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="174"/>
        <source>choose a folder you may write to with --workspace PATH (paths.workspace, or paths.logs and paths.output when those are set apart)</source>
        <translation>elija con --workspace PATH una carpeta en la que pueda escribir (paths.workspace, o paths.logs y paths.output si se definen por separado)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="179"/>
        <source>%1 (writable)</source>
        <translation>%1 (admite escritura)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="180"/>
        <source>%1 (writable; created by the first run)</source>
        <translation>%1 (admite escritura; la crea la primera ejecución)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="186"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="187"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="196"/>
        <source>command %1</source>
        <translation>comando %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="198"/>
        <source>set agent.command to a template whose program is installed (--command TEMPLATE)</source>
        <translation>defina agent.command con una plantilla cuyo programa esté instalado (--command TEMPLATE)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="200"/>
        <source>not checked for agent.kind command</source>
        <translation>no se comprueba con agent.kind command</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="209"/>
        <source>install it with `npm install -g @anthropic-ai/claude-code`, or set agent.binary to its path</source>
        <translation>instálela con `npm install -g @anthropic-ai/claude-code`, o ponga su ruta en agent.binary</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="210"/>
        <location filename="../core/doctor/Doctor.cpp" line="223"/>
        <source>needs the agent</source>
        <translation>necesita el agente</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="220"/>
        <source>found %1, but it does not run: %2</source>
        <translation>se encontró %1, pero no se ejecuta: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="221"/>
        <source>reinstall it with `npm install -g @anthropic-ai/claude-code`, or point agent.binary at one that runs</source>
        <translation>reinstálela con `npm install -g @anthropic-ai/claude-code`, o haga que agent.binary apunte a una que funcione</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="226"/>
        <source>claude %1 at %2</source>
        <translation>claude %1 en %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="229"/>
        <source>skipped (--offline)</source>
        <translation>omitido (--offline)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="245"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="246"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="247"/>
        <source>Worktree base</source>
        <translation>Base del worktree</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>no git on PATH</source>
        <translation>no hay git en el PATH</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>install git (Debian: apt-get install git)</source>
        <translation>instale git (Debian: apt-get install git)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="251"/>
        <location filename="../core/doctor/Doctor.cpp" line="252"/>
        <location filename="../core/doctor/Doctor.cpp" line="260"/>
        <location filename="../core/doctor/Doctor.cpp" line="261"/>
        <source>needs git</source>
        <translation>necesita git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="258"/>
        <source>%1 does not run: %2</source>
        <translation>%1 no se ejecuta: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="259"/>
        <source>reinstall git (Debian: apt-get install --reinstall git)</source>
        <translation>reinstale git (Debian: apt-get install --reinstall git)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="264"/>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="271"/>
        <source>run from inside a git repository that has a commit, or set worktree.repository to one</source>
        <translation>ejecute desde dentro de un repositorio git que tenga un commit, o ponga uno en worktree.repository</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="272"/>
        <source>needs the repository</source>
        <translation>necesita el repositorio</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="280"/>
        <source>worktree.base %1 is not a commit of %2</source>
        <translation>worktree.base %1 no es un commit de %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="281"/>
        <source>set worktree.base to a branch, tag or commit of the repository (git branch --all lists them)</source>
        <translation>ponga en worktree.base una rama, etiqueta o commit del repositorio (git branch --all los lista)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="284"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="291"/>
        <source>Docker client</source>
        <translation>Cliente de Docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="292"/>
        <source>Docker daemon</source>
        <translation>Demonio de Docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="293"/>
        <source>Worker image</source>
        <translation>Imagen de los workers</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>no docker on PATH</source>
        <translation>no hay docker en el PATH</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>install docker (Debian: apt-get install docker.io)</source>
        <translation>instale docker (Debian: apt-get install docker.io)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="298"/>
        <location filename="../core/doctor/Doctor.cpp" line="299"/>
        <source>needs the docker client</source>
        <translation>necesita el cliente docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="309"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="310"/>
        <source>the docker daemon does not answer: %1</source>
        <translation>el demonio de docker no responde: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="311"/>
        <source>start it (systemctl start docker, or dockerd) and check that this user may use it (docker info)</source>
        <translation>inícielo (systemctl start docker, o dockerd) y compruebe que este usuario puede usarlo (docker info)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="313"/>
        <source>start the daemon DOCKER_HOST names (%1), or unset DOCKER_HOST to use the local one</source>
        <translation>inicie el demonio que indica DOCKER_HOST (%1), o quite DOCKER_HOST para usar el local</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="315"/>
        <source>needs the docker daemon</source>
        <translation>necesita el demonio de docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="318"/>
        <source>docker engine %1</source>
        <translation>motor de docker %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="322"/>
        <source>the image %1 does not exist</source>
        <translation>la imagen %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="323"/>
        <source>build it: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>créela: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="38"/>
        <source>expected NAME=value</source>
        <translation>se esperaba NOMBRE=valor</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="43"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>«%1» no es un nombre de variable válido</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="73"/>
        <source>unterminated quoted value</source>
        <translation>valor entre comillas sin cerrar</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="78"/>
        <source>unexpected text after the closing quote</source>
        <translation>texto inesperado tras la comilla de cierre</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="117"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="27"/>
        <source>git is not installed (no git on PATH)</source>
        <translation>git no está instalado (no hay git en el PATH)</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="45"/>
        <source>cannot run git: %1</source>
        <translation>no se puede ejecutar git: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="51"/>
        <source>git %1 did not finish within %2 s</source>
        <translation>git %1 no terminó en %2 s</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="63"/>
        <source>git %1 crashed</source>
        <translation>git %1 se bloqueó</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="96"/>
        <source>worktree mode needs git, and git is not installed (no git on PATH)</source>
        <translation>el modo worktree necesita git, y git no está instalado (no hay git en el PATH)</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="98"/>
        <source>the repository folder %1 does not exist</source>
        <translation>la carpeta del repositorio %1 no existe</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="102"/>
        <source>%1 is not in a git repository (set worktree.repository): %2</source>
        <translation>%1 no está en un repositorio git (defina worktree.repository): %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="104"/>
        <source>%1 is a bare git repository; worktree mode needs one with a working tree</source>
        <translation>%1 es un repositorio git desnudo (bare); el modo worktree necesita uno con árbol de trabajo</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="108"/>
        <source>%1 is not inside the working tree of a git repository: %2</source>
        <translation>%1 no está dentro del árbol de trabajo de un repositorio git: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="114"/>
        <source>the git repository %1 has no commit yet; commit something first</source>
        <translation>el repositorio git %1 aún no tiene ningún commit; haga primero un commit</translation>
    </message>
</context>
<context>
    <name>HeuristicDecomposer</name>
    <message>
        <location filename="../core/planning/HeuristicDecomposer.cpp" line="214"/>
        <source>The task is empty: there is nothing to plan.</source>
        <translation>La tarea está vacía: no hay nada que planificar.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../ui/settings/LanguageSettings.cpp" line="63"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>MonitorFormatter</name>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="41"/>
        <source>=== Task Execution Monitor ===</source>
        <translation>=== Monitor de ejecución de tareas ===</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="42"/>
        <source>Time: %1 | Workers: %2/%3 active</source>
        <translation>Hora: %1 | Workers: %2/%3 activos</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="43"/>
        <source>Progress: [%1] %2% (%3/%4 completed)</source>
        <translation>Progreso: [%1] %2% (%3/%4 completadas)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="53"/>
        <source>✓ Completed (%1)</source>
        <translation>✓ Completado (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="56"/>
        <source>⚙ In Progress (%1)</source>
        <translation>⚙ En curso (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="58"/>
        <source>, attempt %1</source>
        <translation>, intento %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="60"/>
        <source> | CPU %1% | %2</source>
        <translation> | CPU %1% | %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="63"/>
        <source>✗ Failed (%1)</source>
        <translation>✗ Fallido (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="66"/>
        <source>✗ Timed out (%1)</source>
        <translation>✗ Tiempo agotado (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="69"/>
        <source>✗ Cancelled</source>
        <translation>✗ Cancelado</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="72"/>
        <source>- Skipped</source>
        <translation>- Omitido</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Waiting to retry</source>
        <translation>⏳ Esperando para reintentar</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Queued</source>
        <translation>⏳ En cola</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="78"/>
        <source>Worker %1: %2</source>
        <translation>Worker %1: %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="81"/>
        <source>Resources:</source>
        <translation>Recursos:</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="82"/>
        <source>  CPU: %1%</source>
        <translation>  CPU: %1%</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="83"/>
        <source>  Memory: %1 / %2</source>
        <translation>  Memoria: %1 / %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="85"/>
        <source>  Cost: $%1</source>
        <translation>  Coste: $%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="87"/>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="89"/>
        <source>Resuming in %1</source>
        <translation>Se reanuda en %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="92"/>
        <source>Not starting more workers, %1</source>
        <translation>No se inician más workers, %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: ~%1</source>
        <translation>Tiempo restante: ~%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: estimating...</source>
        <translation>Tiempo restante: calculando...</translation>
    </message>
</context>
<context>
    <name>OutputCollector</name>
    <message>
        <location filename="../core/run/OutputCollector.cpp" line="26"/>
        <source>cannot create the output folder %1</source>
        <translation>no se puede crear la carpeta de salida %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/OutputCollector.cpp" line="58"/>
        <source>%n file(s) too large to copy into %1 were left in the worker folders</source>
        <translation>
            <numerusform>%n archivo demasiado grande para copiarlo en %1 se quedó en las carpetas de los workers</numerusform>
            <numerusform>%n archivos demasiado grandes para copiarlos en %1 se quedaron en las carpetas de los workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../core/planning/Plan.cpp" line="77"/>
        <source>The plan has no subtasks.</source>
        <translation>El plan no tiene subtareas.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="81"/>
        <source>The plan has %1 subtasks, more than the limit of %2.</source>
        <translation>El plan tiene %1 subtareas, más que el límite de %2.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="88"/>
        <source>Subtask #%1 has no id.</source>
        <translation>La subtarea n.º %1 no tiene id.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="91"/>
        <source>Subtask &quot;%1&quot; appears more than once (at #%2 and #%3).</source>
        <translation>La subtarea «%1» aparece más de una vez (en n.º %2 y n.º %3).</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="101"/>
        <source>Subtask %1 has an empty prompt.</source>
        <translation>La subtarea %1 tiene un prompt vacío.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="112"/>
        <source>Subtask %1 depends on itself.</source>
        <translation>La subtarea %1 depende de sí misma.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="115"/>
        <source>Subtask %1 depends on unknown subtask &quot;%2&quot;.</source>
        <translation>La subtarea %1 depende de la subtarea desconocida «%2».</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="156"/>
        <source>Subtasks depend on each other in a cycle: %1.</source>
        <translation>Hay subtareas que dependen unas de otras en un ciclo: %1.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="195"/>
        <source>A plan must be a JSON object.</source>
        <translation>Un plan debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="200"/>
        <source>The plan&apos;s &quot;task&quot; must be a string.</source>
        <translation>El campo &quot;task&quot; del plan debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="205"/>
        <source>The plan has no &quot;subtasks&quot; list.</source>
        <translation>El plan no tiene una lista &quot;subtasks&quot;.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="207"/>
        <source>The plan&apos;s &quot;subtasks&quot; must be a list.</source>
        <translation>El campo &quot;subtasks&quot; del plan debe ser una lista.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="213"/>
        <source>Subtask #%1 must be a JSON object.</source>
        <translation>La subtarea n.º %1 debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="218"/>
        <source>Subtask #%1 has no &quot;id&quot;.</source>
        <translation>La subtarea n.º %1 no tiene &quot;id&quot;.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="221"/>
        <source>Subtask #%1: &quot;id&quot; must be a string or a whole number.</source>
        <translation>Subtarea n.º %1: &quot;id&quot; debe ser una cadena o un número entero.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="227"/>
        <source>Subtask %1 has no &quot;prompt&quot;.</source>
        <translation>La subtarea %1 no tiene &quot;prompt&quot;.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="229"/>
        <source>Subtask %1: &quot;prompt&quot; must be a string.</source>
        <translation>Subtarea %1: &quot;prompt&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="235"/>
        <source>Subtask %1: &quot;title&quot; must be a string.</source>
        <translation>Subtarea %1: &quot;title&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="243"/>
        <source>Subtask %1: &quot;depends_on&quot; must be a list of ids.</source>
        <translation>Subtarea %1: &quot;depends_on&quot; debe ser una lista de ids.</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="247"/>
        <source>Subtask %1: &quot;depends_on&quot; must hold only ids (strings or whole numbers).</source>
        <translation>Subtarea %1: &quot;depends_on&quot; solo debe contener ids (cadenas o números enteros).</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="53"/>
        <source>a profile name cannot be empty</source>
        <translation>un nombre de perfil no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="55"/>
        <source>a profile name has at most %1 characters</source>
        <translation>un nombre de perfil tiene como máximo %1 caracteres</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="57"/>
        <source>a profile name cannot start with a dot</source>
        <translation>un nombre de perfil no puede empezar por un punto</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="59"/>
        <source>a profile name cannot start or end with a space</source>
        <translation>un nombre de perfil no puede empezar ni terminar con un espacio</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="61"/>
        <source>a profile name cannot contain / or \</source>
        <translation>un nombre de perfil no puede contener / ni \</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="63"/>
        <source>a profile name cannot contain control characters</source>
        <translation>un nombre de perfil no puede contener caracteres de control</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="98"/>
        <source>profile not saved: %1 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>perfil no guardado: %1 contiene algo que parece una clave de API; pase los secretos por el entorno</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="117"/>
        <location filename="../core/config/ProfileStore.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>no hay ningún perfil llamado «%1»</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="121"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation>ya existe un perfil llamado «%1»</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="123"/>
        <source>cannot rename profile &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>no se puede renombrar el perfil «%1» a «%2»</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="138"/>
        <source>cannot delete profile &apos;%1&apos;: %2</source>
        <translation>no se puede eliminar el perfil «%1»: %2</translation>
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
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="28"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="29"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="30"/>
        <location filename="../ui/results/ResultText.cpp" line="43"/>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="31"/>
        <location filename="../ui/results/ResultText.cpp" line="45"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="32"/>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="33"/>
        <location filename="../ui/results/ResultText.cpp" line="46"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="34"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="44"/>
        <source>Partly succeeded</source>
        <translation>Parcialmente correcto</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="55"/>
        <source>Fast-forward</source>
        <translation>Avance rápido (fast-forward)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="56"/>
        <source>Merge commit</source>
        <translation>Commit de fusión</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="57"/>
        <source>Already merged</source>
        <translation>Ya fusionado</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict: %1</source>
        <translation>Conflicto: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1 in the way</source>
        <translation>Rechazado: %1 lo impide</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="61"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <location filename="../ui/results/ReviewWork.cpp" line="31"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>la rama de destino %1 no existe en %2</translation>
    </message>
</context>
<context>
    <name>RunJanitor</name>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="105"/>
        <location filename="../core/run/RunJanitor.cpp" line="154"/>
        <source>cannot clean up the worktrees of run %1: %2</source>
        <translation>no se pueden limpiar los worktrees de la ejecución %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="127"/>
        <source>no run %1 in %2</source>
        <translation>no hay ninguna ejecución %1 en %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="129"/>
        <source>run %1 is still running; stop it before cleaning it up</source>
        <translation>la ejecución %1 sigue en marcha; deténgala antes de limpiarla</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="149"/>
        <source>Kept branch %1 of run %2: it is not merged</source>
        <translation>Se conserva la rama %1 de la ejecución %2: no está fusionada</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/RunJanitor.cpp" line="214"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>Se detuvo %n proceso sobrante de la ejecución %1</numerusform>
            <numerusform>Se detuvieron %n procesos sobrantes de la ejecución %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="231"/>
        <source>cannot remove the container %1 of run %2</source>
        <translation>no se puede eliminar el contenedor %1 de la ejecución %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="235"/>
        <source>Removed container %1 of run %2</source>
        <translation>Se eliminó el contenedor %1 de la ejecución %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="311"/>
        <source>git add failed in %1: %2</source>
        <translation>git add falló en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="319"/>
        <source>git diff failed in %1: %2</source>
        <translation>git diff falló en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="346"/>
        <source>git commit failed in %1: %2</source>
        <translation>git commit falló en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="349"/>
        <source>Committed what run %1 left in %2 on branch %3</source>
        <translation>Se hizo commit de lo que la ejecución %1 dejó en %2 en la rama %3</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="363"/>
        <source>cannot remove the worktree %1: %2</source>
        <translation>no se puede eliminar el worktree %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="367"/>
        <source>Removed worktree %1 of run %2</source>
        <translation>Se eliminó el worktree %1 de la ejecución %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="376"/>
        <source>cannot delete the branch %1: %2</source>
        <translation>no se puede eliminar la rama %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="380"/>
        <source>Deleted branch %1 of run %2</source>
        <translation>Se eliminó la rama %1 de la ejecución %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="409"/>
        <source>git worktree prune failed: %1</source>
        <translation>git worktree prune falló: %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="414"/>
        <source>Pruned stale git worktree entries: %1</source>
        <translation>Se depuraron entradas obsoletas de worktrees de git: %1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/run/RunStore.cpp" line="42"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="113"/>
        <source>run %1 is being run by another process</source>
        <translation>otro proceso está realizando la ejecución %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="122"/>
        <source>cannot open the journal %1: %2</source>
        <translation>no se puede abrir el diario %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="134"/>
        <source>cannot create the run folder %1</source>
        <translation>no se puede crear la carpeta de la ejecución %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="146"/>
        <source>no run %1 in %2</source>
        <translation>no hay ninguna ejecución %1 en %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="188"/>
        <source>no readable plan for run %1 (%2)</source>
        <translation>no hay un plan legible para la ejecución %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../core/util/ShellWords.cpp" line="54"/>
        <source>unterminated %1 quote</source>
        <translation>comilla %1 sin cerrar</translation>
    </message>
</context>
<context>
    <name>SingleTaskDecomposer</name>
    <message>
        <location filename="../core/planning/SingleTaskDecomposer.h" line="19"/>
        <source>the task is empty</source>
        <translation>la tarea está vacía</translation>
    </message>
</context>
<context>
    <name>SubprocessIsolation</name>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="24"/>
        <source>cannot create the workspace %1</source>
        <translation>no se puede crear el espacio de trabajo %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="30"/>
        <source>the workspace %1 is not writable: %2</source>
        <translation>el espacio de trabajo %1 no admite escritura: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="41"/>
        <source>cannot create the worker folder %1</source>
        <translation>no se puede crear la carpeta del worker %1</translation>
    </message>
</context>
<context>
    <name>ToolSummary</name>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="144"/>
        <source>(image)</source>
        <translation>(imagen)</translation>
    </message>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="157"/>
        <source>(no output)</source>
        <translation>(sin salida)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="28"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="37"/>
        <source>the workspace %1 is in use by run %2 of another orchestrator (process %3), whose workers use the same folders; wait for it to end, or give this run another workspace</source>
        <translation>el espacio de trabajo %1 está en uso por la ejecución %2 de otro orquestador (proceso %3), cuyos workers usan las mismas carpetas; espere a que termine o dé a esta ejecución otro espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="39"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
</context>
<context>
    <name>WorktreeIsolation</name>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="52"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author debe tener la forma &apos;Name &lt;email&gt;&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="64"/>
        <source>worktree.base %1 is not a commit of the repository %2</source>
        <translation>worktree.base %1 no es un commit del repositorio %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="71"/>
        <source>cannot create the workspace %1</source>
        <translation>no se puede crear el espacio de trabajo %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="93"/>
        <source>Cannot write %1: the workspace will show as untracked in git status</source>
        <translation>No se puede escribir %1: el espacio de trabajo aparecerá como no rastreado en git status</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="101"/>
        <source>start of run %1</source>
        <translation>inicio de la ejecución %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="111"/>
        <source>git worktree prune failed: %1</source>
        <translation>git worktree prune falló: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="114"/>
        <source>Pruned stale git worktree entries (%1): %2</source>
        <translation>Se depuraron entradas obsoletas de worktrees de git (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="171"/>
        <source>Unlocked the stale worktree entry of %1 (its folder is gone)</source>
        <translation>Se desbloqueó la entrada obsoleta del worktree de %1 (su carpeta ya no existe)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="177"/>
        <source>stale worktree of worker %1</source>
        <translation>worktree obsoleto del worker %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="184"/>
        <source>Worker %1 continues in its existing worktree %2</source>
        <translation>El worker %1 continúa en su worktree existente %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="194"/>
        <source>Worker %1: %2 already exists (left by an earlier run?); using %3</source>
        <translation>Worker %1: %2 ya existe (¿dejado por una ejecución anterior?); se usa %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="210"/>
        <source>Worker %1 continues on its existing branch %2</source>
        <translation>El worker %1 continúa en su rama existente %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="215"/>
        <source>Worker %1: branch %2 is already checked out elsewhere; using %3</source>
        <translation>Worker %1: la rama %2 ya está extraída en otro lugar; se usa %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="229"/>
        <source>cannot create the git worktree %1 on branch %2: %3</source>
        <translation>no se puede crear el worktree de git %1 en la rama %2: %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="234"/>
        <source>Worker %1 works in the git worktree %2 on branch %3</source>
        <translation>El worker %1 trabaja en el worktree de git %2 en la rama %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="278"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="353"/>
        <source>worker %1 has no git worktree</source>
        <translation>el worker %1 no tiene worktree de git</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="281"/>
        <source>the worktree %1 of worker %2 is gone</source>
        <translation>el worktree %1 del worker %2 ya no existe</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="291"/>
        <source>git add failed in %1: %2</source>
        <translation>git add falló en %1: %2</translation>
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
        <translation>git commit falló en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="312"/>
        <source>git diff failed in %1: %2</source>
        <translation>git diff falló en %1: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="325"/>
        <source>branch %1 has no commit</source>
        <translation>la rama %1 no tiene ningún commit</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="333"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="361"/>
        <source>git diff failed: %1</source>
        <translation>git diff falló: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="379"/>
        <source>Cannot clean up the worktree of worker %1: %2</source>
        <translation>No se puede limpiar el worktree del worker %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="409"/>
        <source>Worker %1 committed on %2: %n file(s) changed</source>
        <translation>
            <numerusform>El worker %1 hizo commit en %2: %n archivo cambiado</numerusform>
            <numerusform>El worker %1 hizo commit en %2: %n archivos cambiados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorktreeMerger</name>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="118"/>
        <source>HEAD of %1 is detached: name the branch to merge into (worktree.merge_target)</source>
        <translation>HEAD de %1 está separado: indique la rama en la que fusionar (worktree.merge_target)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="138"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="167"/>
        <source>git diff failed: %1</source>
        <translation>git diff falló: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="154"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="158"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="196"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="208"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="405"/>
        <source>%1 is neither a branch nor a commit of %2</source>
        <translation>%1 no es ni una rama ni un commit de %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="230"/>
        <source>git worktree list failed: %1</source>
        <translation>git worktree list falló: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="277"/>
        <source>%1 is being rebased in %2: finish or abort the rebase, then merge again</source>
        <translation>%1 se está rebasando en %2: termine o anule el rebase y vuelva a fusionar</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="286"/>
        <source>%1 is checked out in more than one worktree (%2): check it out in one only, then merge again</source>
        <translation>%1 está extraída en más de un worktree (%2): extráigala solo en uno y vuelva a fusionar</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="293"/>
        <source>a merge</source>
        <translation>una fusión</translation>
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
        <translation>un rebase o git am</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="301"/>
        <source>%1 is in progress in %2: finish or abort it, then merge again</source>
        <translation>%1 en curso en %2: termínelo o anúlelo y vuelva a fusionar</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="327"/>
        <source>cannot read the state of %1: %2</source>
        <translation>no se puede leer el estado de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="337"/>
        <source>%1 has unresolved conflicts: resolve them, then merge again</source>
        <translation>%1 tiene conflictos sin resolver: resuélvalos y vuelva a fusionar</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="354"/>
        <source>%1 is checked out in %2 with local changes to %n file(s) the merge changes (%3): commit or stash them, then merge again; nothing was changed</source>
        <translation>
            <numerusform>%1 está extraída en %2 con cambios locales en %n archivo que la fusión modifica (%3): haga commit o stash de ellos y vuelva a fusionar; no se cambió nada</numerusform>
            <numerusform>%1 está extraída en %2 con cambios locales en %n archivos que la fusión modifica (%3): haga commit o stash de ellos y vuelva a fusionar; no se cambió nada</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="370"/>
        <source>cannot update the checkout %1: %2; nothing was changed</source>
        <translation>no se puede actualizar la copia de trabajo %1: %2; no se cambió nada</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="400"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>la rama de destino %1 no existe en %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="409"/>
        <source>git merge-base failed for %1 and %2</source>
        <translation>git merge-base falló para %1 y %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="411"/>
        <source>%1 already contains %2: nothing to merge</source>
        <translation>%1 ya contiene %2: no hay nada que fusionar</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="426"/>
        <source>%1 conflicts with %2 in %n file(s) (%3); %2 was left as it was</source>
        <translation>
            <numerusform>%1 entra en conflicto con %2 en %n archivo (%3); %2 quedó como estaba</numerusform>
            <numerusform>%1 entra en conflicto con %2 en %n archivos (%3); %2 quedó como estaba</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="431"/>
        <source>git merge-tree failed: %1</source>
        <translation>git merge-tree falló: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="435"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author debe tener la forma &apos;Name &lt;email&gt;&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="445"/>
        <source>git commit-tree failed: %1</source>
        <translation>git commit-tree falló: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="477"/>
        <source>%1 changed while merging, so it was left alone: %2</source>
        <translation>%1 cambió durante la fusión, así que no se tocó: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="481"/>
        <source>fast-forwarded %1 to %2</source>
        <translation>%1 avanzado rápidamente (fast-forward) hasta %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="482"/>
        <source>merged into %1 with the merge commit %2</source>
        <translation>fusionado en %1 con el commit de fusión %2</translation>
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
        <translation>La aplicación de escritorio; `orchestrator` es la línea de comandos.</translation>
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
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="42"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="48"/>
        <source>Using Qt %1 (built with Qt %2)</source>
        <translation>Usa Qt %1 (compilado con Qt %2)</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="54"/>
        <source>Splits one large task into subtasks and runs each of them as an AI coding agent, in parallel, each in its own folder, git worktree or container. Watch the workers live, cancel or retry them, and browse the logs and results of every run.</source>
        <translation>Divide una tarea grande en subtareas y ejecuta cada una como un agente de programación con IA, en paralelo, cada una en su propia carpeta, worktree de git o contenedor. Siga los workers en directo, cancélelos o reinténtelos, y explore los registros y resultados de cada ejecución.</translation>
    </message>
</context>
<context>
    <name>orch::AgentStatusIndicator</name>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="117"/>
        <source>Checking the agent...</source>
        <translation>Comprobando el agente...</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="118"/>
        <source>Looking for the agent and what the chosen mode needs</source>
        <translation>Buscando el agente y lo que necesita el modo elegido</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="124"/>
        <source>Agent: unknown</source>
        <translation>Agente: desconocido</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="126"/>
        <source>Agent not found</source>
        <translation>Agente no encontrado</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="140"/>
        <source>%1 (not ready for %2)</source>
        <translation>%1 (no preparado para %2)</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="145"/>
        <source>Mode %1</source>
        <translation>Modo %1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="153"/>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="156"/>
        <source>Click to check again.</source>
        <translation>Haga clic para comprobar de nuevo.</translation>
    </message>
</context>
<context>
    <name>orch::Config</name>
    <message>
        <location filename="../core/config/Config.cpp" line="63"/>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../core/config/Config.cpp" line="69"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>orch::ConfigField</name>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="37"/>
        <source>Max workers</source>
        <translation>Máx. de workers</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="38"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="39"/>
        <location filename="../ui/settings/ConfigField.cpp" line="79"/>
        <source>Timeout</source>
        <translation>Tiempo límite</translation>
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
        <translation>Tiempo límite de inactividad</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="41"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="42"/>
        <source>Max retries</source>
        <translation>Máx. de reintentos</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="43"/>
        <source>Retry delay</source>
        <translation>Espera entre reintentos</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="44"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="45"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="46"/>
        <source>Max tokens</source>
        <translation>Máx. de tokens</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="47"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="48"/>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="49"/>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="50"/>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="51"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="52"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="53"/>
        <source>Max memory per worker</source>
        <translation>Memoria máx. por worker</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="54"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source>Max CPU percent</source>
        <translation>Porcentaje máx. de CPU</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="56"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="57"/>
        <source>Binary</source>
        <translation>Ejecutable</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="58"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="59"/>
        <source>Permission mode</source>
        <translation>Modo de permisos</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="60"/>
        <source>Max turns</source>
        <translation>Máx. de turnos</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="61"/>
        <source>agent default</source>
        <translation>predeterminado del agente</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="62"/>
        <location filename="../ui/settings/ConfigField.cpp" line="68"/>
        <source>Extra arguments</source>
        <translation>Argumentos adicionales</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="63"/>
        <source>Pass environment variables</source>
        <translation>Pasar variables de entorno</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="64"/>
        <source>WSL distribution</source>
        <translation>Distribución de WSL</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="65"/>
        <source>NVM path</source>
        <translation>Ruta de NVM</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="66"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="67"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="69"/>
        <source>Worktree</source>
        <translation>Worktree</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="70"/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="71"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="72"/>
        <source>Branch prefix</source>
        <translation>Prefijo de rama</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="73"/>
        <source>Cleanup</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="74"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="75"/>
        <source>Merge target</source>
        <translation>Destino de la fusión</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="76"/>
        <source>Decomposer</source>
        <translation>Descomponedor</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="77"/>
        <source>Max subtasks</source>
        <translation>Máx. de subtareas</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="78"/>
        <source>Strict</source>
        <translation>Estricto</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="120"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="186"/>
        <source>words separated by spaces; quote a word that has spaces</source>
        <translation>palabras separadas por espacios; ponga entre comillas una palabra que tenga espacios</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="196"/>
        <source>found automatically when empty</source>
        <translation>se encuentra automáticamente si está vacío</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="316"/>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="320"/>
        <source>Environment variable: %1</source>
        <translation>Variable de entorno: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="321"/>
        <source>Allowed: %1</source>
        <translation>Permitido: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>orch::DiffView</name>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="17"/>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="35"/>
        <source>[Diff truncated: showing %1 of %2; the rest is in the branch]</source>
        <translation>[Diff truncado: se muestra %1 de %2; el resto está en la rama]</translation>
    </message>
</context>
<context>
    <name>orch::JsonlSink</name>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="67"/>
        <source>Cannot create the log folder %1</source>
        <translation>No se puede crear la carpeta de registros %1</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="77"/>
        <source>Cannot create the log file %1: %2</source>
        <translation>No se puede crear el archivo de registro %1: %2</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="81"/>
        <source>Cannot find a free log file name in %1</source>
        <translation>No se encuentra un nombre libre para el archivo de registro en %1</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="147"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>No se puede escribir el archivo de registro %1: %2</translation>
    </message>
</context>
<context>
    <name>orch::Log</name>
    <message>
        <location filename="../core/logging/Log.cpp" line="108"/>
        <source>Cannot open the console log file %1</source>
        <translation>No se puede abrir el archivo de registro de la consola %1</translation>
    </message>
</context>
<context>
    <name>orch::LogBrowser</name>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="58"/>
        <location filename="../ui/logs/LogBrowser.cpp" line="230"/>
        <source>Open Log File</source>
        <translation>Abrir archivo de registro</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="59"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="91"/>
        <source>Levels</source>
        <translation>Niveles</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="98"/>
        <source>Search messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="100"/>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="102"/>
        <source>Match case</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="104"/>
        <source>Open Log File...</source>
        <translation>Abrir archivo de registro...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="238"/>
        <source>Looking for the log of run %1...</source>
        <translation>Buscando el registro de la ejecución %1...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="263"/>
        <source>Orchestrator log</source>
        <translation>Registro del orquestador</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="265"/>
        <source>Journal</source>
        <translation>Diario de la ejecución</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="269"/>
        <source>Worker %1, attempt %2 (transcript)</source>
        <translation>Worker %1, intento %2 (transcripción)</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="274"/>
        <source>No log found for run %1</source>
        <translation>No se encontró ningún registro de la ejecución %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="314"/>
        <source>All workers</source>
        <translation>Todos los workers</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="317"/>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="332"/>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/LogBrowser.cpp" line="357"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="360"/>
        <source>Indexing... %1</source>
        <translation>Indexando... %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="363"/>
        <source>Filtering... %1 of %2 shown</source>
        <translation>Filtrando... %1 de %2 mostradas</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="366"/>
        <source>%1 shown of %2</source>
        <translation>%1 mostradas de %2</translation>
    </message>
</context>
<context>
    <name>orch::LogIndex</name>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="88"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="283"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>orch::LogTableModel</name>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="135"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="137"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="139"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="141"/>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>Quit the application</source>
        <translation>Salir de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251"/>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>&amp;Run</source>
        <comment>action that starts a run</comment>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="262"/>
        <source>&amp;Plan</source>
        <comment>action that plans the task without running it</comment>
        <translation>&amp;Planificar</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="266"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="277"/>
        <source>&amp;Status Bar</source>
        <translation>Barra de e&amp;stado</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="281"/>
        <source>Show or hide the status bar</source>
        <translation>Mostrar u ocultar la barra de estado</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>&amp;Logs...</source>
        <translation>&amp;Registros...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <source>Browse and search the logs of every run</source>
        <translation>Explorar y buscar en los registros de cada ejecución</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="296"/>
        <source>Use the whole screen for the window</source>
        <translation>Usar toda la pantalla para la ventana</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="307"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="320"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <source>Open the user guide</source>
        <translation>Abrir la guía del usuario</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="327"/>
        <source>&amp;About...</source>
        <translation>&amp;Acerca de...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="330"/>
        <source>Show the application&apos;s version and description</source>
        <translation>Mostrar la versión y la descripción de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="336"/>
        <source>Show the Qt version and license</source>
        <translation>Mostrar la versión y la licencia de Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="342"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="362"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="386"/>
        <source>&amp;Workers</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="387"/>
        <source>R&amp;esults</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="411"/>
        <source>Worker %1&apos;s changes are shown under Results once the run ends.</source>
        <translation>Los cambios del worker %1 se muestran en Resultados cuando termina la ejecución.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="421"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>A run is in progress.</source>
        <translation>Hay una ejecución en curso.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Plan the task and run it</source>
        <translation>Planificar la tarea y ejecutarla</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Type a task first.</source>
        <translation>Escriba primero una tarea.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>Stop every worker of this run</source>
        <translation>Detener todos los workers de esta ejecución</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>No run in progress.</source>
        <translation>No hay ninguna ejecución en curso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="476"/>
        <source>Planned %n subtask(s): edit them, then Run.</source>
        <translation>
            <numerusform>%n subtarea planificada: edítela y luego pulse Ejecutar.</numerusform>
            <numerusform>%n subtareas planificadas: edítelas y luego pulse Ejecutar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="482"/>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="498"/>
        <source>Planning...</source>
        <translation>Planificando...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="511"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="515"/>
        <source>Cannot plan the task: %1</source>
        <translation>No se puede planificar la tarea: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="563"/>
        <source>Finished: %1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>Terminado: %1 de %n subtarea con éxito</numerusform>
            <numerusform>Terminado: %1 de %n subtareas con éxito</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="629"/>
        <source>The user guide is not installed.</source>
        <translation>La guía del usuario no está instalada.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="635"/>
        <source>Cannot open the user guide: %1</source>
        <translation>No se puede abrir la guía del usuario: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="486"/>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="311"/>
        <source>Edit every setting of the current profile</source>
        <translation>Editar toda la configuración del perfil actual</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="492"/>
        <source>Running %n subtask(s)...</source>
        <translation>
            <numerusform>Ejecutando %n subtarea...</numerusform>
            <numerusform>Ejecutando %n subtareas...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="536"/>
        <location filename="../ui/main/MainWindow.cpp" line="541"/>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="550"/>
        <source>ETA ~%1</source>
        <translation>Tiempo restante ~%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="552"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="554"/>
        <source>Paused: %1</source>
        <translation>En pausa: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="580"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>orch::Orchestrator</name>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="154"/>
        <source>the task is empty</source>
        <translation>la tarea está vacía</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="168"/>
        <location filename="../core/run/Orchestrator.cpp" line="191"/>
        <source>the plan is not valid: %1</source>
        <translation>el plan no es válido: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="169"/>
        <source>Task decomposed into %n subtask(s)</source>
        <translation>
            <numerusform>Tarea descompuesta en %n subtarea</numerusform>
            <numerusform>Tarea descompuesta en %n subtareas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="181"/>
        <source>cannot plan the task: %1</source>
        <translation>no se puede planificar la tarea: %1</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="198"/>
        <location filename="../core/run/Orchestrator.cpp" line="253"/>
        <source>a run is already in progress</source>
        <translation>ya hay una ejecución en curso</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="204"/>
        <source>run %1 is still running in another process</source>
        <translation>la ejecución %1 sigue en marcha en otro proceso</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="208"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>Se detuvo %n proceso sobrante de la ejecución %1</numerusform>
            <numerusform>Se detuvieron %n procesos sobrantes de la ejecución %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="218"/>
        <source>Resuming run %1: %2 of %3 subtask(s) already finished</source>
        <translation>Reanudando la ejecución %1: %2 de %3 subtarea(s) ya terminadas</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="229"/>
        <source>no agent driver</source>
        <translation>no hay controlador de agente</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="243"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="298"/>
        <source>Resources available again: starting workers</source>
        <translation>Recursos disponibles de nuevo: iniciando workers</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="313"/>
        <source>Worker %1 will retry (attempt %2) in %3 s: %4</source>
        <translation>El worker %1 se reintentará (intento %2) en %3 s: %4</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="327"/>
        <source>Rate limit over: starting workers again</source>
        <translation>Fin del límite de frecuencia: se vuelven a iniciar workers</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="336"/>
        <source>Run %1 started with %n subtask(s)</source>
        <translation>
            <numerusform>Ejecución %1 iniciada con %n subtarea</numerusform>
            <numerusform>Ejecución %1 iniciada con %n subtareas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="391"/>
        <source>Starting worker %1/%2</source>
        <translation>Iniciando el worker %1/%2</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="392"/>
        <source>Starting worker %1/%2 (attempt %3)</source>
        <translation>Iniciando el worker %1/%2 (intento %3)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="449"/>
        <source>Worker %1 attempt %2 ended: %3</source>
        <translation>Worker %1, intento %2 terminado: %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="476"/>
        <source>Worker %1 completed successfully</source>
        <translation>El worker %1 terminó correctamente</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="480"/>
        <source>Worker %1 %2: %3</source>
        <translation>Worker %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="484"/>
        <source>Worker %1 failed (%2): %3</source>
        <translation>El worker %1 falló (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="509"/>
        <source>waiting: CPU %1% &gt; %2%</source>
        <translation>esperando: CPU %1% &gt; %2%</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="512"/>
        <source>waiting: free memory %1 MB &lt; %2 MB</source>
        <translation>esperando: memoria libre %1 MB &lt; %2 MB</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="532"/>
        <source>memory limit exceeded (%1 MB &gt; %2 MB)</source>
        <translation>límite de memoria superado (%1 MB &gt; %2 MB)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="533"/>
        <source>Worker %1: %2</source>
        <translation>Worker %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="588"/>
        <source>Run %1 finished: %2 (%3 of %4 succeeded)</source>
        <translation>Ejecución %1 terminada: %2 (%3 de %4 con éxito)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="610"/>
        <source>Cancelling run %1</source>
        <translation>Cancelando la ejecución %1</translation>
    </message>
</context>
<context>
    <name>orch::PlanEditor</name>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>Add a subtask after the selected one</source>
        <translation>Añadir una subtarea después de la seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>Remove the selected subtask</source>
        <translation>Quitar la subtarea seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Run the selected subtask earlier</source>
        <translation>Ejecutar antes la subtarea seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Run the selected subtask later</source>
        <translation>Ejecutar después la subtarea seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="151"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="160"/>
        <source>One line shown in tables and logs; left empty, it is taken from the prompt</source>
        <translation>Una línea que se muestra en tablas y registros; si se deja vacía, se toma del prompt</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="162"/>
        <source>What the agent is asked to do, verbatim</source>
        <translation>Lo que se pide al agente, literalmente</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="165"/>
        <source>Subtasks that must succeed before this one starts</source>
        <translation>Subtareas que deben completarse con éxito antes de que empiece esta</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="169"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="171"/>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="173"/>
        <source>&amp;Depends on:</source>
        <translation>&amp;Depende de:</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="307"/>
        <source>%1 (no such subtask)</source>
        <translation>%1 (no existe esa subtarea)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="362"/>
        <source>Cannot run this plan yet:</source>
        <translation>Todavía no se puede ejecutar este plan:</translation>
    </message>
</context>
<context>
    <name>orch::PlanModel</name>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="66"/>
        <source>A subtask cannot depend on itself.</source>
        <translation>Una subtarea no puede depender de sí misma.</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="68"/>
        <source>There is no subtask &quot;%1&quot;.</source>
        <translation>No hay ninguna subtarea «%1».</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="130"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="132"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="134"/>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="136"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="166"/>
        <source>A subtask needs a title.</source>
        <translation>Una subtarea necesita un título.</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="236"/>
        <source>New subtask</source>
        <translation>Nueva subtarea</translation>
    </message>
</context>
<context>
    <name>orch::ProcessRunner</name>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="308"/>
        <source>signal %1</source>
        <translation>señal %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="344"/>
        <source>failed to start: cannot open the transcript %1: %2</source>
        <translation>no se pudo iniciar: no se puede abrir la transcripción %1: %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="496"/>
        <source>cannot enter the folder %1: %2</source>
        <translation>no se puede entrar en la carpeta %1: %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="495"/>
        <source>failed to start: %1</source>
        <translation>no se pudo iniciar: %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="493"/>
        <location filename="../core/process/ProcessRunner.cpp" line="498"/>
        <source>failed to start %1: %2</source>
        <translation>no se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="608"/>
        <source>exited with code %1</source>
        <translation>terminó con el código %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="610"/>
        <source>killed by signal %1 (%2)</source>
        <translation>terminado por la señal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="613"/>
        <source>no output for %1 s</source>
        <translation>sin salida durante %1 s</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="614"/>
        <source>timed out after %1 s</source>
        <translation>tiempo agotado tras %1 s</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="616"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>orch::ProfileSession</name>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="53"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="102"/>
        <source>Cannot open profile &apos;%1&apos;:
%2</source>
        <translation>No se puede abrir el perfil «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="113"/>
        <source>This setup has no profile name yet: use Save As to give it one</source>
        <translation>Esta configuración aún no tiene nombre de perfil: use Guardar como para darle uno</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="117"/>
        <location filename="../ui/profiles/ProfileSession.cpp" line="133"/>
        <source>Cannot save profile &apos;%1&apos;: %2</source>
        <translation>No se puede guardar el perfil «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="128"/>
        <source>Cannot save as &apos;%1&apos;: %2</source>
        <translation>No se puede guardar como «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="131"/>
        <source>Cannot save as &apos;%1&apos;: a profile with that name already exists</source>
        <translation>No se puede guardar como «%1»: ya existe un perfil con ese nombre</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="143"/>
        <source>This setup is not a saved profile yet: use Save As to name it</source>
        <translation>Esta configuración aún no es un perfil guardado: use Guardar como para darle nombre</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="148"/>
        <source>Cannot rename profile &apos;%1&apos;: %2</source>
        <translation>No se puede cambiar el nombre del perfil «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="157"/>
        <source>This setup is not a saved profile: there is nothing to delete</source>
        <translation>Esta configuración no es un perfil guardado: no hay nada que eliminar</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="160"/>
        <source>Cannot delete profile &apos;%1&apos;: %2</source>
        <translation>No se puede eliminar el perfil «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="185"/>
        <source>Cannot import %1:
%2</source>
        <translation>No se puede importar %1:
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="194"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="199"/>
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="212"/>
        <source>Cannot export to %1: %2 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>No se puede exportar a %1: %2 contiene algo que parece una clave de API; pase los secretos por el entorno</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="217"/>
        <source>Cannot export to %1: %2</source>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="238"/>
        <source>Could not reopen the last profile &apos;%1&apos;; starting from the defaults.
%2</source>
        <translation>No se pudo reabrir el último perfil «%1»; se empieza con los valores predeterminados.
%2</translation>
    </message>
</context>
<context>
    <name>orch::ProfileToolBar</name>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="19"/>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="94"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="26"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Archivos YAML (*.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>The profile &apos;%1&apos; has unsaved changes. Save them?</source>
        <translation>El perfil «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="58"/>
        <source>The profile being edited; pick another to open it</source>
        <translation>El perfil que se está editando; elija otro para abrirlo</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>&amp;Open Profile...</source>
        <translation>&amp;Abrir perfil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>Choose a saved profile to open</source>
        <translation>Elegir un perfil guardado para abrirlo</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>&amp;Save Profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>Save the settings to this profile</source>
        <translation>Guardar la configuración en este perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="67"/>
        <source>Save Profile &amp;As...</source>
        <translation>Guardar perfil &amp;como...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="68"/>
        <source>Save the settings as a new profile</source>
        <translation>Guardar la configuración como un perfil nuevo</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>&amp;Rename Profile...</source>
        <translation>Cambiar &amp;nombre del perfil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>Give this profile a new name</source>
        <translation>Dar un nombre nuevo a este perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Eliminar perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>Delete this profile</source>
        <translation>Eliminar este perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="74"/>
        <source>&amp;Import Profile...</source>
        <translation>&amp;Importar perfil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="75"/>
        <source>Make a new profile from a YAML file</source>
        <translation>Crear un perfil nuevo a partir de un archivo YAML</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="76"/>
        <source>&amp;Export Profile...</source>
        <translation>E&amp;xportar perfil...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="77"/>
        <source>Write the settings to a YAML file</source>
        <translation>Escribir la configuración en un archivo YAML</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="96"/>
        <source>Profile Warnings</source>
        <translation>Advertencias del perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Save Profile As</source>
        <translation>Guardar perfil como</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>Replace Profile</source>
        <translation>Reemplazar perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>A profile named &apos;%1&apos; already exists. Replace it?</source>
        <translation>Ya existe un perfil llamado «%1». ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>Rename Profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="214"/>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="215"/>
        <source>Delete the profile &apos;%1&apos;? Its settings stay open as an unsaved setup.</source>
        <translation>¿Eliminar el perfil «%1»? Su configuración sigue abierta, sin guardar.</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="222"/>
        <source>Import Profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="232"/>
        <source>Export Profile</source>
        <translation>Exportar perfil</translation>
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
        <translation>Subproceso</translation>
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
        <translation>Dónde se ejecuta cada worker: una carpeta simple (subprocess), su propio worktree git del repositorio o un contenedor docker</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="56"/>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="58"/>
        <source>How many subtasks run at the same time (%1 to %2)</source>
        <translation>Cuántas subtareas se ejecutan a la vez (de %1 a %2)</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="61"/>
        <source>Workers:</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="63"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="64"/>
        <source>Seconds one attempt of a subtask may take before it is stopped (%1 to %2)</source>
        <translation>Segundos que puede durar un intento de una subtarea antes de detenerlo (de %1 a %2)</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="67"/>
        <source>Timeout:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="70"/>
        <source>The model the agent uses, e.g. claude-sonnet-4-5</source>
        <translation>El modelo que usa el agente, p. ej. claude-sonnet-4-5</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="72"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
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
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="67"/>
        <location filename="../ui/workers/ResourceChartView.cpp" line="69"/>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="68"/>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="70"/>
        <source>Worker memory (MB)</source>
        <translation>Memoria de los workers (MB)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="71"/>
        <source>System memory (%)</source>
        <translation>Memoria del sistema (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="80"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="82"/>
        <source>System (%)</source>
        <translation>Sistema (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="95"/>
        <source>CPU limit</source>
        <translation>Límite de CPU</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="96"/>
        <source>Memory limit per worker</source>
        <translation>Límite de memoria por worker</translation>
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
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="179"/>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="184"/>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="186"/>
        <source>partly succeeded</source>
        <translation>parcialmente correcta</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="188"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="190"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="216"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="230"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="232"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="234"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="236"/>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="238"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
</context>
<context>
    <name>orch::RunNotifier</name>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="44"/>
        <location filename="../ui/main/RunNotifier.cpp" line="52"/>
        <source>Run finished</source>
        <translation>Ejecución terminada</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="46"/>
        <source>Run finished with failures</source>
        <translation>Ejecución terminada con fallos</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="48"/>
        <source>Run failed</source>
        <translation>La ejecución falló</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="50"/>
        <source>Run cancelled</source>
        <translation>Ejecución cancelada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="59"/>
        <source>%1 of %n subtask(s) succeeded, cost $%2</source>
        <translation>
            <numerusform>%1 de %n subtarea con éxito, coste $%2</numerusform>
            <numerusform>%1 de %n subtareas con éxito, coste $%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="62"/>
        <source>%1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>%1 de %n subtarea con éxito</numerusform>
            <numerusform>%1 de %n subtareas con éxito</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orch::RunResultsView</name>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="58"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="70"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="71"/>
        <source>Succeeded:</source>
        <translation>Correctas:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="72"/>
        <source>Failed:</source>
        <translation>Fallidas:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="73"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="74"/>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="75"/>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Subtask</source>
        <translation>Subtarea</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Branch</source>
        <translation>Rama</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Files changed</source>
        <translation>Archivos modificados</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="96"/>
        <source>No output</source>
        <translation>Sin salida</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="108"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="110"/>
        <source>Merge the selected worker&apos;s branch into the target branch</source>
        <translation>Fusionar la rama del worker seleccionado en la rama de destino</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="111"/>
        <source>Merge &amp;All</source>
        <translation>Fusionar &amp;todo</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="113"/>
        <source>Merge every successful worker&apos;s branch, in plan order</source>
        <translation>Fusionar la rama de cada worker correcto, en el orden del plan</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="127"/>
        <source>Files changed by more than one worker:</source>
        <translation>Archivos modificados por más de un worker:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="153"/>
        <source>&amp;Output</source>
        <translation>&amp;Salida</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="154"/>
        <source>&amp;Changes</source>
        <translation>&amp;Cambios</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="203"/>
        <source>Looking for the repository...</source>
        <translation>Buscando el repositorio...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="204"/>
        <location filename="../ui/results/RunResultsView.cpp" line="398"/>
        <source>Select a worker to see its changes.</source>
        <translation>Seleccione un worker para ver sus cambios.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="220"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="234"/>
        <source>%1 (workers: %2)</source>
        <translation>%1 (workers: %2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="236"/>
        <source>%1 in, %2 out</source>
        <translation>%1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="262"/>
        <source>%1 (+%2 -%3)</source>
        <translation>%1 (+%2 -%3)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="358"/>
        <source>No repository to review</source>
        <translation>No hay repositorio que revisar</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="359"/>
        <source>Cannot show the changes: %1</source>
        <translation>No se pueden mostrar los cambios: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="362"/>
        <source>Repository: %1</source>
        <translation>Repositorio: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="363"/>
        <location filename="../ui/results/RunResultsView.cpp" line="476"/>
        <source>Cannot merge: %1</source>
        <translation>No se puede fusionar: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="365"/>
        <source>Merge into %1 in %2</source>
        <translation>Fusionar en %1 en %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="376"/>
        <source>Preview failed: %1</source>
        <translation>La vista previa falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="380"/>
        <source>None: the workers&apos; changes do not overlap</source>
        <translation>Ninguno: los cambios de los workers no se solapan</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="386"/>
        <source>Changed by %1</source>
        <translation>Modificado por %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="399"/>
        <source>This subtask has no branch: it made no changes to review.</source>
        <translation>Esta subtarea no tiene rama: no hizo cambios que revisar.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="403"/>
        <source>Changes of worker %1 (%2)</source>
        <translation>Cambios del worker %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="408"/>
        <source>Cannot show the diff: %1</source>
        <translation>No se puede mostrar el diff: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="411"/>
        <source>Loading the diff...</source>
        <translation>Cargando el diff...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="438"/>
        <source>Merging worker %1 into %2...</source>
        <translation>Fusionando el worker %1 en %2...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="451"/>
        <source>Merging the workers into %1 in plan order...</source>
        <translation>Fusionando los workers en %1 en el orden del plan...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="467"/>
        <source>Worker %1: %2</source>
        <translation>Worker %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="486"/>
        <source>No worker branch to merge</source>
        <translation>No hay ninguna rama de worker que fusionar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/RunResultsView.cpp" line="488"/>
        <source>Merged %n worker branch(es) into %1</source>
        <translation>
            <numerusform>%n rama de worker fusionada en %1</numerusform>
            <numerusform>%n ramas de workers fusionadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="490"/>
        <source>%1 of %2 worker branch(es) not merged into %3; they are unchanged</source>
        <translation>%1 de %2 rama(s) de worker sin fusionar en %3; siguen sin cambios</translation>
    </message>
</context>
<context>
    <name>orch::Scheduler</name>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="109"/>
        <source>skipped: prerequisite %1 (%2) did not succeed (%3)</source>
        <translation>omitida: el requisito previo %1 (%2) no tuvo éxito (%3)</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="219"/>
        <source>rate limited: no new worker starts until %1</source>
        <translation>límite de frecuencia: no se inicia ningún worker nuevo hasta %1</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="239"/>
        <source>cancelled before it ran</source>
        <translation>cancelada antes de ejecutarse</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="249"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>orch::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="54"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="58"/>
        <source>Search settings</source>
        <translation>Buscar en la configuración</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="164"/>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="174"/>
        <source>The new language is used from the next start of the application.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio de la aplicación.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="184"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="320"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="298"/>
        <source>Some values on this page need attention.</source>
        <translation>Algunos valores de esta página requieren atención.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>Orchestrator</source>
        <translation>Orquestador</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Paths</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Agent</source>
        <translation>Agente</translation>
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
        <translation>Planificación</translation>
    </message>
</context>
<context>
    <name>orch::TaskEditor</name>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="136"/>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="45"/>
        <source>Describe the task, e.g. &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</source>
        <translation>Describa la tarea, p. ej. &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="46"/>
        <source>The whole task; Ctrl+Up and Ctrl+Down step through earlier tasks</source>
        <translation>La tarea completa; Ctrl+Arriba y Ctrl+Abajo recorren las tareas anteriores</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="51"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="52"/>
        <source>Pick an earlier task (Ctrl+Up / Ctrl+Down in the text)</source>
        <translation>Elegir una tarea anterior (Ctrl+Arriba / Ctrl+Abajo en el texto)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="76"/>
        <source>This plan was made for an earlier text of the task; Run will plan again.</source>
        <translation>Este plan se hizo para un texto anterior de la tarea; Ejecutar volverá a planificar.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="112"/>
        <source>The task is being split into subtasks</source>
        <translation>La tarea se está dividiendo en subtareas</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="117"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="123"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="129"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="131"/>
        <source>Stop planning</source>
        <translation>Detener la planificación</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="133"/>
        <source>P&amp;lan</source>
        <translation>&amp;Planificar</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="135"/>
        <source>Split the task into subtasks and show them for editing</source>
        <translation>Dividir la tarea en subtareas y mostrarlas para editarlas</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="182"/>
        <source>Busy: wait until the current run ends or cancel it.</source>
        <translation>Ocupado: espere a que termine la ejecución actual o cancélela.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="184"/>
        <source>Planning the task...</source>
        <translation>Planificando la tarea...</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="188"/>
        <source>Fix the settings marked next to their fields first.</source>
        <translation>Corrija primero los valores marcados junto a sus campos.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="190"/>
        <source>The plan cannot run as it is: fix the problems listed under it, or plan again.</source>
        <translation>El plan no se puede ejecutar así: corrija los problemas indicados debajo o vuelva a planificar.</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="273"/>
        <source>Clear History</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="388"/>
        <source>Run the subtasks as edited (Ctrl+Enter)</source>
        <translation>Ejecutar las subtareas tal como se editaron (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="389"/>
        <source>Split the task into subtasks and run them (Ctrl+Enter)</source>
        <translation>Dividir la tarea en subtareas y ejecutarlas (Ctrl+Intro)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/task/TaskEditor.cpp" line="393"/>
        <source>Run starts the %n subtask(s) above as edited.</source>
        <translation>
            <numerusform>Ejecutar inicia %n subtarea de arriba tal como se editó.</numerusform>
            <numerusform>Ejecutar inicia las %n subtareas de arriba tal como se editaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="186"/>
        <source>Type a task to run.</source>
        <translation>Escriba una tarea para ejecutar.</translation>
    </message>
</context>
<context>
    <name>orch::TranscriptWriter</name>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="163"/>
        <source>cannot write the transcript %1: %2</source>
        <translation>no se puede escribir la transcripción %1: %2</translation>
    </message>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="200"/>
        <source>the transcript is already open</source>
        <translation>la transcripción ya está abierta</translation>
    </message>
</context>
<context>
    <name>orch::Worker</name>
    <message>
        <location filename="../core/run/Worker.cpp" line="50"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>orch::WorkerActions</name>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>&amp;Cancel Worker</source>
        <translation>&amp;Cancelar worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>Stop this worker</source>
        <translation>Detener este worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="20"/>
        <source>&amp;Retry Worker</source>
        <translation>&amp;Reintentar worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="21"/>
        <source>Run this subtask again with a fresh retry budget</source>
        <translation>Volver a ejecutar esta subtarea con un nuevo cupo de reintentos</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="22"/>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="23"/>
        <source>Open the worker&apos;s folder in the file manager</source>
        <translation>Abrir la carpeta del worker en el gestor de archivos</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="24"/>
        <source>Copy &amp;Branch Name</source>
        <translation>Copiar nombre de la &amp;rama</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="25"/>
        <source>Copy the name of the worker&apos;s git branch</source>
        <translation>Copiar el nombre de la rama de git del worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="26"/>
        <source>View &amp;Diff</source>
        <translation>Ver &amp;diff</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="27"/>
        <source>Show what the worker&apos;s branch changed</source>
        <translation>Mostrar lo que cambió la rama del worker</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="28"/>
        <source>Open &amp;Transcript</source>
        <translation>Abrir &amp;transcripción</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="29"/>
        <source>Open the agent&apos;s raw output of the latest attempt</source>
        <translation>Abrir la salida sin procesar del agente en el último intento</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="113"/>
        <source>Worker %1 could not be cancelled</source>
        <translation>No se pudo cancelar el worker %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="120"/>
        <source>Worker %1 could not be retried</source>
        <translation>No se pudo reintentar el worker %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="128"/>
        <location filename="../ui/workers/WorkerActions.cpp" line="149"/>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
</context>
<context>
    <name>orch::WorkerFilterModel</name>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="34"/>
        <source>All workers</source>
        <translation>Todos los workers</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="36"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="38"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="40"/>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="42"/>
        <source>Failed, timed out, cancelled or skipped</source>
        <translation>Fallido, tiempo agotado, cancelado u omitido</translation>
    </message>
</context>
<context>
    <name>orch::WorkerOutputView</name>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="43"/>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="52"/>
        <source>Select a worker to see its output.</source>
        <translation>Seleccione un worker para ver su salida.</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="54"/>
        <source>Show the agent&apos;s output lines as written to the transcript</source>
        <translation>Mostrar las líneas de salida del agente tal como se escribieron en la transcripción</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="90"/>
        <source>── attempt %1 ──</source>
        <translation>── intento %1 ──</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="96"/>
        <source>⟳ Retrying (attempt %1) in %2 s: %3</source>
        <translation>⟳ Reintentando (intento %1) en %2 s: %3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>● Session started · model %1</source>
        <translation>● Sesión iniciada · modelo %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="128"/>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="134"/>
        <source>⟳ API retry %1/%2 in %3 s (status %4): %5</source>
        <translation>⟳ Reintento de la API %1/%2 en %3 s (estado %4): %5</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="142"/>
        <source>■ Finished</source>
        <translation>■ Terminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="144"/>
        <source>$%1 · %2 tokens in, %3 out · %n turn(s) · %4 s</source>
        <translation>
            <numerusform>$%1 · %2 tokens de entrada, %3 de salida · %n turno · %4 s</numerusform>
            <numerusform>$%1 · %2 tokens de entrada, %3 de salida · %n turnos · %4 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="151"/>
        <source>■ Failed (%1) · %2</source>
        <translation>■ Fallido (%1) · %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="153"/>
        <source>■ Done · %1</source>
        <translation>■ Hecho · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="165"/>
        <source>... %n line(s) dropped</source>
        <translation>
            <numerusform>... %n línea descartada</numerusform>
            <numerusform>... %n líneas descartadas</numerusform>
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
        <translation>Ningún worker seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="353"/>
        <source>... %1 skipped</source>
        <translation>... %1 omitidos</translation>
    </message>
</context>
<context>
    <name>orch::WorkerTableModel</name>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="365"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="367"/>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="369"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="371"/>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="373"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="375"/>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="377"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="379"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="467"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="471"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="507"/>
        <source>Worker %1: %2
%3</source>
        <translation>Worker %1: %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="509"/>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="511"/>
        <source>Tokens: %1 in, %2 out</source>
        <translation>Tokens: %1 de entrada, %2 de salida</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="513"/>
        <source>Branch: %1</source>
        <translation>Rama: %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="525"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="527"/>
        <source>Subtask</source>
        <translation>Subtarea</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="529"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="531"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="533"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="535"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="537"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="539"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="541"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="543"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>orch::WorkersPanel</name>
    <message>
        <location filename="../ui/workers/WorkersPanel.cpp" line="46"/>
        <source>Filter workers</source>
        <translation>Filtrar workers</translation>
    </message>
</context>
</TS>
