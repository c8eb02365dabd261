<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AiTaskDecomposer</name>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="122"/>
        <source>the task is empty</source>
        <translation>任务为空</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="126"/>
        <source>planning was cancelled</source>
        <translation>规划已取消</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="130"/>
        <source>AI task decomposition failed: %1</source>
        <translation>AI 任务分解失败：%1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="132"/>
        <source>AI task decomposition failed, using the heuristic decomposer instead: %1</source>
        <translation>AI 任务分解失败，改用启发式分解器：%1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="140"/>
        <source>it needs the Claude CLI, and agent.kind is not claude</source>
        <translation>它需要 Claude CLI，但 agent.kind 不是 claude</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="185"/>
        <source>Asking the agent for a plan (at most %n second(s))</source>
        <translation>
            <numerusform>正在向智能体请求计划（最多 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="204"/>
        <source>the agent %1 %2</source>
        <translation>智能体 %1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="207"/>
        <source>the agent did not answer within %n second(s) (planning.timeout)</source>
        <translation>
            <numerusform>智能体未在 %n 秒内应答 (planning.timeout)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="214"/>
        <source>the agent&apos;s answer is larger than %1 MiB</source>
        <translation>智能体的应答超过 %1 MiB</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="219"/>
        <source>the agent gave no answer (%1)</source>
        <translation>智能体没有给出应答（%1）</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="220"/>
        <source>the agent gave no answer (%1): %2</source>
        <translation>智能体没有给出应答（%1）：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="226"/>
        <source>The agent planned %n subtask(s)</source>
        <translation>
            <numerusform>智能体规划了 %n 个子任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="294"/>
        <source>the agent&apos;s answer is not a JSON result: %1</source>
        <translation>智能体的应答不是 JSON 结果：%1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="296"/>
        <source>the agent reported an error: %1</source>
        <translation>智能体报告了错误：%1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="298"/>
        <source>the agent stopped early (%1): %2</source>
        <translation>智能体提前停止（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="302"/>
        <source>the agent&apos;s answer has no structured plan (structured_output)</source>
        <translation>智能体的应答中没有结构化计划 (structured_output)</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="303"/>
        <source>the agent&apos;s answer has no structured plan (structured_output); it said: %1</source>
        <translation>智能体的应答中没有结构化计划 (structured_output)；它的回复是：%1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="309"/>
        <source>the agent&apos;s plan is malformed: %1</source>
        <translation>智能体的计划格式错误：%1</translation>
    </message>
    <message>
        <location filename="../core/planning/AiTaskDecomposer.cpp" line="312"/>
        <source>the agent&apos;s plan is not valid: %1</source>
        <translation>智能体的计划无效：%1</translation>
    </message>
</context>
<context>
    <name>AuthProbe</name>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="65"/>
        <source>cannot create a temporary folder for the call: %1</source>
        <translation>无法为调用创建临时文件夹：%1</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="66"/>
        <source>make the temporary folder (TMPDIR) writable</source>
        <translation>请让临时文件夹 (TMPDIR) 可写</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="101"/>
        <source>the call did not end within %1 s</source>
        <translation>调用未在 %1 秒内结束</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="102"/>
        <location filename="../core/doctor/AuthProbe.cpp" line="149"/>
        <source>check the network and ANTHROPIC_BASE_URL; --offline skips this check</source>
        <translation>请检查网络和 ANTHROPIC_BASE_URL；--offline 可跳过此检查</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="113"/>
        <source>the API answered in %1 s</source>
        <translation>API 在 %1 秒内应答</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="118"/>
        <source>the API answered in %1 s (%2)</source>
        <translation>API 在 %1 秒内应答（%2）</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="124"/>
        <source>set ANTHROPIC_API_KEY, or run `claude` once and log in with /login</source>
        <translation>请设置 ANTHROPIC_API_KEY，或运行一次 `claude` 并用 /login 登录</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="126"/>
        <source>the API refused the call: check ai.model (%1) and what the key may use</source>
        <translation>API 拒绝了调用：请检查 ai.model（%1）以及该密钥可使用的范围</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="127"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="129"/>
        <source>run `%1 -p` by hand to see why it refuses; update it with `npm install -g @anthropic-ai/claude-code`</source>
        <translation>请手动运行 `%1 -p` 查看拒绝原因；用 `npm install -g @anthropic-ai/claude-code` 更新它</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="138"/>
        <source>the key works, but a usage limit is reached: runs wait until it resets</source>
        <translation>密钥有效，但已达到用量上限：运行将等待上限重置</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="142"/>
        <source>the Anthropic API did not answer: check the network, the proxy settings and ANTHROPIC_BASE_URL</source>
        <translation>Anthropic API 没有应答：请检查网络、代理设置和 ANTHROPIC_BASE_URL</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="148"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <location filename="../core/doctor/AuthProbe.cpp" line="156"/>
        <source>run `%1 -p` by hand to see why it fails</source>
        <translation>请手动运行 `%1 -p` 查看失败原因</translation>
    </message>
</context>
<context>
    <name>ClaudeBinaryLocator</name>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="35"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="41"/>
        <source>it crashed</source>
        <translation>它崩溃了</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="42"/>
        <source>it exited with code %1</source>
        <translation>它以代码 %1 退出</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="85"/>
        <source>agent.binary is &quot;%1&quot;, which is not a program in PATH</source>
        <translation>agent.binary 为“%1”，它不是 PATH 中的程序</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="90"/>
        <source>agent.binary %1 does not exist</source>
        <translation>agent.binary %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="94"/>
        <source>agent.binary %1 is not an executable file</source>
        <translation>agent.binary %1 不是可执行文件</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="104"/>
        <source>PATH (%1)</source>
        <translation>PATH（%1）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="116"/>
        <source>agent.nvm_path (%1)</source>
        <translation>agent.nvm_path（%1）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="118"/>
        <source>agent.nvm_path / NVM_PATH (not set)</source>
        <translation>agent.nvm_path / NVM_PATH（未设置）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="126"/>
        <source>npm&apos;s global prefix (%1)</source>
        <translation>npm 全局前缀（%1）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="128"/>
        <source>npm&apos;s global prefix (npm not found or no answer)</source>
        <translation>npm 全局前缀（未找到 npm 或无应答）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="138"/>
        <source>the Claude Code CLI (claude) was not found; looked in: %1. Install it with `%2`, or set agent.binary to its path</source>
        <translation>未找到 Claude Code CLI (claude)；查找位置：%1。请用 `%2` 安装，或将 agent.binary 设为其路径</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="154"/>
        <source>%1 --version printed nothing</source>
        <translation>%1 --version 没有输出任何内容</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeBinaryLocator.cpp" line="155"/>
        <source>%1 --version failed: %2</source>
        <translation>%1 --version 失败：%2</translation>
    </message>
</context>
<context>
    <name>ClaudeClassifier</name>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="60"/>
        <source>%1 (after 1 retry)</source>
        <translation>%1（重试 1 次后）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="61"/>
        <source>%1 (after %2 retries)</source>
        <translation>%1（重试 %2 次后）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="99"/>
        <source>not logged in: set ANTHROPIC_API_KEY or run claude /login</source>
        <translation>未登录：请设置 ANTHROPIC_API_KEY 或运行 claude /login</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="102"/>
        <source>authentication failed (%1): check ANTHROPIC_API_KEY</source>
        <translation>身份验证失败（%1）：请检查 ANTHROPIC_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="113"/>
        <source>API error %1: %2</source>
        <translation>API 错误 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="118"/>
        <source>API error %1</source>
        <translation>API 错误 %1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="119"/>
        <source>usage limit</source>
        <translation>用量上限</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="120"/>
        <source>API connection error</source>
        <translation>API 连接错误</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="201"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>在 %1 状态下结束</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="222"/>
        <source>the Claude CLI refused to run: %1</source>
        <translation>Claude CLI 拒绝运行：%1</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="224"/>
        <source>killed by %1 before reporting a result</source>
        <translation>在报告结果之前被 %1 终止</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="225"/>
        <source>exited with code %1 without reporting a result</source>
        <translation>以代码 %1 退出，未报告结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/agent/ClaudeClassifier.cpp" line="232"/>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="247"/>
        <source>succeeded in %n turn(s)</source>
        <translation>
            <numerusform>在 %n 轮内成功</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="237"/>
        <source>reached the maximum number of turns (%1 turns)</source>
        <translation>已达到最大轮数（%1 轮）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="240"/>
        <source>reached the budget limit ($%1 spent)</source>
        <translation>已达到预算上限（已花费 $%1）</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="243"/>
        <source>aborted during execution</source>
        <translation>执行期间中止</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeClassifier.cpp" line="249"/>
        <source>ended with %1</source>
        <translation>以 %1 结束</translation>
    </message>
</context>
<context>
    <name>ClaudeDriver</name>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="48"/>
        <source>found the Claude Code CLI at %1, but it does not run: %2</source>
        <translation>在 %1 找到了 Claude Code CLI，但它无法运行：%2</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="57"/>
        <source>ai.temperature (%1) has no equivalent in the Claude CLI and is not used</source>
        <translation>ai.temperature（%1）在 Claude CLI 中没有对应项，不会使用</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="59"/>
        <source>running as root: IS_SANDBOX=1 is set for the workers, which the CLI requires for %1</source>
        <translation>以 root 身份运行：已为工作进程设置 IS_SANDBOX=1，这是 CLI 对 %1 的要求</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="73"/>
        <source>the prompt is empty</source>
        <translation>提示词为空</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="75"/>
        <source>the prompt has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>提示词有 %1 个字符；Claude CLI 通过 stdin 最多接受 %2 (10 MiB)</translation>
    </message>
    <message>
        <location filename="../core/agent/ClaudeDriver.cpp" line="94"/>
        <source>the prompt with the results of the subtasks it depends on has %1 characters; the Claude CLI accepts at most %2 (10 MiB) on stdin</source>
        <translation>包含所依赖子任务结果的提示词有 %1 个字符；Claude CLI 通过 stdin 最多接受 %2 (10 MiB)</translation>
    </message>
