<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AiTaskDecomposer</name>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="122"/>
        <source>the task is empty</source>
        <translation>タスクが空です</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="126"/>
        <source>planning was cancelled</source>
        <translation>計画はキャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="130"/>
        <source>AI task decomposition failed: %1</source>
        <translation>AI によるタスク分解に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="132"/>
        <source>AI task decomposition failed, using the heuristic decomposer instead: %1</source>
        <translation>AI によるタスク分解に失敗したため、代わりにヒューリスティック分解を使います: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="140"/>
        <source>it needs the Claude CLI, and agent.kind is not claude</source>
        <translation>Claude CLI が必要ですが、agent.kind が claude ではありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="185"/>
        <source>Asking the agent for a plan (at most %n second(s))</source>
        <translation>
            <numerusform>エージェントに計画を問い合わせています (最大 %n 秒)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="204"/>
        <source>the agent %1 %2</source>
        <translation>エージェント %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="207"/>
        <source>the agent did not answer within %n second(s) (planning.timeout)</source>
        <translation>
            <numerusform>エージェントが %n 秒以内に応答しませんでした (planning.timeout)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="214"/>
        <source>the agent&apos;s answer is larger than %1 MiB</source>
        <translation>エージェントの応答が %1 MiB を超えています</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="219"/>
        <source>the agent gave no answer (%1)</source>
        <translation>エージェントから応答がありません (%1)</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="220"/>
        <source>the agent gave no answer (%1): %2</source>
        <translation>エージェントから応答がありません (%1): %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="226"/>
        <source>The agent planned %n subtask(s)</source>
        <translation>
            <numerusform>エージェントが %n 個のサブタスクを計画しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="294"/>
        <source>the agent&apos;s answer is not a JSON result: %1</source>
        <translation>エージェントの応答が JSON の結果ではありません: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="296"/>
        <source>the agent reported an error: %1</source>
        <translation>エージェントがエラーを報告しました: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="298"/>
        <source>the agent stopped early (%1): %2</source>
        <translation>エージェントが途中で停止しました (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="302"/>
        <source>the agent&apos;s answer has no structured plan (structured_output)</source>
        <translation>エージェントの応答に構造化された計画 (structured_output) がありません</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="303"/>
        <source>the agent&apos;s answer has no structured plan (structured_output); it said: %1</source>
        <translation>エージェントの応答に構造化された計画 (structured_output) がありません。応答内容: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="309"/>
        <source>the agent&apos;s plan is malformed: %1</source>
        <translation>エージェントの計画の形式が正しくありません: %1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="312"/>
        <source>the agent&apos;s plan is not valid: %1</source>
        <translation>エージェントの計画が無効です: %1</translation>
    </message>
</context>
<context>
    <name>AuthProbe</name>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="65"/>
        <source>cannot create a temporary folder for the call: %1</source>
        <translation>呼び出し用の一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="66"/>
        <source>make the temporary folder (TMPDIR) writable</source>
        <translation>一時フォルダー (TMPDIR) を書き込み可能にしてください</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="101"/>
        <source>the call did not end within %1 s</source>
        <translation>呼び出しが %1 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="102"/>
        <location filename="../core/doctor/AuthProbe.cpp" line="149"/>
        <source>check the network and ANTHROPIC_BASE_URL; --offline skips this check</source>
        <translation>ネットワークと ANTHROPIC_BASE_URL を確認してください。--offline でこの確認を省略できます</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="113"/>
        <source>the API answered in %1 s</source>
        <translation>API が %1 秒で応答しました</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="118"/>
        <source>the API answered in %1 s (%2)</source>
        <translation>API が %1 秒で応答しました (%2)</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="124"/>
        <source>set ANTHROPIC_API_KEY, or run `claude` once and log in with /login</source>
        <translation>ANTHROPIC_API_KEY を設定するか、`claude` を一度実行して /login でログインしてください</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="126"/>
        <source>the API refused the call: check ai.model (%1) and what the key may use</source>
        <translation>API が呼び出しを拒否しました: ai.model (%1) と、キーで使用できる範囲を確認してください</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="127"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="129"/>
        <source>run `%1 -p` by hand to see why it refuses; update it with `npm install -g @anthropic-ai/claude-code`</source>
        <translation>拒否される理由は `%1 -p` を手動で実行して確認してください。更新は `npm install -g @anthropic-ai/claude-code` で行えます</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="138"/>
        <source>the key works, but a usage limit is reached: runs wait until it resets</source>
        <translation>キーは有効ですが、使用量の上限に達しています: 上限がリセットされるまで実行は待機します</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="142"/>
        <source>the Anthropic API did not answer: check the network, the proxy settings and ANTHROPIC_BASE_URL</source>
        <translation>Anthropic API が応答しませんでした: ネットワーク、プロキシ設定、ANTHROPIC_BASE_URL を確認してください</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="148"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="156"/>
        <source>run `%1 -p` by hand to see why it fails</source>
        <translation>失敗する理由は `%1 -p` を手動で実行して確認してください</translation>
    </message>
</context>
<context>
    <name>ClaudeBinaryLocator</name>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="35"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="41"/>
        <source>it crashed</source>
        <translation>クラッシュしました</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="42"/>
        <source>it exited with code %1</source>
        <translation>コード %1 で終了しました</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="85"/>
        <source>agent.binary is &quot;%1&quot;, which is not a program in PATH</source>
        <translation>agent.binary は「%1」ですが、PATH 上のプログラムではありません</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="90"/>
        <source>agent.binary %1 does not exist</source>
        <translation>agent.binary %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="94"/>
        <source>agent.binary %1 is not an executable file</source>
        <translation>agent.binary %1 は実行可能ファイルではありません</translation>
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
        <translation>agent.nvm_path / NVM_PATH (未設定)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="126"/>
        <source>npm&apos;s global prefix (%1)</source>
        <translation>npm のグローバルプレフィックス (%1)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="128"/>
        <source>npm&apos;s global prefix (npm not found or no answer)</source>
        <translation>npm のグローバルプレフィックス (npm が見つからないか応答なし)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="138"/>
        <source>the Claude Code CLI (claude) was not found; looked in: %1. Install it with `%2`, or set agent.binary to its path</source>
        <translation>Claude Code CLI (claude) が見つかりません。検索した場所: %1。`%2` でインストールするか、agent.binary にそのパスを設定してください</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="154"/>
        <source>%1 --version printed nothing</source>
        <translation>%1 --version が何も出力しませんでした</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="155"/>
        <source>%1 --version failed: %2</source>
        <translation>%1 --version が失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ClaudeClassifier</name>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="60"/>
        <source>%1 (after 1 retry)</source>
        <translation>%1 (1 回再試行後)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="61"/>
        <source>%1 (after %2 retries)</source>
        <translation>%1 (%2 回再試行後)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="99"/>
        <source>not logged in: set ANTHROPIC_API_KEY or run claude /login</source>
        <translation>ログインしていません: ANTHROPIC_API_KEY を設定するか、claude /login を実行してください</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="102"/>
        <source>authentication failed (%1): check ANTHROPIC_API_KEY</source>
        <translation>認証に失敗しました (%1): ANTHROPIC_API_KEY を確認してください</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="113"/>
        <source>API error %1: %2</source>
        <translation>API エラー %1: %2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="118"/>
        <source>API error %1</source>
        <translation>API エラー %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="119"/>
        <source>usage limit</source>
        <translation>使用量の上限</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="120"/>
        <source>API connection error</source>
        <translation>API 接続エラー</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="201"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>%1 の状態で終了しました</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="222"/>
        <source>the Claude CLI refused to run: %1</source>
        <translation>Claude CLI が実行を拒否しました: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="224"/>
        <source>killed by %1 before reporting a result</source>
        <translation>結果を報告する前に %1 によって強制終了されました</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="225"/>
        <source>exited with code %1 without reporting a result</source>
        <translation>結果を報告せずにコード %1 で終了しました</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/agent/ClaudeClassifier.cpp" line="232"/>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="247"/>
        <source>succeeded in %n turn(s)</source>
        <translation>
            <numerusform>%n ターンで成功しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="237"/>
        <source>reached the maximum number of turns (%1 turns)</source>
        <translation>最大ターン数に達しました (%1 ターン)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="240"/>
        <source>reached the budget limit ($%1 spent)</source>
        <translation>予算の上限に達しました ($%1 使用)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="243"/>
        <source>aborted during execution</source>
        <translation>実行中に中断されました</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="249"/>
        <source>ended with %1</source>
        <translation>%1 で終了しました</translation>
    </message>
</context>
<context>
    <name>ClaudeDriver</name>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="48"/>
        <source>found the Claude Code CLI at %1, but it does not run: %2</source>
        <translation>Claude Code CLI が %1 に見つかりましたが、実行できません: %2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="57"/>
        <source>ai.temperature (%1) has no equivalent in the Claude CLI and is not used</source>
        <translation>ai.temperature (%1) に相当する設定は Claude CLI にないため、使用されません</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="59"/>
        <source>running as root: IS_SANDBOX=1 is set for the workers, which the CLI requires for %1</source>
        <translation>root として実行中: CLI が %1 に要求するため、ワーカーには IS_SANDBOX=1 を設定します</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="73"/>
        <source>the prompt is empty</source>
        <translation>プロンプトが空です</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="75"/>
        <source>the prompt has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>プロンプトは %1 文字ですが、Claude CLI が stdin で受け付けるのは最大 %2 (10 MiB) です</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="94"/>
        <source>the prompt with the results of the subtasks it depends on has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>依存するサブタスクの結果を含めたプロンプトは %1 文字ですが、Claude CLI が stdin で受け付けるのは最大 %2 (10 MiB) です</translation>
    </message>
</context>
<context>
    <name>CommandDriver</name>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="116"/>
        <source>agent.command is empty: set a command template, e.g. `aider --yes --message {prompt}`</source>
        <translation>agent.command が空です: `aider --yes --message {prompt}` のようなコマンドテンプレートを設定してください</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="118"/>
        <source>agent.command cannot be split into words: %1</source>
        <translation>agent.command を単語に分割できません: %1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="120"/>
        <source>agent.command names no program</source>
        <translation>agent.command にプログラムが指定されていません</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="130"/>
        <source>agent.command: the program %1 does not exist</source>
        <translation>agent.command: プログラム %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="132"/>
        <source>agent.command: the program %1 is not an executable file</source>
        <translation>agent.command: プログラム %1 は実行可能ファイルではありません</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="139"/>
        <source>agent.command: the program &quot;%1&quot; is not in PATH (%2)</source>
        <translation>agent.command: プログラム「%1」が PATH 上にありません (%2)</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="149"/>
        <source>the prompt contains a NUL character, which no argument can hold: use {prompt_file} in agent.command</source>
        <translation>プロンプトに NUL 文字が含まれており、引数では渡せません: agent.command で {prompt_file} を使ってください</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="152"/>
        <source>the prompt is %1 bytes, more than one argument can hold (128 KiB): use {prompt_file} in agent.command</source>
        <translation>プロンプトは %1 バイトあり、1 つの引数に収まる量 (128 KiB) を超えています: agent.command で {prompt_file} を使ってください</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="199"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="205"/>
        <source>killed by %1</source>
        <translation>%1 によって強制終了されました</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="208"/>
        <source>exited with code 0</source>
        <translation>コード 0 で終了しました</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="209"/>
        <source>exited with code %1</source>
        <translation>コード %1 で終了しました</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>%1 の状態で終了しました</translation>
    </message>
</context>
<context>
    <name>ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="50"/>
        <source>warning: </source>
        <translation>警告: </translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="37"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="39"/>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="41"/>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="43"/>
        <source>a single value</source>
        <translation>単一の値</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="113"/>
        <source>cannot read the configuration file: %1</source>
        <translation>設定ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>「%1」という名前のプロファイルはありません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="133"/>
        <source>no profile named &apos;%1&apos;; did you mean %2?</source>
        <translation>「%1」という名前のプロファイルはありません。%2 のことですか?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="138"/>
        <source>no schema_version: saved by an older version; missing keys take their defaults</source>
        <translation>schema_version がありません: 古いバージョンで保存されています。欠けているキーには既定値が使われます</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="148"/>
        <source>malformed YAML: %1</source>
        <translation>YAML の形式が正しくありません: %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="155"/>
        <source>expected a mapping of sections (orchestrator, ai, ...), got %1</source>
        <translation>セクション (orchestrator, ai, ...) のマッピングが必要ですが、%1 でした</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="167"/>
        <source>invalid value &apos;%1&apos; (allowed: a whole number from 1)</source>
        <translation>無効な値「%1」(使用可能: 1 以上の整数)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="171"/>
        <source>written by a newer version (schema %1, this one reads %2); keys it does not know are ignored</source>
        <translation>新しいバージョンで書かれています (スキーマ %1、このバージョンが読めるのは %2)。不明なキーは無視されます</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="181"/>
        <source>unknown section, ignored</source>
        <translation>不明なセクションです。無視します</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="182"/>
        <source>unknown section, ignored; did you mean %1?</source>
        <translation>不明なセクションです。無視します。%1 のことですか?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="196"/>
        <source>expected a mapping of keys, got %1</source>
        <translation>キーのマッピングが必要ですが、%1 でした</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="213"/>
        <source>unknown key, ignored</source>
        <translation>不明なキーです。無視します</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="214"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>不明なキーです。無視します。%1 のことですか?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="231"/>
        <source>expected a list of texts, got %1 in the list</source>
        <translation>テキストのリストが必要ですが、リスト内に %1 がありました</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="239"/>
        <source>expected a list of texts, got %1</source>
        <translation>テキストのリストが必要ですが、%1 でした</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="248"/>
        <source>missing value (allowed: %1)</source>
        <translation>値がありません (使用可能: %1)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="249"/>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが、%2 でした</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="301"/>
        <source>unknown variable %1, ignored</source>
        <translation>不明な変数 %1 です。無視します</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="302"/>
        <source>unknown variable %1, ignored; did you mean %2?</source>
        <translation>不明な変数 %1 です。無視します。%2 のことですか?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key; did you mean %1?</source>
        <translation>不明なキーです。%1 のことですか?</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="366"/>
        <source>must be set when agent.kind is command (a template such as &apos;python3 {prompt_file}&apos;)</source>
        <translation>agent.kind が command の場合は必須です (&apos;python3 {prompt_file}&apos; のようなテンプレート)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="371"/>
        <source>&apos;%1&apos; is not a variable name: list names only, never values</source>
        <translation>「%1」は変数名ではありません: 名前だけを列挙し、値は書かないでください</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="391"/>
        <source>cannot create &apos;%1&apos;: no existing parent folder</source>
        <translation>「%1」を作成できません: 既存の親フォルダーがありません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="393"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not a folder</source>
        <translation>「%1」を作成できません: 「%2」はフォルダーではありません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="397"/>
        <source>&apos;%1&apos; is not writable</source>
        <translation>「%1」は書き込みできません</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="399"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not writable</source>
        <translation>「%1」を作成できません: 「%2」は書き込みできません</translation>
    </message>
</context>
<context>
    <name>ConfigOrigin</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="9"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default, from %1</source>
        <translation>既定値 (%1 から)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="16"/>
        <source>environment %1</source>
        <translation>環境 %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="18"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="41"/>
        <source>option %1</source>
        <translation>オプション %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="28"/>
        <source>built-in default</source>
        <translation>組み込みの既定値</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="39"/>
        <source>environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="190"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="192"/>
        <source>a number from %1 to %2</source>
        <translation>%1 から %2 までの数値</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="194"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="196"/>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>any text</source>
        <translation>任意のテキスト</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>a non-empty text</source>
        <translation>空でないテキスト</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a non-empty path</source>
        <translation>空でないパス</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="202"/>
        <source>a list of texts</source>
        <translation>テキストのリスト</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="212"/>
        <source>invalid value &apos;%1&apos; (allowed: %2)</source>
        <translation>無効な値「%1」(使用可能: %2)</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="259"/>
        <source>invalid value &apos;%1&apos;: %2</source>
        <translation>無効な値「%1」: %2</translation>
    </message>
</context>
<context>
    <name>DockerEngine</name>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="71"/>
        <source>docker is not installed (no docker on PATH)</source>
        <translation>docker がインストールされていません (PATH 上に docker がありません)</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="82"/>
        <source>cannot run docker: %1</source>
        <translation>docker を実行できません: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="88"/>
        <source>docker %1 did not finish within %2 s</source>
        <translation>docker %1 が %2 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="104"/>
        <source>docker mode needs the docker client: install docker (Debian: apt-get install docker.io)</source>
        <translation>docker モードには docker クライアントが必要です: docker をインストールしてください (Debian: apt-get install docker.io)</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="110"/>
        <source>the docker daemon does not answer (%1); start it (systemctl start docker, or dockerd) and check that this user may use it</source>
        <translation>docker デーモンが応答しません (%1)。デーモンを起動し (systemctl start docker または dockerd)、このユーザーが使用できることを確認してください</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="112"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="153"/>
        <source>Container %1 is still there after docker rm: %2</source>
        <translation>docker rm の後もコンテナー %1 が残っています: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/DockerEngine.cpp" line="179"/>
        <source>Removed %n container(s) left by orchestrators that are gone: %1</source>
        <translation>
            <numerusform>終了したオーケストレーターが残したコンテナーを %n 個削除しました: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockerIsolation</name>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="73"/>
        <source>the docker image %1 does not exist; build it with: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>docker イメージ %1 が存在しません。次のコマンドでビルドしてください: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="105"/>
        <source>Cannot hand the folder of worker %1 to the container&apos;s user: %2</source>
        <translation>ワーカー %1 のフォルダーをコンテナーのユーザーに渡せません: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="106"/>
        <source>Cannot take the folder of worker %1 back from the container&apos;s user: %2</source>
        <translation>ワーカー %1 のフォルダーをコンテナーのユーザーから取り戻せません: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="211"/>
        <source>The variable %1 is not passed to the container: its name or value cannot be handed over safely</source>
        <translation>変数 %1 はコンテナーに渡されません: その名前または値を安全に渡せません</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="257"/>
        <source>Removed the container %1</source>
        <translation>コンテナー %1 を削除しました</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="58"/>
        <source>no part of %1 exists</source>
        <translation>%1 はどの部分も存在しません</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="62"/>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="66"/>
        <source>cannot create a file in %1: %2</source>
        <translation>%1 にファイルを作成できません: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="145"/>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="152"/>
        <source>correct the value(s) named above; --print-config shows where each value comes from</source>
        <translation>上に示した値を修正してください。各値の出所は --print-config で確認できます</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="158"/>
        <source>a run goes ahead anyway; correct the value(s) named above to silence this</source>
        <translation>実行はこのまま進みます。この警告を消すには上に示した値を修正してください</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="161"/>
        <source>defaults, environment and options (no configuration file)</source>
        <translation>既定値、環境、オプション (設定ファイルなし)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="168"/>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="173"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 は書き込みできません: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="174"/>
        <source>choose a folder you may write to with --workspace PATH (paths.workspace, or paths.logs and paths.output when those are set apart)</source>
        <translation>--workspace PATH で書き込み可能なフォルダーを選んでください (paths.workspace、または別々に設定している場合は paths.logs と paths.output)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="179"/>
        <source>%1 (writable)</source>
        <translation>%1 (書き込み可能)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="180"/>
        <source>%1 (writable; created by the first run)</source>
        <translation>%1 (書き込み可能。最初の実行で作成されます)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="186"/>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="187"/>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="196"/>
        <source>command %1</source>
        <translation>コマンド %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="198"/>
        <source>set agent.command to a template whose program is installed (--command TEMPLATE)</source>
        <translation>agent.command に、プログラムがインストール済みのテンプレートを設定してください (--command TEMPLATE)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="200"/>
        <source>not checked for agent.kind command</source>
        <translation>agent.kind が command の場合は確認しません</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="209"/>
        <source>install it with `npm install -g @anthropic-ai/claude-code`, or set agent.binary to its path</source>
        <translation>`npm install -g @anthropic-ai/claude-code` でインストールするか、agent.binary にそのパスを設定してください</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="210"/>
        <location filename="../core/doctor/Doctor.cpp" line="223"/>
        <source>needs the agent</source>
        <translation>エージェントが必要です</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="220"/>
        <source>found %1, but it does not run: %2</source>
        <translation>%1 が見つかりましたが、実行できません: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="221"/>
        <source>reinstall it with `npm install -g @anthropic-ai/claude-code`, or point agent.binary at one that runs</source>
        <translation>`npm install -g @anthropic-ai/claude-code` で再インストールするか、agent.binary を動作するものに向けてください</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="226"/>
        <source>claude %1 at %2</source>
        <translation>claude %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="229"/>
        <source>skipped (--offline)</source>
        <translation>スキップ (--offline)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="245"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="246"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="247"/>
        <source>Worktree base</source>
        <translation>ワークツリーのベース</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>no git on PATH</source>
        <translation>PATH 上に git がありません</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>install git (Debian: apt-get install git)</source>
        <translation>git をインストールしてください (Debian: apt-get install git)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="251"/>
        <location filename="../core/doctor/Doctor.cpp" line="252"/>
        <location filename="../core/doctor/Doctor.cpp" line="260"/>
        <location filename="../core/doctor/Doctor.cpp" line="261"/>
        <source>needs git</source>
        <translation>git が必要です</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="258"/>
        <source>%1 does not run: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="259"/>
        <source>reinstall git (Debian: apt-get install --reinstall git)</source>
        <translation>git を再インストールしてください (Debian: apt-get install --reinstall git)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="264"/>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="271"/>
        <source>run from inside a git repository that has a commit, or set worktree.repository to one</source>
        <translation>コミットのある git リポジトリの中から実行するか、worktree.repository にリポジトリを設定してください</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="272"/>
        <source>needs the repository</source>
        <translation>リポジトリが必要です</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="280"/>
        <source>worktree.base %1 is not a commit of %2</source>
        <translation>worktree.base %1 は %2 のコミットではありません</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="281"/>
        <source>set worktree.base to a branch, tag or commit of the repository (git branch --all lists them)</source>
        <translation>worktree.base にリポジトリのブランチ、タグ、コミットのいずれかを設定してください (一覧は git branch --all で表示できます)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="284"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="291"/>
        <source>Docker client</source>
        <translation>Docker クライアント</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="292"/>
        <source>Docker daemon</source>
        <translation>Docker デーモン</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="293"/>
        <source>Worker image</source>
        <translation>ワーカーイメージ</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>no docker on PATH</source>
        <translation>PATH 上に docker がありません</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>install docker (Debian: apt-get install docker.io)</source>
        <translation>docker をインストールしてください (Debian: apt-get install docker.io)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="298"/>
        <location filename="../core/doctor/Doctor.cpp" line="299"/>
        <source>needs the docker client</source>
        <translation>docker クライアントが必要です</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="309"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="310"/>
        <source>the docker daemon does not answer: %1</source>
        <translation>docker デーモンが応答しません: %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="311"/>
        <source>start it (systemctl start docker, or dockerd) and check that this user may use it (docker info)</source>
        <translation>デーモンを起動し (systemctl start docker または dockerd)、このユーザーが使用できることを確認してください (docker info)</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="313"/>
        <source>start the daemon DOCKER_HOST names (%1), or unset DOCKER_HOST to use the local one</source>
        <translation>DOCKER_HOST が指すデーモン (%1) を起動するか、ローカルのデーモンを使うには DOCKER_HOST を解除してください</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="315"/>
        <source>needs the docker daemon</source>
        <translation>docker デーモンが必要です</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="318"/>
        <source>docker engine %1</source>
        <translation>docker engine %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="322"/>
        <source>the image %1 does not exist</source>
        <translation>イメージ %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="323"/>
        <source>build it: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>ビルドしてください: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="38"/>
        <source>expected NAME=value</source>
        <translation>NAME=value の形式が必要です</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="43"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>「%1」は有効な変数名ではありません</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="73"/>
        <source>unterminated quoted value</source>
        <translation>引用符で囲まれた値が閉じていません</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="78"/>
        <source>unexpected text after the closing quote</source>
        <translation>閉じ引用符の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="117"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="27"/>
        <source>git is not installed (no git on PATH)</source>
        <translation>git がインストールされていません (PATH 上に git がありません)</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="45"/>
        <source>cannot run git: %1</source>
        <translation>git を実行できません: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="51"/>
        <source>git %1 did not finish within %2 s</source>
        <translation>git %1 が %2 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="63"/>
        <source>git %1 crashed</source>
        <translation>git %1 がクラッシュしました</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="96"/>
        <source>worktree mode needs git, and git is not installed (no git on PATH)</source>
        <translation>worktree モードには git が必要ですが、git がインストールされていません (PATH 上に git がありません)</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="98"/>
        <source>the repository folder %1 does not exist</source>
        <translation>リポジトリのフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="102"/>
        <source>%1 is not in a git repository (set worktree.repository): %2</source>
        <translation>%1 は git リポジトリ内にありません (worktree.repository を設定してください): %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="104"/>
        <source>%1 is a bare git repository; worktree mode needs one with a working tree</source>
        <translation>%1 はベアリポジトリです。worktree モードには作業ツリーのあるリポジトリが必要です</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="108"/>
        <source>%1 is not inside the working tree of a git repository: %2</source>
        <translation>%1 は git リポジトリの作業ツリー内にありません: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="114"/>
        <source>the git repository %1 has no commit yet; commit something first</source>
        <translation>git リポジトリ %1 にはまだコミットがありません。先に何かコミットしてください</translation>
    </message>
</context>
<context>
    <name>HeuristicDecomposer</name>
    <message>
        <location filename="../core/planning/HeuristicDecomposer.cpp" line="214"/>
        <source>The task is empty: there is nothing to plan.</source>
        <translation>タスクが空です: 計画するものがありません。</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../ui/settings/LanguageSettings.cpp" line="63"/>
        <source>System default</source>
        <translation>システムの既定値</translation>
    </message>
</context>
<context>
    <name>MonitorFormatter</name>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="41"/>
        <source>=== Task Execution Monitor ===</source>
        <translation>=== タスク実行モニター ===</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="42"/>
        <source>Time: %1 | Workers: %2/%3 active</source>
        <translation>時刻: %1 | ワーカー: %2/%3 稼働中</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="43"/>
        <source>Progress: [%1] %2% (%3/%4 completed)</source>
        <translation>進捗: [%1] %2% (%3/%4 完了)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="53"/>
        <source>✓ Completed (%1)</source>
        <translation>✓ 完了 (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="56"/>
        <source>⚙ In Progress (%1)</source>
        <translation>⚙ 実行中 (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="58"/>
        <source>, attempt %1</source>
        <translation>、試行 %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="60"/>
        <source> | CPU %1% | %2</source>
        <translation> | CPU %1% | %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="63"/>
        <source>✗ Failed (%1)</source>
        <translation>✗ 失敗 (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="66"/>
        <source>✗ Timed out (%1)</source>
        <translation>✗ タイムアウト (%1)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="69"/>
        <source>✗ Cancelled</source>
        <translation>✗ キャンセル</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="72"/>
        <source>- Skipped</source>
        <translation>- スキップ</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Waiting to retry</source>
        <translation>⏳ 再試行待ち</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Queued</source>
        <translation>⏳ 待機中</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="78"/>
        <source>Worker %1: %2</source>
        <translation>ワーカー %1: %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="81"/>
        <source>Resources:</source>
        <translation>リソース:</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="82"/>
        <source>  CPU: %1%</source>
        <translation>  CPU: %1%</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="83"/>
        <source>  Memory: %1 / %2</source>
        <translation>  メモリ: %1 / %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="85"/>
        <source>  Cost: $%1</source>
        <translation>  コスト: $%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="87"/>
        <source>Paused: %1</source>
        <translation>一時停止: %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="89"/>
        <source>Resuming in %1</source>
        <translation>%1 後に再開</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="92"/>
        <source>Not starting more workers, %1</source>
        <translation>これ以上ワーカーを開始しません。%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: ~%1</source>
        <translation>残り時間: 約 %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: estimating...</source>
        <translation>残り時間: 推定中...</translation>
    </message>
</context>
<context>
    <name>OutputCollector</name>
    <message>
        <location filename="../core/run/OutputCollector.cpp" line="26"/>
        <source>cannot create the output folder %1</source>
        <translation>出力フォルダー %1 を作成できません</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/OutputCollector.cpp" line="58"/>
        <source>%n file(s) too large to copy into %1 were left in the worker folders</source>
        <translation>
            <numerusform>%1 にコピーするには大きすぎるファイル %n 個がワーカーフォルダーに残されました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../core/planning/Plan.cpp" line="77"/>
        <source>The plan has no subtasks.</source>
        <translation>計画にサブタスクがありません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="81"/>
        <source>The plan has %1 subtasks, more than the limit of %2.</source>
        <translation>計画のサブタスクは %1 個で、上限の %2 を超えています。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="88"/>
        <source>Subtask #%1 has no id.</source>
        <translation>サブタスク #%1 に id がありません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="91"/>
        <source>Subtask &quot;%1&quot; appears more than once (at #%2 and #%3).</source>
        <translation>サブタスク「%1」が複数回出現します (#%2 と #%3)。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="101"/>
        <source>Subtask %1 has an empty prompt.</source>
        <translation>サブタスク %1 のプロンプトが空です。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="112"/>
        <source>Subtask %1 depends on itself.</source>
        <translation>サブタスク %1 が自分自身に依存しています。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="115"/>
        <source>Subtask %1 depends on unknown subtask &quot;%2&quot;.</source>
        <translation>サブタスク %1 が不明なサブタスク「%2」に依存しています。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="156"/>
        <source>Subtasks depend on each other in a cycle: %1.</source>
        <translation>サブタスクの依存関係が循環しています: %1。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="195"/>
        <source>A plan must be a JSON object.</source>
        <translation>計画は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="200"/>
        <source>The plan&apos;s &quot;task&quot; must be a string.</source>
        <translation>計画の &quot;task&quot; は文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="205"/>
        <source>The plan has no &quot;subtasks&quot; list.</source>
        <translation>計画に &quot;subtasks&quot; リストがありません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="207"/>
        <source>The plan&apos;s &quot;subtasks&quot; must be a list.</source>
        <translation>計画の &quot;subtasks&quot; はリストでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="213"/>
        <source>Subtask #%1 must be a JSON object.</source>
        <translation>サブタスク #%1 は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="218"/>
        <source>Subtask #%1 has no &quot;id&quot;.</source>
        <translation>サブタスク #%1 に &quot;id&quot; がありません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="221"/>
        <source>Subtask #%1: &quot;id&quot; must be a string or a whole number.</source>
        <translation>サブタスク #%1: &quot;id&quot; は文字列か整数でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="227"/>
        <source>Subtask %1 has no &quot;prompt&quot;.</source>
        <translation>サブタスク %1 に &quot;prompt&quot; がありません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="229"/>
        <source>Subtask %1: &quot;prompt&quot; must be a string.</source>
        <translation>サブタスク %1: &quot;prompt&quot; は文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="235"/>
        <source>Subtask %1: &quot;title&quot; must be a string.</source>
        <translation>サブタスク %1: &quot;title&quot; は文字列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="243"/>
        <source>Subtask %1: &quot;depends_on&quot; must be a list of ids.</source>
        <translation>サブタスク %1: &quot;depends_on&quot; は id のリストでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="247"/>
        <source>Subtask %1: &quot;depends_on&quot; must hold only ids (strings or whole numbers).</source>
        <translation>サブタスク %1: &quot;depends_on&quot; には id (文字列または整数) だけを含めてください。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="53"/>
        <source>a profile name cannot be empty</source>
        <translation>プロファイル名は空にできません</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="55"/>
        <source>a profile name has at most %1 characters</source>
        <translation>プロファイル名は最大 %1 文字です</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="57"/>
        <source>a profile name cannot start with a dot</source>
        <translation>プロファイル名をドットで始めることはできません</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="59"/>
        <source>a profile name cannot start or end with a space</source>
        <translation>プロファイル名を空白で始めたり終えたりすることはできません</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="61"/>
        <source>a profile name cannot contain / or \</source>
        <translation>プロファイル名に / や \ は使えません</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="63"/>
        <source>a profile name cannot contain control characters</source>
        <translation>プロファイル名に制御文字は使えません</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="98"/>
        <source>profile not saved: %1 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>プロファイルは保存されませんでした: %1 に API キーらしきものが含まれています。秘密情報は環境変数で渡してください</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="117"/>
        <location filename="../core/config/ProfileStore.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>「%1」という名前のプロファイルはありません</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="121"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation>「%1」という名前のプロファイルは既に存在します</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="123"/>
        <source>cannot rename profile &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>プロファイル「%1」の名前を「%2」に変更できません</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="138"/>
        <source>cannot delete profile &apos;%1&apos;: %2</source>
        <translation>プロファイル「%1」を削除できません: %2</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="11"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="14"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="15"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="21"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="28"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="29"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="30"/>
        <location filename="../ui/results/ResultText.cpp" line="43"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="31"/>
        <location filename="../ui/results/ResultText.cpp" line="45"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="32"/>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="33"/>
        <location filename="../ui/results/ResultText.cpp" line="46"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="34"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="44"/>
        <source>Partly succeeded</source>
        <translation>一部成功</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="55"/>
        <source>Fast-forward</source>
        <translation>早送り (fast-forward)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="56"/>
        <source>Merge commit</source>
        <translation>マージコミット</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="57"/>
        <source>Already merged</source>
        <translation>マージ済み</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict: %1</source>
        <translation>競合: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1 in the way</source>
        <translation>拒否: %1 が妨げになっています</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="61"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <location filename="../ui/results/ReviewWork.cpp" line="31"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>マージ先のブランチ %1 は %2 に存在しません</translation>
    </message>
</context>
<context>
    <name>RunJanitor</name>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="105"/>
        <location filename="../core/run/RunJanitor.cpp" line="154"/>
        <source>cannot clean up the worktrees of run %1: %2</source>
        <translation>実行 %1 のワークツリーを片付けられません: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="127"/>
        <source>no run %1 in %2</source>
        <translation>%2 に実行 %1 はありません</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="129"/>
        <source>run %1 is still running; stop it before cleaning it up</source>
        <translation>実行 %1 はまだ実行中です。片付ける前に停止してください</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="149"/>
        <source>Kept branch %1 of run %2: it is not merged</source>
        <translation>実行 %2 のブランチ %1 を残しました: マージされていません</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/RunJanitor.cpp" line="214"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>実行 %1 の残っていたプロセス %n 個を停止しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="231"/>
        <source>cannot remove the container %1 of run %2</source>
        <translation>実行 %2 のコンテナー %1 を削除できません</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="235"/>
        <source>Removed container %1 of run %2</source>
        <translation>実行 %2 のコンテナー %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="311"/>
        <source>git add failed in %1: %2</source>
        <translation>%1 で git add に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="319"/>
        <source>git diff failed in %1: %2</source>
        <translation>%1 で git diff に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="346"/>
        <source>git commit failed in %1: %2</source>
        <translation>%1 で git commit に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="349"/>
        <source>Committed what run %1 left in %2 on branch %3</source>
        <translation>実行 %1 が %2 に残した内容をブランチ %3 にコミットしました</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="363"/>
        <source>cannot remove the worktree %1: %2</source>
        <translation>ワークツリー %1 を削除できません: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="367"/>
        <source>Removed worktree %1 of run %2</source>
        <translation>実行 %2 のワークツリー %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="376"/>
        <source>cannot delete the branch %1: %2</source>
        <translation>ブランチ %1 を削除できません: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="380"/>
        <source>Deleted branch %1 of run %2</source>
        <translation>実行 %2 のブランチ %1 を削除しました</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="409"/>
        <source>git worktree prune failed: %1</source>
        <translation>git worktree prune に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="414"/>
        <source>Pruned stale git worktree entries: %1</source>
        <translation>古い git ワークツリーのエントリを整理しました: %1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/run/RunStore.cpp" line="42"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="113"/>
        <source>run %1 is being run by another process</source>
        <translation>実行 %1 は別のプロセスが実行しています</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="122"/>
        <source>cannot open the journal %1: %2</source>
        <translation>ジャーナル %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="134"/>
        <source>cannot create the run folder %1</source>
        <translation>実行フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="146"/>
        <source>no run %1 in %2</source>
        <translation>%2 に実行 %1 はありません</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="188"/>
        <source>no readable plan for run %1 (%2)</source>
        <translation>実行 %1 の読み込み可能な計画がありません (%2)</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../core/util/ShellWords.cpp" line="54"/>
        <source>unterminated %1 quote</source>
        <translation>%1 の引用符が閉じていません</translation>
    </message>
</context>
<context>
    <name>SingleTaskDecomposer</name>
    <message>
        <location filename="../core/planning/SingleTaskDecomposer.h" line="19"/>
        <source>the task is empty</source>
        <translation>タスクが空です</translation>
    </message>
</context>
<context>
    <name>SubprocessIsolation</name>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="24"/>
        <source>cannot create the workspace %1</source>
        <translation>ワークスペース %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="30"/>
        <source>the workspace %1 is not writable: %2</source>
        <translation>ワークスペース %1 は書き込みできません: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="41"/>
        <source>cannot create the worker folder %1</source>
        <translation>ワーカーフォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>ToolSummary</name>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="144"/>
        <source>(image)</source>
        <translation>(画像)</translation>
    </message>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="157"/>
        <source>(no output)</source>
        <translation>(出力なし)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="28"/>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="37"/>
        <source>the workspace %1 is in use by run %2 of another orchestrator (process %3), whose workers use the same folders; wait for it to end, or give this run another workspace</source>
        <translation>ワークスペース %1 は別のオーケストレーター (プロセス %3) の実行 %2 が使用中で、そのワーカーが同じフォルダーを使います。終了を待つか、この実行に別のワークスペースを指定してください</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="39"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
</context>
<context>
    <name>WorktreeIsolation</name>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="52"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author は &apos;%1&apos; ではなく &apos;Name &lt;email&gt;&apos; の形式にしてください</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="64"/>
        <source>worktree.base %1 is not a commit of the repository %2</source>
        <translation>worktree.base %1 はリポジトリ %2 のコミットではありません</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="71"/>
        <source>cannot create the workspace %1</source>
        <translation>ワークスペース %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="93"/>
        <source>Cannot write %1: the workspace will show as untracked in git status</source>
        <translation>%1 に書き込めません: ワークスペースが git status で未追跡として表示されます</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="101"/>
        <source>start of run %1</source>
        <translation>実行 %1 の開始</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="111"/>
        <source>git worktree prune failed: %1</source>
        <translation>git worktree prune に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="114"/>
        <source>Pruned stale git worktree entries (%1): %2</source>
        <translation>古い git ワークツリーのエントリを整理しました (%1): %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="171"/>
        <source>Unlocked the stale worktree entry of %1 (its folder is gone)</source>
        <translation>%1 の古いワークツリーエントリのロックを解除しました (フォルダーは既にありません)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="177"/>
        <source>stale worktree of worker %1</source>
        <translation>ワーカー %1 の古いワークツリー</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="184"/>
        <source>Worker %1 continues in its existing worktree %2</source>
        <translation>ワーカー %1 は既存のワークツリー %2 で作業を続けます</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="194"/>
        <source>Worker %1: %2 already exists (left by an earlier run?); using %3</source>
        <translation>ワーカー %1: %2 は既に存在します (以前の実行の残り?)。%3 を使います</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="210"/>
        <source>Worker %1 continues on its existing branch %2</source>
        <translation>ワーカー %1 は既存のブランチ %2 で作業を続けます</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="215"/>
        <source>Worker %1: branch %2 is already checked out elsewhere; using %3</source>
        <translation>ワーカー %1: ブランチ %2 は既に別の場所でチェックアウトされています。%3 を使います</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="229"/>
        <source>cannot create the git worktree %1 on branch %2: %3</source>
        <translation>ブランチ %2 に git ワークツリー %1 を作成できません: %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="234"/>
        <source>Worker %1 works in the git worktree %2 on branch %3</source>
        <translation>ワーカー %1 は git ワークツリー %2 (ブランチ %3) で作業します</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="278"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="353"/>
        <source>worker %1 has no git worktree</source>
        <translation>ワーカー %1 には git ワークツリーがありません</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="281"/>
        <source>the worktree %1 of worker %2 is gone</source>
        <translation>ワーカー %2 のワークツリー %1 がなくなっています</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="291"/>
        <source>git add failed in %1: %2</source>
        <translation>%1 で git add に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="301"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="387"/>
        <source>Worker %1</source>
        <translation>ワーカー %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="310"/>
        <source>git commit failed in %1: %2</source>
        <translation>%1 で git commit に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="312"/>
        <source>git diff failed in %1: %2</source>
        <translation>%1 で git diff に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="325"/>
        <source>branch %1 has no commit</source>
        <translation>ブランチ %1 にコミットがありません</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="333"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="361"/>
        <source>git diff failed: %1</source>
        <translation>git diff に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="379"/>
        <source>Cannot clean up the worktree of worker %1: %2</source>
        <translation>ワーカー %1 のワークツリーを片付けられません: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="409"/>
        <source>Worker %1 committed on %2: %n file(s) changed</source>
        <translation>
            <numerusform>ワーカー %1 が %2 にコミットしました: %n 個のファイルを変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorktreeMerger</name>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="118"/>
        <source>HEAD of %1 is detached: name the branch to merge into (worktree.merge_target)</source>
        <translation>%1 の HEAD がデタッチされています: マージ先のブランチを指定してください (worktree.merge_target)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="138"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="167"/>
        <source>git diff failed: %1</source>
        <translation>git diff に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="154"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="158"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="196"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="208"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="405"/>
        <source>%1 is neither a branch nor a commit of %2</source>
        <translation>%1 は %2 のブランチでもコミットでもありません</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="230"/>
        <source>git worktree list failed: %1</source>
        <translation>git worktree list に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="277"/>
        <source>%1 is being rebased in %2: finish or abort the rebase, then merge again</source>
        <translation>%1 は %2 でリベース中です: リベースを完了または中止してから、もう一度マージしてください</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="286"/>
        <source>%1 is checked out in more than one worktree (%2): check it out in one only, then merge again</source>
        <translation>%1 は複数のワークツリーでチェックアウトされています (%2): 1 つだけでチェックアウトしてから、もう一度マージしてください</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="293"/>
        <source>a merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="294"/>
        <source>a cherry-pick</source>
        <translation>チェリーピック</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="295"/>
        <source>a revert</source>
        <translation>リバート</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="296"/>
        <source>a rebase</source>
        <translation>リベース</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="297"/>
        <source>a rebase or git am</source>
        <translation>リベースまたは git am</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="301"/>
        <source>%1 is in progress in %2: finish or abort it, then merge again</source>
        <translation>%2 で%1が進行中です: 完了または中止してから、もう一度マージしてください</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="327"/>
        <source>cannot read the state of %1: %2</source>
        <translation>%1 の状態を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="337"/>
        <source>%1 has unresolved conflicts: resolve them, then merge again</source>
        <translation>%1 に未解決の競合があります: 解決してから、もう一度マージしてください</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="354"/>
        <source>%1 is checked out in %2 with local changes to %n file(s) the merge changes (%3): commit or stash them, then merge again; nothing was changed</source>
        <translation>
            <numerusform>%1 は %2 でチェックアウトされており、マージで変更される %n 個のファイルにローカルの変更があります (%3): コミットまたはスタッシュしてから、もう一度マージしてください。何も変更していません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="370"/>
        <source>cannot update the checkout %1: %2; nothing was changed</source>
        <translation>チェックアウト %1 を更新できません: %2。何も変更していません</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="400"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>マージ先のブランチ %1 は %2 に存在しません</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="409"/>
        <source>git merge-base failed for %1 and %2</source>
        <translation>%1 と %2 の git merge-base に失敗しました</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="411"/>
        <source>%1 already contains %2: nothing to merge</source>
        <translation>%1 には既に %2 が含まれています: マージするものはありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="426"/>
        <source>%1 conflicts with %2 in %n file(s) (%3); %2 was left as it was</source>
        <translation>
            <numerusform>%1 は %2 と %n 個のファイルで競合しています (%3)。%2 は変更していません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="431"/>
        <source>git merge-tree failed: %1</source>
        <translation>git merge-tree に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="435"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author は &apos;%1&apos; ではなく &apos;Name &lt;email&gt;&apos; の形式にしてください</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="445"/>
        <source>git commit-tree failed: %1</source>
        <translation>git commit-tree に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="477"/>
        <source>%1 changed while merging, so it was left alone: %2</source>
        <translation>%1 はマージ中に変更されたため、そのままにしました: %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="481"/>
        <source>fast-forwarded %1 to %2</source>
        <translation>%1 を %2 まで早送り (fast-forward) しました</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="482"/>
        <source>merged into %1 with the merge commit %2</source>
        <translation>マージコミット %2 で %1 にマージしました</translation>
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
        <translation>デスクトップアプリケーションです。コマンドライン版は `orchestrator` です。</translation>
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
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="42"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="48"/>
        <source>Using Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 を使用 (Qt %2 でビルド)</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="54"/>
        <source>Splits one large task into subtasks and runs each of them as an AI coding agent, in parallel, each in its own folder, git worktree or container. Watch the workers live, cancel or retry them, and browse the logs and results of every run.</source>
        <translation>大きなタスクをサブタスクに分割し、それぞれを AI コーディングエージェントとして、専用のフォルダー、git ワークツリー、またはコンテナーで並列に実行します。ワーカーの様子をリアルタイムで確認し、キャンセルや再試行を行い、すべての実行のログと結果を閲覧できます。</translation>
    </message>
</context>
<context>
    <name>orch::AgentStatusIndicator</name>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="117"/>
        <source>Checking the agent...</source>
        <translation>エージェントを確認しています...</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="118"/>
        <source>Looking for the agent and what the chosen mode needs</source>
        <translation>エージェントと、選択したモードに必要なものを探しています</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="124"/>
        <source>Agent: unknown</source>
        <translation>エージェント: 不明</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="126"/>
        <source>Agent not found</source>
        <translation>エージェントが見つかりません</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="140"/>
        <source>%1 (not ready for %2)</source>
        <translation>%1 (%2 の準備ができていません)</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="145"/>
        <source>Mode %1</source>
        <translation>モード %1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="153"/>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="156"/>
        <source>Click to check again.</source>
        <translation>クリックすると再確認します。</translation>
    </message>
</context>
<context>
    <name>orch::Config</name>
    <message>
        <location filename="../core/config/Config.cpp" line="63"/>
        <source>cannot create folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/config/Config.cpp" line="69"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>orch::ConfigField</name>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="37"/>
        <source>Max workers</source>
        <translation>最大ワーカー数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="38"/>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="39"/>
        <location filename="../ui/settings/ConfigField.cpp" line="79"/>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="39"/>
        <location filename="../ui/settings/ConfigField.cpp" line="41"/>
        <location filename="../ui/settings/ConfigField.cpp" line="43"/>
        <location filename="../ui/settings/ConfigField.cpp" line="48"/>
        <location filename="../ui/settings/ConfigField.cpp" line="79"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="40"/>
        <source>Inactivity timeout</source>
        <translation>無活動タイムアウト</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="41"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="42"/>
        <source>Max retries</source>
        <translation>最大再試行回数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="43"/>
        <source>Retry delay</source>
        <translation>再試行の間隔</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="44"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="45"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="46"/>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="47"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="48"/>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="49"/>
        <source>Log level</source>
        <translation>ログレベル</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="50"/>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="51"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="52"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="53"/>
        <source>Max memory per worker</source>
        <translation>ワーカーあたりの最大メモリ</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="54"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source>Max CPU percent</source>
        <translation>最大 CPU 使用率</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="56"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="57"/>
        <source>Binary</source>
        <translation>実行ファイル</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="58"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="59"/>
        <source>Permission mode</source>
        <translation>権限モード</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="60"/>
        <source>Max turns</source>
        <translation>最大ターン数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="61"/>
        <source>agent default</source>
        <translation>エージェントの既定値</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="62"/>
        <location filename="../ui/settings/ConfigField.cpp" line="68"/>
        <source>Extra arguments</source>
        <translation>追加の引数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="63"/>
        <source>Pass environment variables</source>
        <translation>引き渡す環境変数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="64"/>
        <source>WSL distribution</source>
        <translation>WSL ディストリビューション</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="65"/>
        <source>NVM path</source>
        <translation>NVM パス</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="66"/>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="67"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="69"/>
        <source>Worktree</source>
        <translation>ワークツリー</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="70"/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="71"/>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="72"/>
        <source>Branch prefix</source>
        <translation>ブランチ名の接頭辞</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="73"/>
        <source>Cleanup</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="74"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="75"/>
        <source>Merge target</source>
        <translation>マージ先</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="76"/>
        <source>Decomposer</source>
        <translation>分解方式</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="77"/>
        <source>Max subtasks</source>
        <translation>最大サブタスク数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="78"/>
        <source>Strict</source>
        <translation>厳格</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="120"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="186"/>
        <source>words separated by spaces; quote a word that has spaces</source>
        <translation>空白で区切った単語。空白を含む単語は引用符で囲んでください</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="196"/>
        <source>found automatically when empty</source>
        <translation>空の場合は自動的に検出します</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="316"/>
        <source>Key: %1</source>
        <translation>キー: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="320"/>
        <source>Environment variable: %1</source>
        <translation>環境変数: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="321"/>
        <source>Allowed: %1</source>
        <translation>使用可能: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>Default: %1</source>
        <translation>既定値: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>orch::DiffView</name>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="17"/>
        <source>No changes</source>
        <translation>変更はありません</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="35"/>
        <source>[Diff truncated: showing %1 of %2; the rest is in the branch]</source>
        <translation>[差分は切り詰められています: %2 のうち %1 を表示。残りはブランチにあります]</translation>
    </message>
</context>
<context>
    <name>orch::JsonlSink</name>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="67"/>
        <source>Cannot create the log folder %1</source>
        <translation>ログフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="77"/>
        <source>Cannot create the log file %1: %2</source>
        <translation>ログファイル %1 を作成できません: %2</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="81"/>
        <source>Cannot find a free log file name in %1</source>
        <translation>%1 に空いているログファイル名が見つかりません</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="147"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>ログファイル %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>orch::Log</name>
    <message>
        <location filename="../core/logging/Log.cpp" line="108"/>
        <source>Cannot open the console log file %1</source>
        <translation>コンソールログファイル %1 を開けません</translation>
    </message>
</context>
<context>
    <name>orch::LogBrowser</name>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="58"/>
        <location filename="../ui/logs/LogBrowser.cpp" line="230"/>
        <source>Open Log File</source>
        <translation>ログファイルを開く</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="59"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="91"/>
        <source>Levels</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="98"/>
        <source>Search messages</source>
        <translation>メッセージを検索</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="100"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="102"/>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="104"/>
        <source>Open Log File...</source>
        <translation>ログファイルを開く...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="238"/>
        <source>Looking for the log of run %1...</source>
        <translation>実行 %1 のログを探しています...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="263"/>
        <source>Orchestrator log</source>
        <translation>オーケストレーターのログ</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="265"/>
        <source>Journal</source>
        <translation>ジャーナル</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="269"/>
        <source>Worker %1, attempt %2 (transcript)</source>
        <translation>ワーカー %1、試行 %2 (トランスクリプト)</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="274"/>
        <source>No log found for run %1</source>
        <translation>実行 %1 のログが見つかりません</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="314"/>
        <source>All workers</source>
        <translation>すべてのワーカー</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="317"/>
        <source>Worker %1</source>
        <translation>ワーカー %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="332"/>
        <source>Invalid regular expression: %1</source>
        <translation>無効な正規表現: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/LogBrowser.cpp" line="357"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="360"/>
        <source>Indexing... %1</source>
        <translation>インデックス作成中... %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="363"/>
        <source>Filtering... %1 of %2 shown</source>
        <translation>フィルター中... %2 件中 %1 件を表示</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="366"/>
        <source>%1 shown of %2</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
</context>
<context>
    <name>orch::LogIndex</name>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="88"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="283"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>orch::LogTableModel</name>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="135"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="137"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="139"/>
        <source>Worker</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="141"/>
        <source>Message</source>
        <translation>メッセージ</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>Quit the application</source>
        <translation>アプリケーションを終了します</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251"/>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>&amp;Run</source>
        <comment>action that starts a run</comment>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="262"/>
        <source>&amp;Plan</source>
        <comment>action that plans the task without running it</comment>
        <translation>計画(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="266"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="277"/>
        <source>&amp;Status Bar</source>
        <translation>ステータスバー(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="281"/>
        <source>Show or hide the status bar</source>
        <translation>ステータスバーの表示/非表示を切り替えます</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>&amp;Logs...</source>
        <translation>ログ(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <source>Browse and search the logs of every run</source>
        <translation>すべての実行のログを閲覧・検索します</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="296"/>
        <source>Use the whole screen for the window</source>
        <translation>ウィンドウを画面全体に表示します</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="307"/>
        <source>&amp;Preferences...</source>
        <translation>環境設定(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="320"/>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <source>Open the user guide</source>
        <translation>ユーザーガイドを開く</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="327"/>
        <source>&amp;About...</source>
        <translation>バージョン情報(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="330"/>
        <source>Show the application&apos;s version and description</source>
        <translation>アプリケーションのバージョンと説明を表示します</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="336"/>
        <source>Show the Qt version and license</source>
        <translation>Qt のバージョンとライセンスを表示します</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="342"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="362"/>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="386"/>
        <source>&amp;Workers</source>
        <translation>ワーカー(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="387"/>
        <source>R&amp;esults</source>
        <translation>結果(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="411"/>
        <source>Worker %1&apos;s changes are shown under Results once the run ends.</source>
        <translation>ワーカー %1 の変更は、実行が終わると「結果」に表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="421"/>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>A run is in progress.</source>
        <translation>実行中です。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Plan the task and run it</source>
        <translation>タスクを計画して実行します</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Type a task first.</source>
        <translation>先にタスクを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>Stop every worker of this run</source>
        <translation>この実行のすべてのワーカーを停止します</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>No run in progress.</source>
        <translation>実行中のものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="476"/>
        <source>Planned %n subtask(s): edit them, then Run.</source>
        <translation>
            <numerusform>%n 個のサブタスクを計画しました: 編集してから実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="482"/>
        <source>Starting...</source>
        <translation>開始しています...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="498"/>
        <source>Planning...</source>
        <translation>計画中...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="511"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="515"/>
        <source>Cannot plan the task: %1</source>
        <translation>タスクを計画できません: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="563"/>
        <source>Finished: %1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>完了: %n 個中 %1 個のサブタスクが成功</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="629"/>
        <source>The user guide is not installed.</source>
        <translation>ユーザーガイドがインストールされていません。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="635"/>
        <source>Cannot open the user guide: %1</source>
        <translation>ユーザーガイドを開けません: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="486"/>
        <source>Cannot start: %1</source>
        <translation>開始できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="311"/>
        <source>Edit every setting of the current profile</source>
        <translation>現在のプロファイルのすべての設定を編集します</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="492"/>
        <source>Running %n subtask(s)...</source>
        <translation>
            <numerusform>%n 個のサブタスクを実行中...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="536"/>
        <location filename="../ui/main/MainWindow.cpp" line="541"/>
        <source>Cancelling...</source>
        <translation>キャンセル中...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="550"/>
        <source>ETA ~%1</source>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="552"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="554"/>
        <source>Paused: %1</source>
        <translation>一時停止: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="580"/>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
</context>
<context>
    <name>orch::Orchestrator</name>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="154"/>
        <source>the task is empty</source>
        <translation>タスクが空です</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="168"/>
        <location filename="../core/run/Orchestrator.cpp" line="191"/>
        <source>the plan is not valid: %1</source>
        <translation>計画が無効です: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="169"/>
        <source>Task decomposed into %n subtask(s)</source>
        <translation>
            <numerusform>タスクを %n 個のサブタスクに分解しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="181"/>
        <source>cannot plan the task: %1</source>
        <translation>タスクを計画できません: %1</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="198"/>
        <location filename="../core/run/Orchestrator.cpp" line="253"/>
        <source>a run is already in progress</source>
        <translation>既に実行中です</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="204"/>
        <source>run %1 is still running in another process</source>
        <translation>実行 %1 は別のプロセスでまだ実行中です</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="208"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>実行 %1 の残っていたプロセス %n 個を停止しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="218"/>
        <source>Resuming run %1: %2 of %3 subtask(s) already finished</source>
        <translation>実行 %1 を再開します: %3 個中 %2 個のサブタスクは完了済み</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="229"/>
        <source>no agent driver</source>
        <translation>エージェントドライバーがありません</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="243"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="298"/>
        <source>Resources available again: starting workers</source>
        <translation>リソースが再び使用可能になりました: ワーカーを開始します</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="313"/>
        <source>Worker %1 will retry (attempt %2) in %3 s: %4</source>
        <translation>ワーカー %1 は %3 秒後に再試行します (試行 %2): %4</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="327"/>
        <source>Rate limit over: starting workers again</source>
        <translation>レート制限が解除されました: ワーカーの開始を再開します</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="336"/>
        <source>Run %1 started with %n subtask(s)</source>
        <translation>
            <numerusform>実行 %1 を %n 個のサブタスクで開始しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="391"/>
        <source>Starting worker %1/%2</source>
        <translation>ワーカー %1/%2 を開始しています</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="392"/>
        <source>Starting worker %1/%2 (attempt %3)</source>
        <translation>ワーカー %1/%2 を開始しています (試行 %3)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="449"/>
        <source>Worker %1 attempt %2 ended: %3</source>
        <translation>ワーカー %1 の試行 %2 が終了しました: %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="476"/>
        <source>Worker %1 completed successfully</source>
        <translation>ワーカー %1 が正常に完了しました</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="480"/>
        <source>Worker %1 %2: %3</source>
        <translation>ワーカー %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="484"/>
        <source>Worker %1 failed (%2): %3</source>
        <translation>ワーカー %1 が失敗しました (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="509"/>
        <source>waiting: CPU %1% &gt; %2%</source>
        <translation>待機中: CPU %1% &gt; %2%</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="512"/>
        <source>waiting: free memory %1 MB &lt; %2 MB</source>
        <translation>待機中: 空きメモリ %1 MB &lt; %2 MB</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="532"/>
        <source>memory limit exceeded (%1 MB &gt; %2 MB)</source>
        <translation>メモリ上限を超えました (%1 MB &gt; %2 MB)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="533"/>
        <source>Worker %1: %2</source>
        <translation>ワーカー %1: %2</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="588"/>
        <source>Run %1 finished: %2 (%3 of %4 succeeded)</source>
        <translation>実行 %1 が終了しました: %2 (%4 個中 %3 個が成功)</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="610"/>
        <source>Cancelling run %1</source>
        <translation>実行 %1 をキャンセルしています</translation>
    </message>
</context>
<context>
    <name>orch::PlanEditor</name>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>Add a subtask after the selected one</source>
        <translation>選択したサブタスクの後にサブタスクを追加します</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>Remove the selected subtask</source>
        <translation>選択したサブタスクを削除します</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Run the selected subtask earlier</source>
        <translation>選択したサブタスクを先に実行します</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Run the selected subtask later</source>
        <translation>選択したサブタスクを後で実行します</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="151"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="160"/>
        <source>One line shown in tables and logs; left empty, it is taken from the prompt</source>
        <translation>表やログに表示される 1 行の説明。空の場合はプロンプトから取られます</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="162"/>
        <source>What the agent is asked to do, verbatim</source>
        <translation>エージェントへの指示 (そのまま渡されます)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="165"/>
        <source>Subtasks that must succeed before this one starts</source>
        <translation>このサブタスクの開始前に成功している必要があるサブタスク</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="169"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="171"/>
        <source>&amp;Prompt:</source>
        <translation>プロンプト(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="173"/>
        <source>&amp;Depends on:</source>
        <translation>依存先(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="307"/>
        <source>%1 (no such subtask)</source>
        <translation>%1 (該当するサブタスクがありません)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="362"/>
        <source>Cannot run this plan yet:</source>
        <translation>この計画はまだ実行できません:</translation>
    </message>
</context>
<context>
    <name>orch::PlanModel</name>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="66"/>
        <source>A subtask cannot depend on itself.</source>
        <translation>サブタスクは自分自身に依存できません。</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="68"/>
        <source>There is no subtask &quot;%1&quot;.</source>
        <translation>サブタスク「%1」はありません。</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="130"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="132"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="134"/>
        <source>Depends on</source>
        <translation>依存先</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="136"/>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="166"/>
        <source>A subtask needs a title.</source>
        <translation>サブタスクにはタイトルが必要です。</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="236"/>
        <source>New subtask</source>
        <translation>新しいサブタスク</translation>
    </message>
</context>
<context>
    <name>orch::ProcessRunner</name>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="308"/>
        <source>signal %1</source>
        <translation>シグナル %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="344"/>
        <source>failed to start: cannot open the transcript %1: %2</source>
        <translation>開始に失敗しました: トランスクリプト %1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="496"/>
        <source>cannot enter the folder %1: %2</source>
        <translation>フォルダー %1 に移動できません: %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="495"/>
        <source>failed to start: %1</source>
        <translation>開始に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="493"/>
        <location filename="../core/process/ProcessRunner.cpp" line="498"/>
        <source>failed to start %1: %2</source>
        <translation>%1 の開始に失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="608"/>
        <source>exited with code %1</source>
        <translation>コード %1 で終了しました</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="610"/>
        <source>killed by signal %1 (%2)</source>
        <translation>シグナル %1 (%2) によって強制終了されました</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="613"/>
        <source>no output for %1 s</source>
        <translation>%1 秒間出力がありません</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="614"/>
        <source>timed out after %1 s</source>
        <translation>%1 秒後にタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="616"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>orch::ProfileSession</name>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="53"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="102"/>
        <source>Cannot open profile &apos;%1&apos;:
%2</source>
        <translation>プロファイル「%1」を開けません:
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="113"/>
        <source>This setup has no profile name yet: use Save As to give it one</source>
        <translation>この設定にはまだプロファイル名がありません: 「名前を付けて保存」で名前を付けてください</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="117"/>
        <location filename="../ui/profiles/ProfileSession.cpp" line="133"/>
        <source>Cannot save profile &apos;%1&apos;: %2</source>
        <translation>プロファイル「%1」を保存できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="128"/>
        <source>Cannot save as &apos;%1&apos;: %2</source>
        <translation>「%1」として保存できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="131"/>
        <source>Cannot save as &apos;%1&apos;: a profile with that name already exists</source>
        <translation>「%1」として保存できません: その名前のプロファイルは既に存在します</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="143"/>
        <source>This setup is not a saved profile yet: use Save As to name it</source>
        <translation>この設定はまだ保存されたプロファイルではありません: 「名前を付けて保存」で名前を付けてください</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="148"/>
        <source>Cannot rename profile &apos;%1&apos;: %2</source>
        <translation>プロファイル「%1」の名前を変更できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="157"/>
        <source>This setup is not a saved profile: there is nothing to delete</source>
        <translation>この設定は保存されたプロファイルではありません: 削除するものはありません</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="160"/>
        <source>Cannot delete profile &apos;%1&apos;: %2</source>
        <translation>プロファイル「%1」を削除できません: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="185"/>
        <source>Cannot import %1:
%2</source>
        <translation>%1 をインポートできません:
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="194"/>
        <source>Imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="199"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 をインポートできません: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="212"/>
        <source>Cannot export to %1: %2 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>%1 にエクスポートできません: %2 に API キーらしきものが含まれています。秘密情報は環境変数で渡してください</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="217"/>
        <source>Cannot export to %1: %2</source>
        <translation>%1 にエクスポートできません: %2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="238"/>
        <source>Could not reopen the last profile &apos;%1&apos;; starting from the defaults.
%2</source>
        <translation>前回のプロファイル「%1」を再度開けませんでした。既定値で開始します。
%2</translation>
    </message>
</context>
<context>
    <name>orch::ProfileToolBar</name>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="19"/>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="94"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="26"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML ファイル (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>The profile &apos;%1&apos; has unsaved changes. Save them?</source>
        <translation>プロファイル「%1」には未保存の変更があります。保存しますか?</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="58"/>
        <source>The profile being edited; pick another to open it</source>
        <translation>編集中のプロファイル。別のプロファイルを選ぶとそれを開きます</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>&amp;Open Profile...</source>
        <translation>プロファイルを開く(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>Choose a saved profile to open</source>
        <translation>保存済みのプロファイルを選んで開きます</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>&amp;Save Profile</source>
        <translation>プロファイルを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>Save the settings to this profile</source>
        <translation>設定をこのプロファイルに保存します</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="67"/>
        <source>Save Profile &amp;As...</source>
        <translation>名前を付けてプロファイルを保存(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="68"/>
        <source>Save the settings as a new profile</source>
        <translation>設定を新しいプロファイルとして保存します</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>&amp;Rename Profile...</source>
        <translation>プロファイル名を変更(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>Give this profile a new name</source>
        <translation>このプロファイルに新しい名前を付けます</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>&amp;Delete Profile</source>
        <translation>プロファイルを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>Delete this profile</source>
        <translation>このプロファイルを削除します</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="74"/>
        <source>&amp;Import Profile...</source>
        <translation>プロファイルをインポート(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="75"/>
        <source>Make a new profile from a YAML file</source>
        <translation>YAML ファイルから新しいプロファイルを作成します</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="76"/>
        <source>&amp;Export Profile...</source>
        <translation>プロファイルをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="77"/>
        <source>Write the settings to a YAML file</source>
        <translation>設定を YAML ファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="96"/>
        <source>Profile Warnings</source>
        <translation>プロファイルの警告</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Save Profile As</source>
        <translation>名前を付けてプロファイルを保存</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Profile name:</source>
        <translation>プロファイル名:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>Replace Profile</source>
        <translation>プロファイルの置き換え</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>A profile named &apos;%1&apos; already exists. Replace it?</source>
        <translation>「%1」という名前のプロファイルは既に存在します。置き換えますか?</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>Rename Profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="214"/>
        <source>Delete Profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="215"/>
        <source>Delete the profile &apos;%1&apos;? Its settings stay open as an unsaved setup.</source>
        <translation>プロファイル「%1」を削除しますか? その設定は未保存の設定として開いたままになります。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="222"/>
        <source>Import Profile</source>
        <translation>プロファイルのインポート</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="232"/>
        <source>Export Profile</source>
        <translation>プロファイルのエクスポート</translation>
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
        <translation>サブプロセス</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="28"/>
        <source>Worktree</source>
        <translation>ワークツリー</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="30"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="54"/>
        <source>Where each worker runs: a plain folder (subprocess), its own git worktree of the repository, or a docker container</source>
        <translation>各ワーカーの実行場所: 通常のフォルダー (subprocess)、リポジトリの専用 git ワークツリー、または docker コンテナー</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="56"/>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="58"/>
        <source>How many subtasks run at the same time (%1 to %2)</source>
        <translation>同時に実行するサブタスクの数 (%1 ～ %2)</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="61"/>
        <source>Workers:</source>
        <translation>ワーカー数:</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="63"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="64"/>
        <source>Seconds one attempt of a subtask may take before it is stopped (%1 to %2)</source>
        <translation>サブタスクの 1 回の試行が停止されるまでの秒数 (%1 ～ %2)</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="67"/>
        <source>Timeout:</source>
        <translation>タイムアウト:</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="70"/>
        <source>The model the agent uses, e.g. claude-sonnet-4-5</source>
        <translation>エージェントが使うモデル (例: claude-sonnet-4-5)</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="72"/>
        <source>Model:</source>
        <translation>モデル:</translation>
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
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="67"/>
        <location filename="../ui/workers/ResourceChartView.cpp" line="69"/>
        <source>Time (s)</source>
        <translation>時間 (秒)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="68"/>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="70"/>
        <source>Worker memory (MB)</source>
        <translation>ワーカーのメモリ (MB)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="71"/>
        <source>System memory (%)</source>
        <translation>システムメモリ (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="80"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="82"/>
        <source>System (%)</source>
        <translation>システム (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="95"/>
        <source>CPU limit</source>
        <translation>CPU の上限</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="96"/>
        <source>Memory limit per worker</source>
        <translation>ワーカーあたりのメモリ上限</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="224"/>
        <source>Worker %1</source>
        <translation>ワーカー %1</translation>
    </message>
</context>
<context>
    <name>orch::RunListModel</name>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="177"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="179"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="184"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="186"/>
        <source>partly succeeded</source>
        <translation>一部成功</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="188"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="190"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="216"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="230"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="232"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="234"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="236"/>
        <source>Workers</source>
        <translation>ワーカー</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="238"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
</context>
<context>
    <name>orch::RunNotifier</name>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="44"/>
        <location filename="../ui/main/RunNotifier.cpp" line="52"/>
        <source>Run finished</source>
        <translation>実行が完了しました</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="46"/>
        <source>Run finished with failures</source>
        <translation>実行が完了しましたが、失敗があります</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="48"/>
        <source>Run failed</source>
        <translation>実行に失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="50"/>
        <source>Run cancelled</source>
        <translation>実行がキャンセルされました</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="59"/>
        <source>%1 of %n subtask(s) succeeded, cost $%2</source>
        <translation>
            <numerusform>%n 個中 %1 個のサブタスクが成功しました (コスト $%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="62"/>
        <source>%1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>%n 個中 %1 個のサブタスクが成功しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orch::RunResultsView</name>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="58"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="70"/>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="71"/>
        <source>Succeeded:</source>
        <translation>成功:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="72"/>
        <source>Failed:</source>
        <translation>失敗:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="73"/>
        <source>Duration:</source>
        <translation>所要時間:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="74"/>
        <source>Cost:</source>
        <translation>コスト:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="75"/>
        <source>Tokens:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Subtask</source>
        <translation>サブタスク</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Files changed</source>
        <translation>変更されたファイル</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Merge</source>
        <translation>マージ</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="96"/>
        <source>No output</source>
        <translation>出力なし</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="108"/>
        <source>&amp;Merge</source>
        <translation>マージ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="110"/>
        <source>Merge the selected worker&apos;s branch into the target branch</source>
        <translation>選択したワーカーのブランチをマージ先のブランチにマージします</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="111"/>
        <source>Merge &amp;All</source>
        <translation>すべてマージ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="113"/>
        <source>Merge every successful worker&apos;s branch, in plan order</source>
        <translation>成功したすべてのワーカーのブランチを計画の順にマージします</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="127"/>
        <source>Files changed by more than one worker:</source>
        <translation>複数のワーカーが変更したファイル:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="153"/>
        <source>&amp;Output</source>
        <translation>出力(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="154"/>
        <source>&amp;Changes</source>
        <translation>変更(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="203"/>
        <source>Looking for the repository...</source>
        <translation>リポジトリを探しています...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="204"/>
        <location filename="../ui/results/RunResultsView.cpp" line="398"/>
        <source>Select a worker to see its changes.</source>
        <translation>変更を表示するワーカーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="220"/>
        <source>%1 of %2</source>
        <translation>%2 個中 %1 個</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="234"/>
        <source>%1 (workers: %2)</source>
        <translation>%1 (ワーカーの合計: %2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="236"/>
        <source>%1 in, %2 out</source>
        <translation>入力 %1、出力 %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="262"/>
        <source>%1 (+%2 -%3)</source>
        <translation>%1 (+%2 -%3)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="358"/>
        <source>No repository to review</source>
        <translation>確認するリポジトリがありません</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="359"/>
        <source>Cannot show the changes: %1</source>
        <translation>変更を表示できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="362"/>
        <source>Repository: %1</source>
        <translation>リポジトリ: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="363"/>
        <location filename="../ui/results/RunResultsView.cpp" line="476"/>
        <source>Cannot merge: %1</source>
        <translation>マージできません: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="365"/>
        <source>Merge into %1 in %2</source>
        <translation>%2 の %1 にマージ</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="376"/>
        <source>Preview failed: %1</source>
        <translation>プレビューに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="380"/>
        <source>None: the workers&apos; changes do not overlap</source>
        <translation>なし: ワーカーの変更は重なっていません</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="386"/>
        <source>Changed by %1</source>
        <translation>%1 が変更</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="399"/>
        <source>This subtask has no branch: it made no changes to review.</source>
        <translation>このサブタスクにはブランチがありません: 確認する変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="403"/>
        <source>Changes of worker %1 (%2)</source>
        <translation>ワーカー %1 の変更 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="408"/>
        <source>Cannot show the diff: %1</source>
        <translation>差分を表示できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="411"/>
        <source>Loading the diff...</source>
        <translation>差分を読み込んでいます...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="438"/>
        <source>Merging worker %1 into %2...</source>
        <translation>ワーカー %1 を %2 にマージしています...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="451"/>
        <source>Merging the workers into %1 in plan order...</source>
        <translation>ワーカーを計画の順に %1 にマージしています...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="467"/>
        <source>Worker %1: %2</source>
        <translation>ワーカー %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="486"/>
        <source>No worker branch to merge</source>
        <translation>マージするワーカーのブランチがありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/RunResultsView.cpp" line="488"/>
        <source>Merged %n worker branch(es) into %1</source>
        <translation>
            <numerusform>%n 個のワーカーのブランチを %1 にマージしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="490"/>
        <source>%1 of %2 worker branch(es) not merged into %3; they are unchanged</source>
        <translation>%2 個中 %1 個のワーカーのブランチは %3 にマージされませんでした。それらは変更されていません</translation>
    </message>
</context>
<context>
    <name>orch::Scheduler</name>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="109"/>
        <source>skipped: prerequisite %1 (%2) did not succeed (%3)</source>
        <translation>スキップ: 前提となる %1 (%2) が成功しませんでした (%3)</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="219"/>
        <source>rate limited: no new worker starts until %1</source>
        <translation>レート制限中: %1 まで新しいワーカーは開始しません</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="239"/>
        <source>cancelled before it ran</source>
        <translation>実行前にキャンセルされました</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="249"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>orch::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="54"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="58"/>
        <source>Search settings</source>
        <translation>設定を検索</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="164"/>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="174"/>
        <source>The new language is used from the next start of the application.</source>
        <translation>新しい言語はアプリケーションの次回起動時から使用されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="184"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="320"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="298"/>
        <source>Some values on this page need attention.</source>
        <translation>このページのいくつかの値を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>Orchestrator</source>
        <translation>オーケストレーター</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Monitoring</source>
        <translation>モニタリング</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Paths</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="345"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="345"/>
        <source>Worktree</source>
        <translation>ワークツリー</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="346"/>
        <source>Planning</source>
        <translation>計画</translation>
    </message>
</context>
<context>
    <name>orch::TaskEditor</name>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="136"/>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="45"/>
        <source>Describe the task, e.g. &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</source>
        <translation>タスクを記述してください。例: &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="46"/>
        <source>The whole task; Ctrl+Up and Ctrl+Down step through earlier tasks</source>
        <translation>タスク全体。Ctrl+Up と Ctrl+Down で以前のタスクを順に表示します</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="51"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="52"/>
        <source>Pick an earlier task (Ctrl+Up / Ctrl+Down in the text)</source>
        <translation>以前のタスクを選びます (テキスト内では Ctrl+Up / Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="76"/>
        <source>This plan was made for an earlier text of the task; Run will plan again.</source>
        <translation>この計画は以前のタスクのテキストに対して作成されました。実行すると再度計画します。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="112"/>
        <source>The task is being split into subtasks</source>
        <translation>タスクをサブタスクに分割しています</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="117"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="123"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="129"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="131"/>
        <source>Stop planning</source>
        <translation>計画を中止します</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="133"/>
        <source>P&amp;lan</source>
        <translation>計画(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="135"/>
        <source>Split the task into subtasks and show them for editing</source>
        <translation>タスクをサブタスクに分割し、編集できるように表示します</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="182"/>
        <source>Busy: wait until the current run ends or cancel it.</source>
        <translation>処理中: 現在の実行が終わるまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="184"/>
        <source>Planning the task...</source>
        <translation>タスクを計画しています...</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="188"/>
        <source>Fix the settings marked next to their fields first.</source>
        <translation>まず、フィールドの横に示された設定を修正してください。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="190"/>
        <source>The plan cannot run as it is: fix the problems listed under it, or plan again.</source>
        <translation>この計画はこのままでは実行できません: 下に示された問題を修正するか、もう一度計画してください。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="273"/>
        <source>Clear History</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="388"/>
        <source>Run the subtasks as edited (Ctrl+Enter)</source>
        <translation>編集したとおりにサブタスクを実行します (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="389"/>
        <source>Split the task into subtasks and run them (Ctrl+Enter)</source>
        <translation>タスクをサブタスクに分割して実行します (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/task/TaskEditor.cpp" line="393"/>
        <source>Run starts the %n subtask(s) above as edited.</source>
        <translation>
            <numerusform>実行すると、上の %n 個のサブタスクを編集したとおりに開始します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="186"/>
        <source>Type a task to run.</source>
        <translation>実行するタスクを入力してください。</translation>
    </message>
</context>
<context>
    <name>orch::TranscriptWriter</name>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="163"/>
        <source>cannot write the transcript %1: %2</source>
        <translation>トランスクリプト %1 を書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="200"/>
        <source>the transcript is already open</source>
        <translation>トランスクリプトはすでに開いています</translation>
    </message>
</context>
<context>
    <name>orch::Worker</name>
    <message>
        <location filename="../core/run/Worker.cpp" line="50"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>orch::WorkerActions</name>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>&amp;Cancel Worker</source>
        <translation>ワーカーをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>Stop this worker</source>
        <translation>このワーカーを停止します</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="20"/>
        <source>&amp;Retry Worker</source>
        <translation>ワーカーを再試行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="21"/>
        <source>Run this subtask again with a fresh retry budget</source>
        <translation>再試行回数をリセットして、このサブタスクをもう一度実行します</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="22"/>
        <source>Open &amp;Folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="23"/>
        <source>Open the worker&apos;s folder in the file manager</source>
        <translation>ワーカーのフォルダーをファイルマネージャーで開きます</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="24"/>
        <source>Copy &amp;Branch Name</source>
        <translation>ブランチ名をコピー(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="25"/>
        <source>Copy the name of the worker&apos;s git branch</source>
        <translation>ワーカーの git ブランチ名をコピーします</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="26"/>
        <source>View &amp;Diff</source>
        <translation>差分を表示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="27"/>
        <source>Show what the worker&apos;s branch changed</source>
        <translation>ワーカーのブランチでの変更内容を表示します</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="28"/>
        <source>Open &amp;Transcript</source>
        <translation>トランスクリプトを開く(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="29"/>
        <source>Open the agent&apos;s raw output of the latest attempt</source>
        <translation>最新の試行でのエージェントの生の出力を開きます</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="113"/>
        <source>Worker %1 could not be cancelled</source>
        <translation>ワーカー %1 をキャンセルできませんでした</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="120"/>
        <source>Worker %1 could not be retried</source>
        <translation>ワーカー %1 を再試行できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="128"/>
        <location filename="../ui/workers/WorkerActions.cpp" line="149"/>
        <source>Cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
</context>
<context>
    <name>orch::WorkerFilterModel</name>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="34"/>
        <source>All workers</source>
        <translation>すべてのワーカー</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="36"/>
        <source>Active</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="38"/>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="40"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="42"/>
        <source>Failed, timed out, cancelled or skipped</source>
        <translation>失敗、タイムアウト、キャンセル、スキップ</translation>
    </message>
</context>
<context>
    <name>orch::WorkerOutputView</name>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="43"/>
        <source>Raw JSON</source>
        <translation>生の JSON</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="52"/>
        <source>Select a worker to see its output.</source>
        <translation>出力を表示するワーカーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="54"/>
        <source>Show the agent&apos;s output lines as written to the transcript</source>
        <translation>トランスクリプトに書かれたとおりにエージェントの出力行を表示します</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="90"/>
        <source>── attempt %1 ──</source>
        <translation>── 試行 %1 ──</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="96"/>
        <source>⟳ Retrying (attempt %1) in %2 s: %3</source>
        <translation>⟳ %2 秒後に再試行します (試行 %1): %3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>● Session started · model %1</source>
        <translation>● セッション開始 · モデル %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="128"/>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="134"/>
        <source>⟳ API retry %1/%2 in %3 s (status %4): %5</source>
        <translation>⟳ %3 秒後に API を再試行 %1/%2 (ステータス %4): %5</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="142"/>
        <source>■ Finished</source>
        <translation>■ 終了</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="144"/>
        <source>$%1 · %2 tokens in, %3 out · %n turn(s) · %4 s</source>
        <translation>
            <numerusform>$%1 · 入力 %2 トークン、出力 %3 · %n ターン · %4 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="151"/>
        <source>■ Failed (%1) · %2</source>
        <translation>■ 失敗 (%1) · %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="153"/>
        <source>■ Done · %1</source>
        <translation>■ 完了 · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="165"/>
        <source>... %n line(s) dropped</source>
        <translation>
            <numerusform>... %n 行を破棄しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="303"/>
        <source>Worker %1</source>
        <translation>ワーカー %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="303"/>
        <source>No worker selected</source>
        <translation>ワーカーが選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="353"/>
        <source>... %1 skipped</source>
        <translation>... %1 をスキップしました</translation>
    </message>
</context>
<context>
    <name>orch::WorkerTableModel</name>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="365"/>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="367"/>
        <source>Waiting</source>
        <translation>待ち</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="369"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="371"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="373"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="375"/>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="377"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="379"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
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
        <translation>ワーカー %1: %2
%3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="509"/>
        <source>Attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="511"/>
        <source>Tokens: %1 in, %2 out</source>
        <translation>トークン: 入力 %1、出力 %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="513"/>
        <source>Branch: %1</source>
        <translation>ブランチ: %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="525"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="527"/>
        <source>Subtask</source>
        <translation>サブタスク</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="529"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="531"/>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="533"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="535"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="537"/>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="539"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="541"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="543"/>
        <source>Last activity</source>
        <translation>最終アクティビティ</translation>
    </message>
</context>
<context>
    <name>orch::WorkersPanel</name>
    <message>
        <location filename="../ui/workers/WorkersPanel.cpp" line="46"/>
        <source>Filter workers</source>
        <translation>ワーカーを絞り込み</translation>
    </message>
</context>
</TS>