</context>
<context>
    <name>CommandDriver</name>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="116"/>
        <source>agent.command is empty: set a command template, e.g. `aider --yes --message {prompt}`</source>
        <translation>agent.command 为空：请设置命令模板，例如 `aider --yes --message {prompt}`</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="118"/>
        <source>agent.command cannot be split into words: %1</source>
        <translation>agent.command 无法拆分为单词：%1</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="120"/>
        <source>agent.command names no program</source>
        <translation>agent.command 没有指定程序</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="130"/>
        <source>agent.command: the program %1 does not exist</source>
        <translation>agent.command：程序 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="132"/>
        <source>agent.command: the program %1 is not an executable file</source>
        <translation>agent.command：程序 %1 不是可执行文件</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="139"/>
        <source>agent.command: the program &quot;%1&quot; is not in PATH (%2)</source>
        <translation>agent.command：程序“%1”不在 PATH 中（%2）</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="149"/>
        <source>the prompt contains a NUL character, which no argument can hold: use {prompt_file} in agent.command</source>
        <translation>提示词包含 NUL 字符，任何参数都无法容纳：请在 agent.command 中使用 {prompt_file}</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="152"/>
        <source>the prompt is %1 bytes, more than one argument can hold (128 KiB): use {prompt_file} in agent.command</source>
        <translation>提示词有 %1 字节，超过单个参数能容纳的大小 (128 KiB)：请在 agent.command 中使用 {prompt_file}</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="199"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="205"/>
        <source>killed by %1</source>
        <translation>被 %1 终止</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="208"/>
        <source>exited with code 0</source>
        <translation>以代码 0 退出</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="209"/>
        <source>exited with code %1</source>
        <translation>以代码 %1 退出</translation>
    </message>
    <message>
        <location filename="../core/agent/CommandDriver.cpp" line="215"/>
        <source>ended while %1</source>
        <translation>在 %1 状态下结束</translation>
    </message>
</context>
<context>
    <name>ConfigDiagnostic</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="50"/>
        <source>warning: </source>
        <translation>警告： </translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="37"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="39"/>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="41"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="43"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="113"/>
        <source>cannot read the configuration file: %1</source>
        <translation>无法读取配置文件：%1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>没有名为“%1”的配置方案</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="133"/>
        <source>no profile named &apos;%1&apos;; did you mean %2?</source>
        <translation>没有名为“%1”的配置方案；您是指 %2 吗？</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="138"/>
        <source>no schema_version: saved by an older version; missing keys take their defaults</source>
        <translation>没有 schema_version：由旧版本保存；缺少的键取默认值</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="148"/>
        <source>malformed YAML: %1</source>
        <translation>YAML 格式错误：%1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="155"/>
        <source>expected a mapping of sections (orchestrator, ai, ...), got %1</source>
        <translation>应为各节的映射（orchestrator、ai、...），实际为%1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="167"/>
        <source>invalid value &apos;%1&apos; (allowed: a whole number from 1)</source>
        <translation>无效值“%1”（允许：从 1 起的整数）</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="171"/>
        <source>written by a newer version (schema %1, this one reads %2); keys it does not know are ignored</source>
        <translation>由较新版本写入（架构 %1，本版本读取 %2）；将忽略不认识的键</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="181"/>
        <source>unknown section, ignored</source>
        <translation>未知的节，已忽略</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="182"/>
        <source>unknown section, ignored; did you mean %1?</source>
        <translation>未知的节，已忽略；您是指 %1 吗？</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="196"/>
        <source>expected a mapping of keys, got %1</source>
        <translation>应为键的映射，实际为%1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="213"/>
        <source>unknown key, ignored</source>
        <translation>未知的键，已忽略</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="214"/>
        <source>unknown key, ignored; did you mean %1?</source>
        <translation>未知的键，已忽略；您是指 %1 吗？</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="231"/>
        <source>expected a list of texts, got %1 in the list</source>
        <translation>应为文本列表，列表中却有%1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="239"/>
        <source>expected a list of texts, got %1</source>
        <translation>应为文本列表，实际为%1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="248"/>
        <source>missing value (allowed: %1)</source>
        <translation>缺少值（允许：%1）</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="249"/>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="301"/>
        <source>unknown variable %1, ignored</source>
        <translation>未知变量 %1，已忽略</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="302"/>
        <source>unknown variable %1, ignored; did you mean %2?</source>
        <translation>未知变量 %1，已忽略；您是指 %2 吗？</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="345"/>
        <source>unknown key; did you mean %1?</source>
        <translation>未知的键；您是指 %1 吗？</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="366"/>
        <source>must be set when agent.kind is command (a template such as &apos;python3 {prompt_file}&apos;)</source>
        <translation>当 agent.kind 为 command 时必须设置（例如模板 &apos;python3 {prompt_file}&apos;）</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="371"/>
        <source>&apos;%1&apos; is not a variable name: list names only, never values</source>
        <translation>“%1”不是变量名：只列出名称，切勿填写值</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="391"/>
        <source>cannot create &apos;%1&apos;: no existing parent folder</source>
        <translation>无法创建“%1”：不存在父文件夹</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="393"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not a folder</source>
        <translation>无法创建“%1”：“%2”不是文件夹</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="397"/>
        <source>&apos;%1&apos; is not writable</source>
        <translation>“%1”不可写</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigLoader.cpp" line="399"/>
        <source>cannot create &apos;%1&apos;: &apos;%2&apos; is not writable</source>
        <translation>无法创建“%1”：“%2”不可写</translation>
    </message>
</context>
<context>
    <name>ConfigOrigin</name>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="9"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="11"/>
        <source>default, from %1</source>
        <translation>默认，来自 %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="16"/>
        <source>environment %1</source>
        <translation>环境 %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="18"/>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="41"/>
        <source>option %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="28"/>
        <source>built-in default</source>
        <translation>内置默认值</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigDiagnostic.cpp" line="39"/>
        <source>environment variable %1</source>
        <translation>环境变量 %1</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="190"/>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="192"/>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数字</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="194"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="196"/>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>any text</source>
        <translation>任意文本</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="198"/>
        <source>a non-empty text</source>
        <translation>非空文本</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="200"/>
        <source>a non-empty path</source>
        <translation>非空路径</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="202"/>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="212"/>
        <source>invalid value &apos;%1&apos; (allowed: %2)</source>
        <translation>无效值“%1”（允许：%2）</translation>
    </message>
    <message>
        <location filename="../core/config/ConfigSchema.cpp" line="259"/>
        <source>invalid value &apos;%1&apos;: %2</source>
        <translation>无效值“%1”：%2</translation>
    </message>
</context>
<context>
    <name>DockerEngine</name>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="71"/>
        <source>docker is not installed (no docker on PATH)</source>
        <translation>未安装 docker（PATH 中没有 docker）</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="82"/>
        <source>cannot run docker: %1</source>
        <translation>无法运行 docker：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="88"/>
        <source>docker %1 did not finish within %2 s</source>
        <translation>docker %1 未在 %2 秒内完成</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="104"/>
        <source>docker mode needs the docker client: install docker (Debian: apt-get install docker.io)</source>
        <translation>docker 模式需要 docker 客户端：请安装 docker（Debian：apt-get install docker.io）</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="110"/>
        <source>the docker daemon does not answer (%1); start it (systemctl start docker, or dockerd) and check that this user may use it</source>
        <translation>docker 守护进程没有应答（%1）；请启动它（systemctl start docker 或 dockerd），并确认当前用户有权使用它</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="112"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerEngine.cpp" line="153"/>
        <source>Container %1 is still there after docker rm: %2</source>
        <translation>执行 docker rm 后容器 %1 仍然存在：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/DockerEngine.cpp" line="179"/>
        <source>Removed %n container(s) left by orchestrators that are gone: %1</source>
        <translation>
            <numerusform>已删除已退出的编排器遗留的 %n 个容器：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockerIsolation</name>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="73"/>
        <source>the docker image %1 does not exist; build it with: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>docker 镜像 %1 不存在；请用以下命令构建：docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="105"/>
        <source>Cannot hand the folder of worker %1 to the container&apos;s user: %2</source>
        <translation>无法将工作进程 %1 的文件夹交给容器的用户：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="106"/>
        <source>Cannot take the folder of worker %1 back from the container&apos;s user: %2</source>
        <translation>无法从容器的用户收回工作进程 %1 的文件夹：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="211"/>
        <source>The variable %1 is not passed to the container: its name or value cannot be handed over safely</source>
        <translation>变量 %1 未传给容器：其名称或值无法安全地传递</translation>
    </message>
    <message>
        <location filename="../core/isolation/DockerIsolation.cpp" line="257"/>
        <source>Removed the container %1</source>
        <translation>已删除容器 %1</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="58"/>
        <source>no part of %1 exists</source>
        <translation>%1 的任何部分都不存在</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="62"/>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="66"/>
        <source>cannot create a file in %1: %2</source>
        <translation>无法在 %1 中创建文件：%2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="145"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="152"/>
        <source>correct the value(s) named above; --print-config shows where each value comes from</source>
        <translation>请更正上面列出的值；--print-config 会显示每个值的来源</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="158"/>
        <source>a run goes ahead anyway; correct the value(s) named above to silence this</source>
        <translation>运行仍会继续；更正上面列出的值即可消除此提示</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="161"/>
        <source>defaults, environment and options (no configuration file)</source>
        <translation>默认值、环境和选项（无配置文件）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="168"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="173"/>
        <source>%1 is not writable: %2</source>
        <translation>%1 不可写：%2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="174"/>
        <source>choose a folder you may write to with --workspace PATH (paths.workspace, or paths.logs and paths.output when those are set apart)</source>
        <translation>请用 --workspace PATH 选择一个可写的文件夹（paths.workspace，或单独设置时的 paths.logs 和 paths.output）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="179"/>
        <source>%1 (writable)</source>
        <translation>%1（可写）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="180"/>
        <source>%1 (writable; created by the first run)</source>
        <translation>%1（可写；首次运行时创建）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="186"/>
        <source>Agent</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="187"/>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="196"/>
        <source>command %1</source>
        <translation>命令 %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="198"/>
        <source>set agent.command to a template whose program is installed (--command TEMPLATE)</source>
        <translation>请将 agent.command 设为其程序已安装的模板（--command TEMPLATE）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="200"/>
        <source>not checked for agent.kind command</source>
        <translation>agent.kind 为 command 时不检查</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="209"/>
        <source>install it with `npm install -g @anthropic-ai/claude-code`, or set agent.binary to its path</source>
        <translation>请用 `npm install -g @anthropic-ai/claude-code` 安装，或将 agent.binary 设为其路径</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="210"/>
        <location filename="../core/doctor/Doctor.cpp" line="223"/>
        <source>needs the agent</source>
        <translation>需要智能体</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="220"/>
        <source>found %1, but it does not run: %2</source>
        <translation>找到了 %1，但它无法运行：%2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="221"/>
        <source>reinstall it with `npm install -g @anthropic-ai/claude-code`, or point agent.binary at one that runs</source>
        <translation>请用 `npm install -g @anthropic-ai/claude-code` 重新安装，或将 agent.binary 指向一个能运行的版本</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="226"/>
        <source>claude %1 at %2</source>
        <translation>claude %1，位于 %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="229"/>
        <source>skipped (--offline)</source>
        <translation>已跳过（--offline）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="245"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="246"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="247"/>
        <source>Worktree base</source>
        <translation>工作树基准</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>no git on PATH</source>
        <translation>PATH 中没有 git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="250"/>
        <source>install git (Debian: apt-get install git)</source>
        <translation>请安装 git（Debian：apt-get install git）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="251"/>
        <location filename="../core/doctor/Doctor.cpp" line="252"/>
        <location filename="../core/doctor/Doctor.cpp" line="260"/>
        <location filename="../core/doctor/Doctor.cpp" line="261"/>
        <source>needs git</source>
        <translation>需要 git</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="258"/>
        <source>%1 does not run: %2</source>
        <translation>%1 无法运行：%2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="259"/>
        <source>reinstall git (Debian: apt-get install --reinstall git)</source>
        <translation>请重新安装 git（Debian：apt-get install --reinstall git）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="264"/>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="271"/>
        <source>run from inside a git repository that has a commit, or set worktree.repository to one</source>
        <translation>请在一个已有提交的 git 仓库内运行，或将 worktree.repository 设为这样的仓库</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="272"/>
        <source>needs the repository</source>
        <translation>需要仓库</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="280"/>
        <source>worktree.base %1 is not a commit of %2</source>
        <translation>worktree.base %1 不是 %2 的提交</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="281"/>
        <source>set worktree.base to a branch, tag or commit of the repository (git branch --all lists them)</source>
        <translation>请将 worktree.base 设为仓库的分支、标签或提交（git branch --all 会列出它们）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="284"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="291"/>
        <source>Docker client</source>
        <translation>Docker 客户端</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="292"/>
        <source>Docker daemon</source>
        <translation>Docker 守护进程</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="293"/>
        <source>Worker image</source>
        <translation>工作进程镜像</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>no docker on PATH</source>
        <translation>PATH 中没有 docker</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="297"/>
        <source>install docker (Debian: apt-get install docker.io)</source>
        <translation>请安装 docker（Debian：apt-get install docker.io）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="298"/>
        <location filename="../core/doctor/Doctor.cpp" line="299"/>
        <source>needs the docker client</source>
        <translation>需要 docker 客户端</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="309"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="310"/>
        <source>the docker daemon does not answer: %1</source>
        <translation>docker 守护进程没有应答：%1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="311"/>
        <source>start it (systemctl start docker, or dockerd) and check that this user may use it (docker info)</source>
        <translation>请启动它（systemctl start docker 或 dockerd），并确认当前用户有权使用它（docker info）</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="313"/>
        <source>start the daemon DOCKER_HOST names (%1), or unset DOCKER_HOST to use the local one</source>
        <translation>请启动 DOCKER_HOST 指定的守护进程（%1），或取消设置 DOCKER_HOST 以使用本地守护进程</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="315"/>
        <source>needs the docker daemon</source>
        <translation>需要 docker 守护进程</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="318"/>
        <source>docker engine %1</source>
        <translation>docker 引擎 %1</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="322"/>
        <source>the image %1 does not exist</source>
        <translation>镜像 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/doctor/Doctor.cpp" line="323"/>
        <source>build it: docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</source>
        <translation>请构建它：docker build -t %1 -f packaging/docker/worker.Dockerfile packaging/docker</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="38"/>
        <source>expected NAME=value</source>
        <translation>应为 NAME=value</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="43"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>“%1”不是有效的变量名</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="73"/>
        <source>unterminated quoted value</source>
        <translation>引号中的值未结束</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="78"/>
        <source>unexpected text after the closing quote</source>
        <translation>右引号后有意外的文本</translation>
    </message>
    <message>
        <location filename="../core/config/DotEnv.cpp" line="117"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="27"/>
        <source>git is not installed (no git on PATH)</source>
        <translation>未安装 git（PATH 中没有 git）</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="45"/>
        <source>cannot run git: %1</source>
        <translation>无法运行 git：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="51"/>
        <source>git %1 did not finish within %2 s</source>
        <translation>git %1 未在 %2 秒内完成</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="63"/>
        <source>git %1 crashed</source>
        <translation>git %1 崩溃了</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="96"/>
        <source>worktree mode needs git, and git is not installed (no git on PATH)</source>
        <translation>worktree 模式需要 git，但未安装 git（PATH 中没有 git）</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="98"/>
        <source>the repository folder %1 does not exist</source>
        <translation>仓库文件夹 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="102"/>
        <source>%1 is not in a git repository (set worktree.repository): %2</source>
        <translation>%1 不在 git 仓库中（请设置 worktree.repository）：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="104"/>
        <source>%1 is a bare git repository; worktree mode needs one with a working tree</source>
        <translation>%1 是裸 git 仓库；worktree 模式需要带工作树的仓库</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="108"/>
        <source>%1 is not inside the working tree of a git repository: %2</source>
        <translation>%1 不在 git 仓库的工作树中：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/GitRepository.cpp" line="114"/>
        <source>the git repository %1 has no commit yet; commit something first</source>
        <translation>git 仓库 %1 还没有任何提交；请先提交一些内容</translation>
    </message>
</context>
<context>
    <name>HeuristicDecomposer</name>
    <message>
        <location filename="../core/planning/HeuristicDecomposer.cpp" line="214"/>
        <source>The task is empty: there is nothing to plan.</source>
        <translation>任务为空：没有可规划的内容。</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../ui/settings/LanguageSettings.cpp" line="63"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
</context>
<context>
    <name>MonitorFormatter</name>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="41"/>
        <source>=== Task Execution Monitor ===</source>
        <translation>=== 任务执行监视器 ===</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="42"/>
        <source>Time: %1 | Workers: %2/%3 active</source>
        <translation>时间：%1 | 工作进程：%2/%3 活动</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="43"/>
        <source>Progress: [%1] %2% (%3/%4 completed)</source>
        <translation>进度：[%1] %2% (%3/%4 已完成)</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="53"/>
        <source>✓ Completed (%1)</source>
        <translation>✓ 已完成（%1）</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="56"/>
        <source>⚙ In Progress (%1)</source>
        <translation>⚙ 进行中（%1）</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="58"/>
        <source>, attempt %1</source>
        <translation>，第 %1 次尝试</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="60"/>
        <source> | CPU %1% | %2</source>
        <translation> | CPU %1% | %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="63"/>
        <source>✗ Failed (%1)</source>
        <translation>✗ 失败（%1）</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="66"/>
        <source>✗ Timed out (%1)</source>
        <translation>✗ 超时（%1）</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="69"/>
        <source>✗ Cancelled</source>
        <translation>✗ 已取消</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="72"/>
        <source>- Skipped</source>
        <translation>- 已跳过</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Waiting to retry</source>
        <translation>⏳ 等待重试</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="75"/>
        <source>⏳ Queued</source>
        <translation>⏳ 排队中</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="78"/>
        <source>Worker %1: %2</source>
        <translation>工作进程 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="81"/>
        <source>Resources:</source>
        <translation>资源：</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="82"/>
        <source>  CPU: %1%</source>
        <translation>  CPU：%1%</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="83"/>
        <source>  Memory: %1 / %2</source>
        <translation>  内存：%1 / %2</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="85"/>
        <source>  Cost: $%1</source>
        <translation>  费用：$%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="87"/>
        <source>Paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="89"/>
        <source>Resuming in %1</source>
        <translation>%1 后恢复</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="92"/>
        <source>Not starting more workers, %1</source>
        <translation>不再启动更多工作进程，%1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: ~%1</source>
        <translation>预计剩余时间：约 %1</translation>
    </message>
    <message>
        <location filename="../core/monitor/MonitorFormatter.cpp" line="94"/>
        <source>ETA: estimating...</source>
        <translation>预计剩余时间：估算中...</translation>
    </message>
</context>
<context>
    <name>OutputCollector</name>
    <message>
        <location filename="../core/run/OutputCollector.cpp" line="26"/>
        <source>cannot create the output folder %1</source>
        <translation>无法创建输出文件夹 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/OutputCollector.cpp" line="58"/>
        <source>%n file(s) too large to copy into %1 were left in the worker folders</source>
        <translation>
            <numerusform>%n 个文件太大，无法复制到 %1，已留在工作进程文件夹中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../core/planning/Plan.cpp" line="77"/>
        <source>The plan has no subtasks.</source>
        <translation>计划中没有子任务。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="81"/>
        <source>The plan has %1 subtasks, more than the limit of %2.</source>
        <translation>计划有 %1 个子任务，超过了上限 %2。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="88"/>
        <source>Subtask #%1 has no id.</source>
        <translation>子任务 #%1 没有 id。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="91"/>
        <source>Subtask &quot;%1&quot; appears more than once (at #%2 and #%3).</source>
        <translation>子任务“%1”出现了不止一次（位于 #%2 和 #%3）。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="101"/>
        <source>Subtask %1 has an empty prompt.</source>
        <translation>子任务 %1 的提示词为空。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="112"/>
        <source>Subtask %1 depends on itself.</source>
        <translation>子任务 %1 依赖于自身。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="115"/>
        <source>Subtask %1 depends on unknown subtask &quot;%2&quot;.</source>
        <translation>子任务 %1 依赖于未知的子任务“%2”。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="156"/>
        <source>Subtasks depend on each other in a cycle: %1.</source>
        <translation>子任务之间存在循环依赖：%1。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="195"/>
        <source>A plan must be a JSON object.</source>
        <translation>计划必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="200"/>
        <source>The plan&apos;s &quot;task&quot; must be a string.</source>
        <translation>计划的 &quot;task&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="205"/>
        <source>The plan has no &quot;subtasks&quot; list.</source>
        <translation>计划中没有 &quot;subtasks&quot; 列表。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="207"/>
        <source>The plan&apos;s &quot;subtasks&quot; must be a list.</source>
        <translation>计划的 &quot;subtasks&quot; 必须是列表。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="213"/>
        <source>Subtask #%1 must be a JSON object.</source>
        <translation>子任务 #%1 必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="218"/>
        <source>Subtask #%1 has no &quot;id&quot;.</source>
        <translation>子任务 #%1 没有 &quot;id&quot;。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="221"/>
        <source>Subtask #%1: &quot;id&quot; must be a string or a whole number.</source>
        <translation>子任务 #%1：&quot;id&quot; 必须是字符串或整数。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="227"/>
        <source>Subtask %1 has no &quot;prompt&quot;.</source>
        <translation>子任务 %1 没有 &quot;prompt&quot;。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="229"/>
        <source>Subtask %1: &quot;prompt&quot; must be a string.</source>
        <translation>子任务 %1：&quot;prompt&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="235"/>
        <source>Subtask %1: &quot;title&quot; must be a string.</source>
        <translation>子任务 %1：&quot;title&quot; 必须是字符串。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="243"/>
        <source>Subtask %1: &quot;depends_on&quot; must be a list of ids.</source>
        <translation>子任务 %1：&quot;depends_on&quot; 必须是 id 列表。</translation>
    </message>
    <message>
        <location filename="../core/planning/Plan.cpp" line="247"/>
        <source>Subtask %1: &quot;depends_on&quot; must hold only ids (strings or whole numbers).</source>
        <translation>子任务 %1：&quot;depends_on&quot; 只能包含 id（字符串或整数）。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="53"/>
        <source>a profile name cannot be empty</source>
        <translation>配置方案名称不能为空</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="55"/>
        <source>a profile name has at most %1 characters</source>
        <translation>配置方案名称最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="57"/>
        <source>a profile name cannot start with a dot</source>
        <translation>配置方案名称不能以点开头</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="59"/>
        <source>a profile name cannot start or end with a space</source>
        <translation>配置方案名称不能以空格开头或结尾</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="61"/>
        <source>a profile name cannot contain / or \</source>
        <translation>配置方案名称不能包含 / 或 \</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="63"/>
        <source>a profile name cannot contain control characters</source>
        <translation>配置方案名称不能包含控制字符</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="98"/>
        <source>profile not saved: %1 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>配置方案未保存：%1 中有看起来像 API 密钥的内容；请改为通过环境传递机密信息</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="117"/>
        <location filename="../core/config/ProfileStore.cpp" line="132"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation>没有名为“%1”的配置方案</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="121"/>
        <source>a profile named &apos;%1&apos; already exists</source>
        <translation>名为“%1”的配置方案已存在</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="123"/>
        <source>cannot rename profile &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>无法将配置方案“%1”重命名为“%2”</translation>
    </message>
    <message>
        <location filename="../core/config/ProfileStore.cpp" line="138"/>
        <source>cannot delete profile &apos;%1&apos;: %2</source>
        <translation>无法删除配置方案“%1”：%2</translation>
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
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="21"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="28"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="29"/>
        <source>Running</source>
        <translation>运行中</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="32"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="33"/>
        <location filename="../ui/results/ResultText.cpp" line="46"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="34"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="44"/>
        <source>Partly succeeded</source>
        <translation>部分成功</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="55"/>
        <source>Fast-forward</source>
        <translation>快进</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="56"/>
        <source>Merge commit</source>
        <translation>合并提交</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="57"/>
        <source>Already merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="58"/>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="60"/>
        <source>Refused: %1 in the way</source>
        <translation>已拒绝：%1 妨碍了合并</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultText.cpp" line="61"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>ReviewWork</name>
    <message>
        <location filename="../ui/results/ReviewWork.cpp" line="31"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>目标分支 %1 在 %2 中不存在</translation>
    </message>
</context>
<context>
    <name>RunJanitor</name>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="105"/>
        <location filename="../core/run/RunJanitor.cpp" line="154"/>
        <source>cannot clean up the worktrees of run %1: %2</source>
        <translation>无法清理运行 %1 的工作树：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="127"/>
        <source>no run %1 in %2</source>
        <translation>%2 中没有运行 %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="129"/>
        <source>run %1 is still running; stop it before cleaning it up</source>
        <translation>运行 %1 仍在进行中；请先停止再清理</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="149"/>
        <source>Kept branch %1 of run %2: it is not merged</source>
        <translation>保留了运行 %2 的分支 %1：它尚未合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/RunJanitor.cpp" line="214"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>已停止运行 %1 遗留的 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="231"/>
        <source>cannot remove the container %1 of run %2</source>
        <translation>无法删除运行 %2 的容器 %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="235"/>
        <source>Removed container %1 of run %2</source>
        <translation>已删除运行 %2 的容器 %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="311"/>
        <source>git add failed in %1: %2</source>
        <translation>在 %1 中 git add 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="319"/>
        <source>git diff failed in %1: %2</source>
        <translation>在 %1 中 git diff 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="346"/>
        <source>git commit failed in %1: %2</source>
        <translation>在 %1 中 git commit 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="349"/>
        <source>Committed what run %1 left in %2 on branch %3</source>
        <translation>已将运行 %1 在 %2 中留下的内容提交到分支 %3</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="363"/>
        <source>cannot remove the worktree %1: %2</source>
        <translation>无法删除工作树 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="367"/>
        <source>Removed worktree %1 of run %2</source>
        <translation>已删除运行 %2 的工作树 %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="376"/>
        <source>cannot delete the branch %1: %2</source>
        <translation>无法删除分支 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="380"/>
        <source>Deleted branch %1 of run %2</source>
        <translation>已删除运行 %2 的分支 %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="409"/>
        <source>git worktree prune failed: %1</source>
        <translation>git worktree prune 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/run/RunJanitor.cpp" line="414"/>
        <source>Pruned stale git worktree entries: %1</source>
        <translation>已清理过时的 git 工作树条目：%1</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/run/RunStore.cpp" line="42"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="113"/>
        <source>run %1 is being run by another process</source>
        <translation>运行 %1 正由另一个进程执行</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="122"/>
        <source>cannot open the journal %1: %2</source>
        <translation>无法打开运行记录 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="134"/>
        <source>cannot create the run folder %1</source>
        <translation>无法创建运行文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="146"/>
        <source>no run %1 in %2</source>
        <translation>%2 中没有运行 %1</translation>
    </message>
    <message>
        <location filename="../core/run/RunStore.cpp" line="188"/>
        <source>no readable plan for run %1 (%2)</source>
        <translation>运行 %1 没有可读取的计划（%2）</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <location filename="../core/util/ShellWords.cpp" line="54"/>
        <source>unterminated %1 quote</source>
        <translation>%1 引号未结束</translation>
    </message>
</context>
<context>
    <name>SingleTaskDecomposer</name>
    <message>
        <location filename="../core/planning/SingleTaskDecomposer.h" line="19"/>
        <source>the task is empty</source>
        <translation>任务为空</translation>
    </message>
</context>
<context>
    <name>SubprocessIsolation</name>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="24"/>
        <source>cannot create the workspace %1</source>
        <translation>无法创建工作区 %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="30"/>
        <source>the workspace %1 is not writable: %2</source>
        <translation>工作区 %1 不可写：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/SubprocessIsolation.cpp" line="41"/>
        <source>cannot create the worker folder %1</source>
        <translation>无法创建工作进程文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ToolSummary</name>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="144"/>
        <source>(image)</source>
        <translation>（图片）</translation>
    </message>
    <message>
        <location filename="../core/agent/ToolSummary.cpp" line="157"/>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="28"/>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="37"/>
        <source>the workspace %1 is in use by run %2 of another orchestrator (process %3), whose workers use the same folders; wait for it to end, or give this run another workspace</source>
        <translation>工作区 %1 正被另一个编排器（进程 %3）的运行 %2 使用，其工作进程使用相同的文件夹；请等待它结束，或为此运行指定另一个工作区</translation>
    </message>
    <message>
        <location filename="../core/run/WorkspaceLock.cpp" line="39"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>WorktreeIsolation</name>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="52"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author 的格式应类似 &apos;Name &lt;email&gt;&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="64"/>
        <source>worktree.base %1 is not a commit of the repository %2</source>
        <translation>worktree.base %1 不是仓库 %2 的提交</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="71"/>
        <source>cannot create the workspace %1</source>
        <translation>无法创建工作区 %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="93"/>
        <source>Cannot write %1: the workspace will show as untracked in git status</source>
        <translation>无法写入 %1：工作区将在 git status 中显示为未跟踪</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="101"/>
        <source>start of run %1</source>
        <translation>运行 %1 开始</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="111"/>
        <source>git worktree prune failed: %1</source>
        <translation>git worktree prune 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="114"/>
        <source>Pruned stale git worktree entries (%1): %2</source>
        <translation>已清理过时的 git 工作树条目（%1）：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="171"/>
        <source>Unlocked the stale worktree entry of %1 (its folder is gone)</source>
        <translation>已解锁 %1 的过时工作树条目（其文件夹已不存在）</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="177"/>
        <source>stale worktree of worker %1</source>
        <translation>工作进程 %1 的过时工作树</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="184"/>
        <source>Worker %1 continues in its existing worktree %2</source>
        <translation>工作进程 %1 在其现有工作树 %2 中继续</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="194"/>
        <source>Worker %1: %2 already exists (left by an earlier run?); using %3</source>
        <translation>工作进程 %1：%2 已存在（是之前的运行留下的？）；改用 %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="210"/>
        <source>Worker %1 continues on its existing branch %2</source>
        <translation>工作进程 %1 在其现有分支 %2 上继续</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="215"/>
        <source>Worker %1: branch %2 is already checked out elsewhere; using %3</source>
        <translation>工作进程 %1：分支 %2 已在别处检出；改用 %3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="229"/>
        <source>cannot create the git worktree %1 on branch %2: %3</source>
        <translation>无法在分支 %2 上创建 git 工作树 %1：%3</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="234"/>
        <source>Worker %1 works in the git worktree %2 on branch %3</source>
        <translation>工作进程 %1 在 git 工作树 %2 中的分支 %3 上工作</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="278"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="353"/>
        <source>worker %1 has no git worktree</source>
        <translation>工作进程 %1 没有 git 工作树</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="281"/>
        <source>the worktree %1 of worker %2 is gone</source>
        <translation>工作进程 %2 的工作树 %1 已不存在</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="291"/>
        <source>git add failed in %1: %2</source>
        <translation>在 %1 中 git add 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="301"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="387"/>
        <source>Worker %1</source>
        <translation>工作进程 %1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="310"/>
        <source>git commit failed in %1: %2</source>
        <translation>在 %1 中 git commit 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="312"/>
        <source>git diff failed in %1: %2</source>
        <translation>在 %1 中 git diff 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="325"/>
        <source>branch %1 has no commit</source>
        <translation>分支 %1 没有提交</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="333"/>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="361"/>
        <source>git diff failed: %1</source>
        <translation>git diff 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="379"/>
        <source>Cannot clean up the worktree of worker %1: %2</source>
        <translation>无法清理工作进程 %1 的工作树：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeIsolation.cpp" line="409"/>
        <source>Worker %1 committed on %2: %n file(s) changed</source>
        <translation>
            <numerusform>工作进程 %1 已在 %2 上提交：更改了 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorktreeMerger</name>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="118"/>
        <source>HEAD of %1 is detached: name the branch to merge into (worktree.merge_target)</source>
        <translation>%1 的 HEAD 处于分离状态：请指定要合并到的分支 (worktree.merge_target)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="138"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="167"/>
        <source>git diff failed: %1</source>
        <translation>git diff 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="154"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="158"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="196"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="208"/>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="405"/>
        <source>%1 is neither a branch nor a commit of %2</source>
        <translation>%1 既不是 %2 的分支也不是提交</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="230"/>
        <source>git worktree list failed: %1</source>
        <translation>git worktree list 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="277"/>
        <source>%1 is being rebased in %2: finish or abort the rebase, then merge again</source>
        <translation>%1 正在 %2 中变基：请完成或中止变基，然后重新合并</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="286"/>
        <source>%1 is checked out in more than one worktree (%2): check it out in one only, then merge again</source>
        <translation>%1 在多个工作树中被检出（%2）：请只在一个工作树中检出，然后重新合并</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="293"/>
        <source>a merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="294"/>
        <source>a cherry-pick</source>
        <translation>拣选 (cherry-pick)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="295"/>
        <source>a revert</source>
        <translation>还原 (revert)</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="296"/>
        <source>a rebase</source>
        <translation>变基</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="297"/>
        <source>a rebase or git am</source>
        <translation>变基或 git am</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="301"/>
        <source>%1 is in progress in %2: finish or abort it, then merge again</source>
        <translation>%2 中有%1正在进行：请完成或中止它，然后重新合并</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="327"/>
        <source>cannot read the state of %1: %2</source>
        <translation>无法读取 %1 的状态：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="337"/>
        <source>%1 has unresolved conflicts: resolve them, then merge again</source>
        <translation>%1 有未解决的冲突：请解决后重新合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="354"/>
        <source>%1 is checked out in %2 with local changes to %n file(s) the merge changes (%3): commit or stash them, then merge again; nothing was changed</source>
        <translation>
            <numerusform>%1 已在 %2 中检出，且合并会更改的 %n 个文件有本地修改（%3）：请提交或贮藏这些修改，然后重新合并；未做任何更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="370"/>
        <source>cannot update the checkout %1: %2; nothing was changed</source>
        <translation>无法更新检出 %1：%2；未做任何更改</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="400"/>
        <source>the target branch %1 does not exist in %2</source>
        <translation>目标分支 %1 在 %2 中不存在</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="409"/>
        <source>git merge-base failed for %1 and %2</source>
        <translation>%1 和 %2 的 git merge-base 失败</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="411"/>
        <source>%1 already contains %2: nothing to merge</source>
        <translation>%1 已包含 %2：无需合并</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/isolation/WorktreeMerger.cpp" line="426"/>
        <source>%1 conflicts with %2 in %n file(s) (%3); %2 was left as it was</source>
        <translation>
            <numerusform>%1 与 %2 在 %n 个文件中冲突（%3）；%2 保持原样</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="431"/>
        <source>git merge-tree failed: %1</source>
        <translation>git merge-tree 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="435"/>
        <source>worktree.author must look like &apos;Name &lt;email&gt;&apos;, not &apos;%1&apos;</source>
        <translation>worktree.author 的格式应类似 &apos;Name &lt;email&gt;&apos;，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="445"/>
        <source>git commit-tree failed: %1</source>
        <translation>git commit-tree 失败：%1</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="477"/>
        <source>%1 changed while merging, so it was left alone: %2</source>
        <translation>%1 在合并期间发生了变化，因此未作改动：%2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="481"/>
        <source>fast-forwarded %1 to %2</source>
        <translation>已将 %1 快进到 %2</translation>
    </message>
    <message>
        <location filename="../core/isolation/WorktreeMerger.cpp" line="482"/>
        <source>merged into %1 with the merge commit %2</source>
        <translation>已通过合并提交 %2 合并到 %1</translation>
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
        <translation>桌面应用程序；命令行版本是 `orchestrator`。</translation>
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
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="42"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="48"/>
        <source>Using Qt %1 (built with Qt %2)</source>
        <translation>使用 Qt %1（以 Qt %2 构建）</translation>
    </message>
    <message>
        <location filename="../ui/about/AboutDialog.cpp" line="54"/>
        <source>Splits one large task into subtasks and runs each of them as an AI coding agent, in parallel, each in its own folder, git worktree or container. Watch the workers live, cancel or retry them, and browse the logs and results of every run.</source>
        <translation>将一个大任务拆分为子任务，并将每个子任务作为 AI 编程智能体并行运行，各自位于独立的文件夹、git 工作树或容器中。可实时查看工作进程，取消或重试它们，并浏览每次运行的日志和结果。</translation>
    </message>
</context>
<context>
    <name>orch::AgentStatusIndicator</name>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="117"/>
        <source>Checking the agent...</source>
        <translation>正在检查智能体...</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="118"/>
        <source>Looking for the agent and what the chosen mode needs</source>
        <translation>正在查找智能体以及所选模式所需的条件</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="124"/>
        <source>Agent: unknown</source>
        <translation>智能体：未知</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="126"/>
        <source>Agent not found</source>
        <translation>未找到智能体</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="140"/>
        <source>%1 (not ready for %2)</source>
        <translation>%1（尚未满足 %2 的要求）</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="145"/>
        <source>Mode %1</source>
        <translation>模式 %1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="153"/>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/AgentStatusIndicator.cpp" line="156"/>
        <source>Click to check again.</source>
        <translation>点击以重新检查。</translation>
    </message>
</context>
<context>
    <name>orch::Config</name>
    <message>
        <location filename="../core/config/Config.cpp" line="63"/>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/config/Config.cpp" line="69"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>orch::ConfigField</name>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="37"/>
        <source>Max workers</source>
        <translation>最大工作进程数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="38"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="39"/>
        <location filename="../ui/settings/ConfigField.cpp" line="79"/>
        <source>Timeout</source>
        <translation>超时</translation>
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
        <translation>无活动超时</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="41"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="42"/>
        <source>Max retries</source>
        <translation>最大重试次数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="43"/>
        <source>Retry delay</source>
        <translation>重试延迟</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="44"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="45"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="46"/>
        <source>Max tokens</source>
        <translation>最大令牌数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="47"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="48"/>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="49"/>
        <source>Log level</source>
        <translation>日志级别</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="50"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="51"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="52"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="53"/>
        <source>Max memory per worker</source>
        <translation>每个工作进程的最大内存</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="54"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source>Max CPU percent</source>
        <translation>最大 CPU 百分比</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="55"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="56"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="57"/>
        <source>Binary</source>
        <translation>可执行文件</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="58"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="59"/>
        <source>Permission mode</source>
        <translation>权限模式</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="60"/>
        <source>Max turns</source>
        <translation>最大轮数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="61"/>
        <source>agent default</source>
        <translation>智能体默认值</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="62"/>
        <location filename="../ui/settings/ConfigField.cpp" line="68"/>
        <source>Extra arguments</source>
        <translation>额外参数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="63"/>
        <source>Pass environment variables</source>
        <translation>传递的环境变量</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="64"/>
        <source>WSL distribution</source>
        <translation>WSL 发行版</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="65"/>
        <source>NVM path</source>
        <translation>NVM 路径</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="66"/>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="67"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="69"/>
        <source>Worktree</source>
        <translation>工作树</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="70"/>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="71"/>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="72"/>
        <source>Branch prefix</source>
        <translation>分支前缀</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="73"/>
        <source>Cleanup</source>
        <translation>清理</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="74"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="75"/>
        <source>Merge target</source>
        <translation>合并目标</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="76"/>
        <source>Decomposer</source>
        <translation>分解器</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="77"/>
        <source>Max subtasks</source>
        <translation>最大子任务数</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="78"/>
        <source>Strict</source>
        <translation>严格</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="120"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="186"/>
        <source>words separated by spaces; quote a word that has spaces</source>
        <translation>以空格分隔的单词；包含空格的单词请加引号</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="196"/>
        <source>found automatically when empty</source>
        <translation>留空时自动查找</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="316"/>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="320"/>
        <source>Environment variable: %1</source>
        <translation>环境变量：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="321"/>
        <source>Allowed: %1</source>
        <translation>允许：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings/ConfigField.cpp" line="323"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>orch::DiffView</name>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="17"/>
        <source>No changes</source>
        <translation>无更改</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffView.cpp" line="35"/>
        <source>[Diff truncated: showing %1 of %2; the rest is in the branch]</source>
        <translation>[差异已截断：显示 %1 / %2；其余内容在分支中]</translation>
    </message>
</context>
<context>
    <name>orch::JsonlSink</name>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="67"/>
        <source>Cannot create the log folder %1</source>
        <translation>无法创建日志文件夹 %1</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="77"/>
        <source>Cannot create the log file %1: %2</source>
        <translation>无法创建日志文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="81"/>
        <source>Cannot find a free log file name in %1</source>
        <translation>在 %1 中找不到可用的日志文件名</translation>
    </message>
    <message>
        <location filename="../core/logging/JsonlSink.cpp" line="147"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>无法写入日志文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>orch::Log</name>
    <message>
        <location filename="../core/logging/Log.cpp" line="108"/>
        <source>Cannot open the console log file %1</source>
        <translation>无法打开控制台日志文件 %1</translation>
    </message>
</context>
<context>
    <name>orch::LogBrowser</name>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="58"/>
        <location filename="../ui/logs/LogBrowser.cpp" line="230"/>
        <source>Open Log File</source>
        <translation>打开日志文件</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="59"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="91"/>
        <source>Levels</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="98"/>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="100"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="102"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="104"/>
        <source>Open Log File...</source>
        <translation>打开日志文件...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="238"/>
        <source>Looking for the log of run %1...</source>
        <translation>正在查找运行 %1 的日志...</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="263"/>
        <source>Orchestrator log</source>
        <translation>编排器日志</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="265"/>
        <source>Journal</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="269"/>
        <source>Worker %1, attempt %2 (transcript)</source>
        <translation>工作进程 %1，第 %2 次尝试（会话记录）</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="274"/>
        <source>No log found for run %1</source>
        <translation>未找到运行 %1 的日志</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="314"/>
        <source>All workers</source>
        <translation>所有工作进程</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="317"/>
        <source>Worker %1</source>
        <translation>工作进程 %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="332"/>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
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
        <translation>正在建立索引... %1</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="363"/>
        <source>Filtering... %1 of %2 shown</source>
        <translation>正在筛选... 显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogBrowser.cpp" line="366"/>
        <source>%1 shown of %2</source>
        <translation>显示 %1 / %2</translation>
    </message>
</context>
<context>
    <name>orch::LogIndex</name>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="88"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogIndex.cpp" line="283"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>orch::LogTableModel</name>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="135"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="137"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="139"/>
        <source>Worker</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <location filename="../ui/logs/LogTableModel.cpp" line="141"/>
        <source>Message</source>
        <translation>消息</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="244"/>
        <source>Quit the application</source>
        <translation>退出应用程序</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="251"/>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="255"/>
        <source>&amp;Run</source>
        <comment>action that starts a run</comment>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="262"/>
        <source>&amp;Plan</source>
        <comment>action that plans the task without running it</comment>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="266"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="274"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="277"/>
        <source>&amp;Status Bar</source>
        <translation>状态栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="281"/>
        <source>Show or hide the status bar</source>
        <translation>显示或隐藏状态栏</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>&amp;Logs...</source>
        <translation>日志(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="287"/>
        <source>Browse and search the logs of every run</source>
        <translation>浏览和搜索每次运行的日志</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="292"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="296"/>
        <source>Use the whole screen for the window</source>
        <translation>让窗口占满整个屏幕</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="303"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="307"/>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="317"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="320"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="323"/>
        <source>Open the user guide</source>
        <translation>打开用户指南</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="327"/>
        <source>&amp;About...</source>
        <translation>关于(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="330"/>
        <source>Show the application&apos;s version and description</source>
        <translation>显示应用程序的版本和说明</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="336"/>
        <source>Show the Qt version and license</source>
        <translation>显示 Qt 的版本和许可证</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="342"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="362"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="386"/>
        <source>&amp;Workers</source>
        <translation>工作进程(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="387"/>
        <source>R&amp;esults</source>
        <translation>结果(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="411"/>
        <source>Worker %1&apos;s changes are shown under Results once the run ends.</source>
        <translation>运行结束后，工作进程 %1 的更改会显示在“结果”下。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="421"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>A run is in progress.</source>
        <translation>正在运行中。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Plan the task and run it</source>
        <translation>规划任务并运行</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="436"/>
        <source>Type a task first.</source>
        <translation>请先输入任务。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>Stop every worker of this run</source>
        <translation>停止本次运行的所有工作进程</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>No run in progress.</source>
        <translation>没有正在进行的运行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="476"/>
        <source>Planned %n subtask(s): edit them, then Run.</source>
        <translation>
            <numerusform>已规划 %n 个子任务：请编辑后再运行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="482"/>
        <source>Starting...</source>
        <translation>正在启动...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="498"/>
        <source>Planning...</source>
        <translation>正在规划...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="511"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="515"/>
        <source>Cannot plan the task: %1</source>
        <translation>无法规划任务：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="563"/>
        <source>Finished: %1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>已完成：%n 个子任务中有 %1 个成功</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="629"/>
        <source>The user guide is not installed.</source>
        <translation>未安装用户指南。</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="635"/>
        <source>Cannot open the user guide: %1</source>
        <translation>无法打开用户指南：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="486"/>
        <source>Cannot start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="311"/>
        <source>Edit every setting of the current profile</source>
        <translation>编辑当前配置方案的所有设置</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="492"/>
        <source>Running %n subtask(s)...</source>
        <translation>
            <numerusform>正在运行 %n 个子任务...</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="536"/>
        <location filename="../ui/main/MainWindow.cpp" line="541"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="550"/>
        <source>ETA ~%1</source>
        <translation>预计剩余 ~%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="552"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="554"/>
        <source>Paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="580"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
</context>
<context>
    <name>orch::Orchestrator</name>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="154"/>
        <source>the task is empty</source>
        <translation>任务为空</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="168"/>
        <location filename="../core/run/Orchestrator.cpp" line="191"/>
        <source>the plan is not valid: %1</source>
        <translation>计划无效：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="169"/>
        <source>Task decomposed into %n subtask(s)</source>
        <translation>
            <numerusform>任务已分解为 %n 个子任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="181"/>
        <source>cannot plan the task: %1</source>
        <translation>无法规划任务：%1</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="198"/>
        <location filename="../core/run/Orchestrator.cpp" line="253"/>
        <source>a run is already in progress</source>
        <translation>已有运行正在进行</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="204"/>
        <source>run %1 is still running in another process</source>
        <translation>运行 %1 仍在另一个进程中进行</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="208"/>
        <source>Stopped %n leftover process(es) of run %1</source>
        <translation>
            <numerusform>已停止运行 %1 遗留的 %n 个进程</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="218"/>
        <source>Resuming run %1: %2 of %3 subtask(s) already finished</source>
        <translation>正在恢复运行 %1：%3 个子任务中已有 %2 个完成</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="229"/>
        <source>no agent driver</source>
        <translation>没有智能体驱动程序</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="243"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="298"/>
        <source>Resources available again: starting workers</source>
        <translation>资源再次可用：正在启动工作进程</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="313"/>
        <source>Worker %1 will retry (attempt %2) in %3 s: %4</source>
        <translation>工作进程 %1 将在 %3 秒后重试（第 %2 次尝试）：%4</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="327"/>
        <source>Rate limit over: starting workers again</source>
        <translation>速率限制已解除：重新开始启动工作进程</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/Orchestrator.cpp" line="336"/>
        <source>Run %1 started with %n subtask(s)</source>
        <translation>
            <numerusform>运行 %1 已启动，共 %n 个子任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="391"/>
        <source>Starting worker %1/%2</source>
        <translation>正在启动工作进程 %1/%2</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="392"/>
        <source>Starting worker %1/%2 (attempt %3)</source>
        <translation>正在启动工作进程 %1/%2（第 %3 次尝试）</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="449"/>
        <source>Worker %1 attempt %2 ended: %3</source>
        <translation>工作进程 %1 的第 %2 次尝试已结束：%3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="476"/>
        <source>Worker %1 completed successfully</source>
        <translation>工作进程 %1 已成功完成</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="480"/>
        <source>Worker %1 %2: %3</source>
        <translation>工作进程 %1 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="484"/>
        <source>Worker %1 failed (%2): %3</source>
        <translation>工作进程 %1 失败（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="509"/>
        <source>waiting: CPU %1% &gt; %2%</source>
        <translation>等待中：CPU %1% &gt; %2%</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="512"/>
        <source>waiting: free memory %1 MB &lt; %2 MB</source>
        <translation>等待中：可用内存 %1 MB &lt; %2 MB</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="532"/>
        <source>memory limit exceeded (%1 MB &gt; %2 MB)</source>
        <translation>超出内存上限（%1 MB &gt; %2 MB）</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="533"/>
        <source>Worker %1: %2</source>
        <translation>工作进程 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="588"/>
        <source>Run %1 finished: %2 (%3 of %4 succeeded)</source>
        <translation>运行 %1 已结束：%2（%4 个中 %3 个成功）</translation>
    </message>
    <message>
        <location filename="../core/run/Orchestrator.cpp" line="610"/>
        <source>Cancelling run %1</source>
        <translation>正在取消运行 %1</translation>
    </message>
</context>
<context>
    <name>orch::PlanEditor</name>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="55"/>
        <source>Add a subtask after the selected one</source>
        <translation>在所选子任务之后添加一个子任务</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="57"/>
        <source>Remove the selected subtask</source>
        <translation>移除所选子任务</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="62"/>
        <source>Run the selected subtask earlier</source>
        <translation>提前运行所选子任务</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="65"/>
        <source>Run the selected subtask later</source>
        <translation>推后运行所选子任务</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="151"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="160"/>
        <source>One line shown in tables and logs; left empty, it is taken from the prompt</source>
        <translation>显示在表格和日志中的一行标题；留空时取自提示词</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="162"/>
        <source>What the agent is asked to do, verbatim</source>
        <translation>要求智能体执行的内容，原样传递</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="165"/>
        <source>Subtasks that must succeed before this one starts</source>
        <translation>本子任务开始前必须成功的子任务</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="169"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="171"/>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="173"/>
        <source>&amp;Depends on:</source>
        <translation>依赖于(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="307"/>
        <source>%1 (no such subtask)</source>
        <translation>%1（无此子任务）</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanEditor.cpp" line="362"/>
        <source>Cannot run this plan yet:</source>
        <translation>此计划尚无法运行：</translation>
    </message>
</context>
<context>
    <name>orch::PlanModel</name>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="66"/>
        <source>A subtask cannot depend on itself.</source>
        <translation>子任务不能依赖于自身。</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="68"/>
        <source>There is no subtask &quot;%1&quot;.</source>
        <translation>不存在子任务“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="130"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="132"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="134"/>
        <source>Depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="136"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="166"/>
        <source>A subtask needs a title.</source>
        <translation>子任务需要标题。</translation>
    </message>
    <message>
        <location filename="../ui/plan/PlanModel.cpp" line="236"/>
        <source>New subtask</source>
        <translation>新子任务</translation>
    </message>
</context>
<context>
    <name>orch::ProcessRunner</name>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="308"/>
        <source>signal %1</source>
        <translation>信号 %1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="344"/>
        <source>failed to start: cannot open the transcript %1: %2</source>
        <translation>启动失败：无法打开会话记录 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="496"/>
        <source>cannot enter the folder %1: %2</source>
        <translation>无法进入文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="495"/>
        <source>failed to start: %1</source>
        <translation>启动失败：%1</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="493"/>
        <location filename="../core/process/ProcessRunner.cpp" line="498"/>
        <source>failed to start %1: %2</source>
        <translation>启动 %1 失败：%2</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="608"/>
        <source>exited with code %1</source>
        <translation>以代码 %1 退出</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="610"/>
        <source>killed by signal %1 (%2)</source>
        <translation>被信号 %1 终止（%2）</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="613"/>
        <source>no output for %1 s</source>
        <translation>%1 秒无输出</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="614"/>
        <source>timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <location filename="../core/process/ProcessRunner.cpp" line="616"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>orch::ProfileSession</name>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="53"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="102"/>
        <source>Cannot open profile &apos;%1&apos;:
%2</source>
        <translation>无法打开配置方案“%1”：
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="113"/>
        <source>This setup has no profile name yet: use Save As to give it one</source>
        <translation>此设置还没有配置方案名称：请使用“另存为”为其命名</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="117"/>
        <location filename="../ui/profiles/ProfileSession.cpp" line="133"/>
        <source>Cannot save profile &apos;%1&apos;: %2</source>
        <translation>无法保存配置方案“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="128"/>
        <source>Cannot save as &apos;%1&apos;: %2</source>
        <translation>无法另存为“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="131"/>
        <source>Cannot save as &apos;%1&apos;: a profile with that name already exists</source>
        <translation>无法另存为“%1”：同名的配置方案已存在</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="143"/>
        <source>This setup is not a saved profile yet: use Save As to name it</source>
        <translation>此设置还不是已保存的配置方案：请使用“另存为”为其命名</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="148"/>
        <source>Cannot rename profile &apos;%1&apos;: %2</source>
        <translation>无法重命名配置方案“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="157"/>
        <source>This setup is not a saved profile: there is nothing to delete</source>
        <translation>此设置不是已保存的配置方案：没有可删除的内容</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="160"/>
        <source>Cannot delete profile &apos;%1&apos;: %2</source>
        <translation>无法删除配置方案“%1”：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="185"/>
        <source>Cannot import %1:
%2</source>
        <translation>无法导入 %1：
%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="194"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="199"/>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="212"/>
        <source>Cannot export to %1: %2 holds what looks like an API key; pass secrets through the environment instead</source>
        <translation>无法导出到 %1：%2 中有看起来像 API 密钥的内容；请改为通过环境传递机密信息</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="217"/>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileSession.cpp" line="238"/>
        <source>Could not reopen the last profile &apos;%1&apos;; starting from the defaults.
%2</source>
        <translation>无法重新打开上次的配置方案“%1”；将从默认值开始。
%2</translation>
    </message>
</context>
<context>
    <name>orch::ProfileToolBar</name>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="19"/>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="94"/>
        <source>Profile</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="26"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML 文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="40"/>
        <source>The profile &apos;%1&apos; has unsaved changes. Save them?</source>
        <translation>配置方案“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="58"/>
        <source>The profile being edited; pick another to open it</source>
        <translation>正在编辑的配置方案；选择其他配置方案即可将其打开</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>&amp;Open Profile...</source>
        <translation>打开配置方案(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="61"/>
        <source>Choose a saved profile to open</source>
        <translation>选择要打开的已保存配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>&amp;Save Profile</source>
        <translation>保存配置方案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="64"/>
        <source>Save the settings to this profile</source>
        <translation>将设置保存到此配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="67"/>
        <source>Save Profile &amp;As...</source>
        <translation>配置方案另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="68"/>
        <source>Save the settings as a new profile</source>
        <translation>将设置保存为新的配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>&amp;Rename Profile...</source>
        <translation>重命名配置方案(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="70"/>
        <source>Give this profile a new name</source>
        <translation>为此配置方案指定新名称</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>&amp;Delete Profile</source>
        <translation>删除配置方案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="72"/>
        <source>Delete this profile</source>
        <translation>删除此配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="74"/>
        <source>&amp;Import Profile...</source>
        <translation>导入配置方案(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="75"/>
        <source>Make a new profile from a YAML file</source>
        <translation>从 YAML 文件创建新的配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="76"/>
        <source>&amp;Export Profile...</source>
        <translation>导出配置方案(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="77"/>
        <source>Write the settings to a YAML file</source>
        <translation>将设置写入 YAML 文件</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="96"/>
        <source>Profile Warnings</source>
        <translation>配置方案警告</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Save Profile As</source>
        <translation>配置方案另存为</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="187"/>
        <source>Profile name:</source>
        <translation>配置方案名称：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>Replace Profile</source>
        <translation>替换配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="193"/>
        <source>A profile named &apos;%1&apos; already exists. Replace it?</source>
        <translation>名为“%1”的配置方案已存在。是否替换？</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>Rename Profile</source>
        <translation>重命名配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="205"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="214"/>
        <source>Delete Profile</source>
        <translation>删除配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="215"/>
        <source>Delete the profile &apos;%1&apos;? Its settings stay open as an unsaved setup.</source>
        <translation>删除配置方案“%1”？其设置将作为未保存的设置保持打开。</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="222"/>
        <source>Import Profile</source>
        <translation>导入配置方案</translation>
    </message>
    <message>
        <location filename="../ui/profiles/ProfileToolBar.cpp" line="232"/>
        <source>Export Profile</source>
        <translation>导出配置方案</translation>
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
        <translation>子进程</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="28"/>
        <source>Worktree</source>
        <translation>工作树</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="30"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="54"/>
        <source>Where each worker runs: a plain folder (subprocess), its own git worktree of the repository, or a docker container</source>
        <translation>每个工作进程的运行位置：普通文件夹 (subprocess)、仓库的独立 git 工作树，或 docker 容器</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="56"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="58"/>
        <source>How many subtasks run at the same time (%1 to %2)</source>
        <translation>同时运行的子任务数（%1 到 %2）</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="61"/>
        <source>Workers:</source>
        <translation>工作进程数：</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="63"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="64"/>
        <source>Seconds one attempt of a subtask may take before it is stopped (%1 to %2)</source>
        <translation>子任务的单次尝试在被停止前可运行的秒数（%1 到 %2）</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="67"/>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="70"/>
        <source>The model the agent uses, e.g. claude-sonnet-4-5</source>
        <translation>智能体使用的模型，例如 claude-sonnet-4-5</translation>
    </message>
    <message>
        <location filename="../ui/task/QuickSettings.cpp" line="72"/>
        <source>Model:</source>
        <translation>模型：</translation>
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
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="67"/>
        <location filename="../ui/workers/ResourceChartView.cpp" line="69"/>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="68"/>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="70"/>
        <source>Worker memory (MB)</source>
        <translation>工作进程内存 (MB)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="71"/>
        <source>System memory (%)</source>
        <translation>系统内存 (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="80"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="82"/>
        <source>System (%)</source>
        <translation>系统 (%)</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="95"/>
        <source>CPU limit</source>
        <translation>CPU 上限</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="96"/>
        <source>Memory limit per worker</source>
        <translation>每个工作进程的内存上限</translation>
    </message>
    <message>
        <location filename="../ui/workers/ResourceChartView.cpp" line="224"/>
        <source>Worker %1</source>
        <translation>工作进程 %1</translation>
    </message>
</context>
<context>
    <name>orch::RunListModel</name>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="177"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="179"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="184"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="186"/>
        <source>partly succeeded</source>
        <translation>部分成功</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="188"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="190"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="216"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="230"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="232"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="234"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="236"/>
        <source>Workers</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <location filename="../ui/logs/RunListModel.cpp" line="238"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
</context>
<context>
    <name>orch::RunNotifier</name>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="44"/>
        <location filename="../ui/main/RunNotifier.cpp" line="52"/>
        <source>Run finished</source>
        <translation>运行已完成</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="46"/>
        <source>Run finished with failures</source>
        <translation>运行已完成，但有失败</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="48"/>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <location filename="../ui/main/RunNotifier.cpp" line="50"/>
        <source>Run cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="59"/>
        <source>%1 of %n subtask(s) succeeded, cost $%2</source>
        <translation>
            <numerusform>%n 个子任务中有 %1 个成功，费用 $%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/RunNotifier.cpp" line="62"/>
        <source>%1 of %n subtask(s) succeeded</source>
        <translation>
            <numerusform>%n 个子任务中有 %1 个成功</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>orch::RunResultsView</name>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="58"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="70"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="71"/>
        <source>Succeeded:</source>
        <translation>成功：</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="72"/>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="73"/>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="74"/>
        <source>Cost:</source>
        <translation>费用：</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="75"/>
        <source>Tokens:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Subtask</source>
        <translation>子任务</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="80"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Files changed</source>
        <translation>更改的文件</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="81"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="96"/>
        <source>No output</source>
        <translation>无输出</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="108"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="110"/>
        <source>Merge the selected worker&apos;s branch into the target branch</source>
        <translation>将所选工作进程的分支合并到目标分支</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="111"/>
        <source>Merge &amp;All</source>
        <translation>全部合并(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="113"/>
        <source>Merge every successful worker&apos;s branch, in plan order</source>
        <translation>按计划顺序合并每个成功的工作进程的分支</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="127"/>
        <source>Files changed by more than one worker:</source>
        <translation>被多个工作进程更改的文件：</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="153"/>
        <source>&amp;Output</source>
        <translation>输出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="154"/>
        <source>&amp;Changes</source>
        <translation>更改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="203"/>
        <source>Looking for the repository...</source>
        <translation>正在查找仓库...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="204"/>
        <location filename="../ui/results/RunResultsView.cpp" line="398"/>
        <source>Select a worker to see its changes.</source>
        <translation>选择一个工作进程以查看其更改。</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="220"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="234"/>
        <source>%1 (workers: %2)</source>
        <translation>%1（工作进程合计：%2）</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="236"/>
        <source>%1 in, %2 out</source>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="262"/>
        <source>%1 (+%2 -%3)</source>
        <translation>%1 (+%2 -%3)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="358"/>
        <source>No repository to review</source>
        <translation>没有可审查的仓库</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="359"/>
        <source>Cannot show the changes: %1</source>
        <translation>无法显示更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="362"/>
        <source>Repository: %1</source>
        <translation>仓库：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="363"/>
        <location filename="../ui/results/RunResultsView.cpp" line="476"/>
        <source>Cannot merge: %1</source>
        <translation>无法合并：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="365"/>
        <source>Merge into %1 in %2</source>
        <translation>合并到 %2 中的 %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="376"/>
        <source>Preview failed: %1</source>
        <translation>预览失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="380"/>
        <source>None: the workers&apos; changes do not overlap</source>
        <translation>无：各工作进程的更改没有重叠</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="386"/>
        <source>Changed by %1</source>
        <translation>由 %1 更改</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="399"/>
        <source>This subtask has no branch: it made no changes to review.</source>
        <translation>此子任务没有分支：它没有可审查的更改。</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="403"/>
        <source>Changes of worker %1 (%2)</source>
        <translation>工作进程 %1 的更改（%2）</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="408"/>
        <source>Cannot show the diff: %1</source>
        <translation>无法显示差异：%1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="411"/>
        <source>Loading the diff...</source>
        <translation>正在加载差异...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="438"/>
        <source>Merging worker %1 into %2...</source>
        <translation>正在将工作进程 %1 合并到 %2...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="451"/>
        <source>Merging the workers into %1 in plan order...</source>
        <translation>正在按计划顺序将工作进程合并到 %1...</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="467"/>
        <source>Worker %1: %2</source>
        <translation>工作进程 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="486"/>
        <source>No worker branch to merge</source>
        <translation>没有可合并的工作进程分支</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/RunResultsView.cpp" line="488"/>
        <source>Merged %n worker branch(es) into %1</source>
        <translation>
            <numerusform>已将 %n 个工作进程分支合并到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/RunResultsView.cpp" line="490"/>
        <source>%1 of %2 worker branch(es) not merged into %3; they are unchanged</source>
        <translation>%2 个工作进程分支中有 %1 个未合并到 %3；它们保持不变</translation>
    </message>
</context>
<context>
    <name>orch::Scheduler</name>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="109"/>
        <source>skipped: prerequisite %1 (%2) did not succeed (%3)</source>
        <translation>已跳过：前置任务 %1（%2）未成功（%3）</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="219"/>
        <source>rate limited: no new worker starts until %1</source>
        <translation>受速率限制：%1 之前不会启动新的工作进程</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="239"/>
        <source>cancelled before it ran</source>
        <translation>运行前已取消</translation>
    </message>
    <message>
        <location filename="../core/run/Scheduler.cpp" line="249"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>orch::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="54"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="58"/>
        <source>Search settings</source>
        <translation>搜索设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="164"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="174"/>
        <source>The new language is used from the next start of the application.</source>
        <translation>新语言将在应用程序下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="184"/>
        <location filename="../ui/settings/SettingsDialog.cpp" line="320"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="298"/>
        <source>Some values on this page need attention.</source>
        <translation>此页面上的某些值需要注意。</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>Orchestrator</source>
        <translation>编排器</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="342"/>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="343"/>
        <source>Paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="344"/>
        <source>Agent</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="345"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="345"/>
        <source>Worktree</source>
        <translation>工作树</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="346"/>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
</context>
<context>
    <name>orch::TaskEditor</name>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="136"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="45"/>
        <source>Describe the task, e.g. &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</source>
        <translation>描述任务，例如 &quot;Create: 1) a todo app 2) a calculator 3) a notes app&quot;</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="28"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="46"/>
        <source>The whole task; Ctrl+Up and Ctrl+Down step through earlier tasks</source>
        <translation>完整的任务；按 Ctrl+Up 和 Ctrl+Down 可浏览之前的任务</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="51"/>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="52"/>
        <source>Pick an earlier task (Ctrl+Up / Ctrl+Down in the text)</source>
        <translation>选择之前的任务（在文本中按 Ctrl+Up / Ctrl+Down）</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="76"/>
        <source>This plan was made for an earlier text of the task; Run will plan again.</source>
        <translation>此计划是针对任务的旧文本生成的；运行时将重新规划。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="112"/>
        <source>The task is being split into subtasks</source>
        <translation>正在将任务拆分为子任务</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="117"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="123"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="129"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="131"/>
        <source>Stop planning</source>
        <translation>停止规划</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="133"/>
        <source>P&amp;lan</source>
        <translation>规划(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="135"/>
        <source>Split the task into subtasks and show them for editing</source>
        <translation>将任务拆分为子任务并显示以供编辑</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="182"/>
        <source>Busy: wait until the current run ends or cancel it.</source>
        <translation>忙碌：请等待当前运行结束或将其取消。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="184"/>
        <source>Planning the task...</source>
        <translation>正在规划任务...</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="188"/>
        <source>Fix the settings marked next to their fields first.</source>
        <translation>请先修正字段旁标记的设置。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="190"/>
        <source>The plan cannot run as it is: fix the problems listed under it, or plan again.</source>
        <translation>此计划无法按原样运行：请修正其下方列出的问题，或重新规划。</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="273"/>
        <source>Clear History</source>
        <translation>清除历史</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="388"/>
        <source>Run the subtasks as edited (Ctrl+Enter)</source>
        <translation>按编辑后的内容运行子任务（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="389"/>
        <source>Split the task into subtasks and run them (Ctrl+Enter)</source>
        <translation>将任务拆分为子任务并运行（Ctrl+Enter）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/task/TaskEditor.cpp" line="393"/>
        <source>Run starts the %n subtask(s) above as edited.</source>
        <translation>
            <numerusform>运行将按编辑后的内容启动上面的 %n 个子任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/task/TaskEditor.cpp" line="186"/>
        <source>Type a task to run.</source>
        <translation>请输入要运行的任务。</translation>
    </message>
</context>
<context>
    <name>orch::TranscriptWriter</name>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="163"/>
        <source>cannot write the transcript %1: %2</source>
        <translation>无法写入会话记录 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/process/TranscriptWriter.cpp" line="200"/>
        <source>the transcript is already open</source>
        <translation>会话记录已打开</translation>
    </message>
</context>
<context>
    <name>orch::Worker</name>
    <message>
        <location filename="../core/run/Worker.cpp" line="50"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>orch::WorkerActions</name>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>&amp;Cancel Worker</source>
        <translation>取消工作进程(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="19"/>
        <source>Stop this worker</source>
        <translation>停止此工作进程</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="20"/>
        <source>&amp;Retry Worker</source>
        <translation>重试工作进程(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="21"/>
        <source>Run this subtask again with a fresh retry budget</source>
        <translation>以全新的重试次数重新运行此子任务</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="22"/>
        <source>Open &amp;Folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="23"/>
        <source>Open the worker&apos;s folder in the file manager</source>
        <translation>在文件管理器中打开工作进程的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="24"/>
        <source>Copy &amp;Branch Name</source>
        <translation>复制分支名称(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="25"/>
        <source>Copy the name of the worker&apos;s git branch</source>
        <translation>复制工作进程的 git 分支名称</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="26"/>
        <source>View &amp;Diff</source>
        <translation>查看差异(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="27"/>
        <source>Show what the worker&apos;s branch changed</source>
        <translation>显示工作进程的分支所做的更改</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="28"/>
        <source>Open &amp;Transcript</source>
        <translation>打开会话记录(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="29"/>
        <source>Open the agent&apos;s raw output of the latest attempt</source>
        <translation>打开智能体在最近一次尝试中的原始输出</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="113"/>
        <source>Worker %1 could not be cancelled</source>
        <translation>无法取消工作进程 %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="120"/>
        <source>Worker %1 could not be retried</source>
        <translation>无法重试工作进程 %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerActions.cpp" line="128"/>
        <location filename="../ui/workers/WorkerActions.cpp" line="149"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
</context>
<context>
    <name>orch::WorkerFilterModel</name>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="34"/>
        <source>All workers</source>
        <translation>所有工作进程</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="36"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="38"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="40"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerFilterModel.cpp" line="42"/>
        <source>Failed, timed out, cancelled or skipped</source>
        <translation>失败、超时、已取消或已跳过</translation>
    </message>
</context>
<context>
    <name>orch::WorkerOutputView</name>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="43"/>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="52"/>
        <source>Select a worker to see its output.</source>
        <translation>选择一个工作进程以查看其输出。</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="54"/>
        <source>Show the agent&apos;s output lines as written to the transcript</source>
        <translation>按写入会话记录的原样显示智能体的输出行</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="90"/>
        <source>── attempt %1 ──</source>
        <translation>── 第 %1 次尝试 ──</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="96"/>
        <source>⟳ Retrying (attempt %1) in %2 s: %3</source>
        <translation>⟳ %2 秒后重试（第 %1 次尝试）：%3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>● Session started · model %1</source>
        <translation>● 会话已开始 · 模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="119"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="128"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="134"/>
        <source>⟳ API retry %1/%2 in %3 s (status %4): %5</source>
        <translation>⟳ %3 秒后进行第 %1/%2 次 API 重试（状态 %4）：%5</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="142"/>
        <source>■ Finished</source>
        <translation>■ 已结束</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="144"/>
        <source>$%1 · %2 tokens in, %3 out · %n turn(s) · %4 s</source>
        <translation>
            <numerusform>$%1 · 输入 %2 个令牌，输出 %3 个 · %n 轮 · %4 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="151"/>
        <source>■ Failed (%1) · %2</source>
        <translation>■ 失败（%1） · %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="153"/>
        <source>■ Done · %1</source>
        <translation>■ 完成 · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/workers/WorkerOutputView.cpp" line="165"/>
        <source>... %n line(s) dropped</source>
        <translation>
            <numerusform>... 已丢弃 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="303"/>
        <source>Worker %1</source>
        <translation>工作进程 %1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="303"/>
        <source>No worker selected</source>
        <translation>未选择工作进程</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerOutputView.cpp" line="353"/>
        <source>... %1 skipped</source>
        <translation>... 已跳过 %1</translation>
    </message>
</context>
<context>
    <name>orch::WorkerTableModel</name>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="365"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="367"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="369"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="371"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="373"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="375"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="377"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="379"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
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
        <translation>工作进程 %1：%2
%3</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="509"/>
        <source>Attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="511"/>
        <source>Tokens: %1 in, %2 out</source>
        <translation>令牌：输入 %1，输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="513"/>
        <source>Branch: %1</source>
        <translation>分支：%1</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="525"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="527"/>
        <source>Subtask</source>
        <translation>子任务</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="529"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="531"/>
        <source>Attempt</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="533"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="535"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="537"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="539"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="541"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/workers/WorkerTableModel.cpp" line="543"/>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
</context>
<context>
    <name>orch::WorkersPanel</name>
    <message>
        <location filename="../ui/workers/WorkersPanel.cpp" line="46"/>
        <source>Filter workers</source>
        <translation>筛选工作进程</translation>
    </message>
</context>
</TS>
