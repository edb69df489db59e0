<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>aggregate</name>
    <message>
        <source>combine participants&apos; maps into one model with participants</source>
        <translation>将参与者的图合并为一个带参与者的模型</translation>
    </message>
    <message>
        <source>Combine several maps (files, folders, or one file of several participants) into one model whose participants are their authors; the map&apos;s weights are their aggregate.</source>
        <translation>将多张图（文件、文件夹，或一个包含多位参与者的文件）合并为一个模型，其参与者即各图的作者；图的权重为他们的汇总值。</translation>
    </message>
    <message>
        <source>maps (.wtm models, or any file import reads), folders of maps, or a file of several participants</source>
        <translation>图（.wtm 模型，或 import 能读取的任何文件）、图所在的文件夹，或一个包含多位参与者的文件</translation>
    </message>
    <message>
        <source>how ratings become one weight (default: the first map&apos;s recorded method, mean for maps that record none)</source>
        <translation>评分如何合成为一个权重（默认：第一张图记录的方法；未记录方法的图用均值）</translation>
    </message>
    <message>
        <source>a rating a participant did not give counts as 0 (include) or is left out of its edge&apos;s aggregate (ignore); an explicit 0 or NA counts as 0 either way; default: the first map&apos;s recorded choice, include for maps that record none</source>
        <translation>参与者没有给出的评分计为 0（include），或不计入该边的汇总（ignore）；明确的 0 或 NA 两种方式下都计为 0；默认：第一张图记录的选择，未记录的图为 include</translation>
    </message>
    <message>
        <source>merge near matches of concepts listed: alone, every one; else those named by their numbers (1,3) or as the list writes them (&quot;bob: Export control&quot;); repeatable (default: keep them apart)</source>
        <translation>合并列出的相近概念：不带值时合并全部；否则合并按编号（1,3）或按列表写法（&quot;bob: Export control&quot;）指定的；可重复（默认：保持分开）</translation>
    </message>
    <message>
        <source>the model&apos;s title (default: the maps&apos; title when they all share it, else one naming them: &quot;Aggregate of 2 maps: alice, bob&quot;)</source>
        <translation>模型的标题（默认：各图标题相同时用该标题，否则列出各图的名称：“2 张图的汇总：alice、bob”）</translation>
    </message>
    <message>
        <source>edges listed by disagreement (default 10)</source>
        <translation>按分歧列出的边数（默认 10）</translation>
    </message>
    <message>
        <source>near match {number}: {match}</source>
        <translation>近似匹配 {number}：{match}</translation>
    </message>
    <message>
        <source>near match {number} (new: it appears once those accepted are merged): {match}</source>
        <translation>近似匹配 {number}（新：合并所接受的之后出现）：{match}</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>wrote {output}</source>
        <translation>已写入 {output}</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} is a map, not a near match: give the maps before --accept-matches, or write --accept-matches=WHICH</source>
        <translation>--accept-matches：{value!r} 是一张图，不是近似匹配：请把图写在 --accept-matches 之前，或写作 --accept-matches=WHICH</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} names no near match: none was found</source>
        <translation>--accept-matches：{value!r} 没有对应的近似匹配：未找到任何近似匹配</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} names no near match listed (numbers 1-{count}, or PARTICIPANT: LABEL as listed)</source>
        <translation>--accept-matches：{value!r} 不对应列出的任何近似匹配（编号 1-{count}，或按列表所写的 参与者：标签）</translation>
    </message>
    <message>
        <source>{count} participants; {conflicts} of {edges} rated edges have a sign conflict</source>
        <translation>{count} 名参与者；{edges} 条已评分的边中有 {conflicts} 条符号冲突</translation>
    </message>
    <message>
        <source>most disagreed edges:</source>
        <translation>分歧最大的边：</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>边</translation>
    </message>
    <message>
        <source>raters</source>
        <translation>评分人数</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>熵</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>there is no scenario {scenario_id!r}</source>
        <translation>没有情景 {scenario_id!r}</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>the archive has {count:,} parts; a workbook has at most {parts:,}</source>
        <translation>压缩包有 {count:,} 个部件；工作簿最多 {parts:,} 个</translation>
    </message>
    <message>
        <source>unpacks to {file_size:,.0f} MB; the limit is {part_bytes} MB</source>
        <translation>解压后为 {file_size:,.0f} MB；上限为 {part_bytes} MB</translation>
    </message>
    <message>
        <source>is compressed {ratio:,.0f} to 1, more than any real spreadsheet ({ratio2:.0f} to 1): refused as a possible zip bomb</source>
        <translation>压缩比为 {ratio:,.0f} 比 1，超过任何真实电子表格（{ratio2:.0f} 比 1）：疑似压缩炸弹，已拒绝</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {total_bytes} MB; refused</source>
        <translation>压缩包解压后超过 {total_bytes} MB；已拒绝</translation>
    </message>
    <message>
        <source>declares a DTD or entities, which spreadsheets never do: refused (possible entity-expansion attack)</source>
        <translation>声明了 DTD 或实体，电子表格从不这样做：已拒绝（可能是实体扩展攻击）</translation>
    </message>
    <message>
        <source>is damaged ({exc})</source>
        <translation>已损坏（{exc}）</translation>
    </message>
    <message>
        <source>part {name}</source>
        <translation>部件 {name}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
</context>
<context>
    <name>arguments</name>
    <message>
        <source>random seed (default: the model&apos;s)</source>
        <translation>随机种子（默认：模型的种子）</translation>
    </message>
    <message>
        <source>the model file to write (.wtm)</source>
        <translation>要写入的模型文件（.wtm）</translation>
    </message>
    <message>
        <source>the output name is empty</source>
        <translation>输出名称为空</translation>
    </message>
    <message>
        <source>replace the output file if it exists (keeping a .bak)</source>
        <translation>若输出文件已存在则替换（保留 .bak 备份）</translation>
    </message>
    <message>
        <source>{text} is not a whole number from {minimum:,} to {maximum:,}</source>
        <translation>{text} 不是 {minimum:,} 到 {maximum:,} 之间的整数</translation>
    </message>
    <message>
        <source>{value:,} is outside {minimum:,} to {maximum:,}</source>
        <translation>{value:,} 超出 {minimum:,} 到 {maximum:,} 的范围</translation>
    </message>
    <message>
        <source>a title cannot be blank</source>
        <translation>标题不能为空</translation>
    </message>
    <message>
        <source>a title has at most {max_label} characters, not {count:,}</source>
        <translation>标题最多 {max_label} 个字符，而不是 {count:,} 个</translation>
    </message>
    <message>
        <source>{text} is not ID=LOW:HIGH or ID=LOW:HIGH:LEVELS</source>
        <translation>{text} 不是 ID=LOW:HIGH 或 ID=LOW:HIGH:LEVELS 的形式</translation>
    </message>
    <message>
        <source>{text}: LOW and HIGH are numbers from -1 to 1</source>
        <translation>{text}：LOW 和 HIGH 是 -1 到 1 之间的数</translation>
    </message>
    <message>
        <source>{output}: the output must be a Windtunnel model file (.wtm)</source>
        <translation>{output}：输出必须是 Windtunnel 模型文件（.wtm）</translation>
    </message>
    <message>
        <source>{output} exists; use --force to replace it</source>
        <translation>{output} 已存在；使用 --force 替换它</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>{path}: could not replace the file ({strerror}); every file of the set is as it was</source>
        <translation>{path}：无法替换该文件（{strerror}）；这一组文件全部保持原样</translation>
    </message>
    <message>
        <source>{path}: could not replace the file ({strerror}); these files of the set were written already and could not be put back: {files}</source>
        <translation>{path}：无法替换该文件（{strerror}）；这一组中以下文件已经写入，且无法恢复原样：{files}</translation>
    </message>
    <message>
        <source>{path}: could not write ({strerror})</source>
        <translation>{path}：无法写入（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: could not replace the file ({strerror}); the previous version is intact</source>
        <translation>{path}：无法替换该文件（{strerror}）；之前的版本完好无损</translation>
    </message>
</context>
<context>
    <name>attribution</name>
    <message>
        <source>exact Shapley values ({count} coalitions)</source>
        <translation>精确沙普利值（{count} 个联盟）</translation>
    </message>
    <message>
        <source>Shapley values estimated from {count} random join orders</source>
        <translation>由 {count} 个随机加入顺序估计的沙普利值</translation>
    </message>
</context>
<context>
    <name>bound_files</name>
    <message>
        <source>not paired with {file}: {problem}</source>
        <translation>未与 {file} 配对：{problem}</translation>
    </message>
    <message>
        <source>not paired with {file}: it holds no matrix of the same nodes in the same order, as the bounds of one map&apos;s weights do</source>
        <translation>未与 {file} 配对：同一张图的权重上下限应是同样节点、同样顺序的矩阵，而此文件中没有这样的矩阵</translation>
    </message>
    <message>
        <source>read the files {files} (found beside one another, as fcmconfr writes a map&apos;s bounds) as the sheets {sheets} of one workbook</source>
        <translation>把文件 {files}（按 fcmconfr 写出图的上下限的方式，放在同一处）当作一个工作簿的工作表 {sheets} 读取</translation>
    </message>
    <message>
        <source>{file} holds the {bound} of a map&apos;s weights, and {missing} is not beside it: imported {file} alone, its values as the weights, with no range</source>
        <translation>{file} 存放图的权重的{bound}，但 {missing} 不在同一处：只导入了 {file}，以其中的值为权重，没有范围</translation>
    </message>
    <message>
        <source>imported {file} alone, its values as the weights, with no range</source>
        <translation>只导入了 {file}，以其中的值为权重，没有范围</translation>
    </message>
    <message>
        <source>lower bounds</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>modes</source>
        <translation>众数</translation>
    </message>
    <message>
        <source>upper bounds</source>
        <translation>上限</translation>
    </message>
</context>
<context>
    <name>breakdown</name>
    <message>
        <source>unknown view {view!r}; use reasons, levers, inputs or routes</source>
        <translation>未知视图 {view!r}；请使用 reasons、levers、inputs 或 routes</translation>
    </message>
    <message>
        <source>{step} is outside 0..{steps}</source>
        <translation>{step} 超出 0..{steps}</translation>
    </message>
    <message>
        <source>the changed weight of {source} → {target}</source>
        <translation>{source} → {target} 的已更改权重</translation>
    </message>
    <message>
        <source>the largest routes were followed one by one, {count} search steps in all; the smaller ones are grouped by the node they last pass through</source>
        <translation>从最大的路径开始逐条追溯，共搜索 {count} 步；较小的路径按其最后经过的节点归组</translation>
    </message>
    <message>
        <source>routes that go around feedback loops many times are grouped by the node they last pass through</source>
        <translation>多次绕行反馈回路的路径按其最后经过的节点归组</translation>
    </message>
    <message>
        <source>every route was followed to a lever or override</source>
        <translation>每条路径都追溯到了杠杆或覆盖值</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>the {what} needs about {bytes} of memory, more than the limit of {bytes2} ({sizes})</source>
        <translation>{what}约需 {bytes} 内存，超过上限 {bytes2}（{sizes}）</translation>
    </message>
    <message>
        <source>the {what} would take about {duration} ({updates:.2g} updates), more than the limit of {duration2} ({sizes})</source>
        <translation>{what}约需 {duration}（{updates:.2g} 次更新），超过上限 {duration2}（{sizes}）</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>validate a model file and summarise it</source>
        <translation>校验模型文件并给出摘要</translation>
    </message>
    <message>
        <source>Validate a model file, print a summary and warnings. Exit 1 when it is invalid.</source>
        <translation>校验模型文件，输出摘要和警告。文件无效时退出码为 1。</translation>
    </message>
    <message>
        <source>also suggest a steepness (lambda) with a unique stable fixed point</source>
        <translation>同时建议一个具有唯一稳定不动点的陡度（lambda）</translation>
    </message>
    <message>
        <source>{file}: valid Windtunnel model</source>
        <translation>{file}：有效的 Windtunnel 模型</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>警告：{line}</translation>
    </message>
    <message>
        <source>{count} warning{s}</source>
        <translation>{count} 条警告</translation>
    </message>
    <message>
        <source>steepness (lambda):</source>
        <translation>陡度（lambda）：</translation>
    </message>
    <message>
        <source>  now:       {steepness} with {activation}, rule {rule}: {bound}</source>
        <translation>  当前：      {steepness}，激活函数 {activation}，规则 {rule}：{bound}</translation>
    </message>
    <message>
        <source>  no bound for a step activation; use sigmoid, tanh or clip for one</source>
        <translation>  阶跃激活函数没有界限；如需界限，请使用 sigmoid、tanh 或截断函数</translation>
    </message>
    <message>
        <source>  bound:     a unique stable fixed point is guaranteed for lambda &lt; {steepness} ({norm}-norm of the weights)</source>
        <translation>  界限：      lambda &lt; {steepness} 时保证存在唯一稳定不动点（权重的 {norm}范数）</translation>
    </message>
    <message>
        <source>  fcmconfr:  {steepness} (its estimate, keeping inputs in the near-linear part of the curve)</source>
        <translation>  fcmconfr： {steepness}（其估计值，使输入保持在曲线的近线性部分）</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无分组）</translation>
    </message>
    <message>
        <source>{count} actor{s}</source>
        <translation>{count} 个行为体</translation>
    </message>
    <message>
        <source>{count} restriction{s}</source>
        <translation>{count} 项限制措施</translation>
    </message>
    <message>
        <source>{count} factor{s}</source>
        <translation>{count} 个因素</translation>
    </message>
    <message>
        <source>  title:      {title}</source>
        <translation>  标题：      {title}</translation>
    </message>
    <message>
        <source>  nodes:      {count} ({kinds})</source>
        <translation>  节点：      {count}（{kinds}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>  groups:     {groups}</source>
        <translation>  分组：      {groups}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>  edges:      {count} ({positive} positive, {negative} negative, {delayed} delayed)</source>
        <translation>  边：        {count}（{positive} 条正向，{negative} 条负向，{delayed} 条有延迟）</translation>
    </message>
    <message>
        <source>  scenarios:  {count}</source>
        <translation>  情景：      {count}</translation>
    </message>
    <message>
        <source> ({names})</source>
        <translation>（{names}）</translation>
    </message>
    <message>
        <source>  objectives: {count}</source>
        <translation>  目标：      {count}</translation>
    </message>
    <message>
        <source>  sources:    {count}</source>
        <translation>  来源：      {count}</translation>
    </message>
    <message>
        <source>  participants: {count} ({ratings} ratings; weights are the {aggregation}, zeros {zeros}d)</source>
        <translation>  参与者：    {count}（{ratings} 条评分；权重为 {aggregation}，零值 {zeros}）</translation>
    </message>
    <message>
        <source>node {node} has no edges</source>
        <translation>节点 {node} 没有边</translation>
    </message>
    <message>
        <source>objective {objective}: no lever can reach node {node}</source>
        <translation>目标 {objective}：没有杠杆能影响到节点 {node}</translation>
    </message>
    <message>
        <source>{count} rating(s) of edges between shared nodes that the map does not have (first: participant {participant} rates {source} → {target}); runs leave them out: add the edge to the map to count it</source>
        <translation>有 {count} 个评分针对图中没有的边（共享节点之间）（第一个：参与者 {participant} 对 {source} → {target} 的评分）；运行时不计入它们：要计入，请把该边加入图</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 等另外 {count} 条</translation>
    </message>
    <message>
        <source>{count} edge{s} without a source: {shown}{more}</source>
        <translation>{count} 条边未引用来源：{shown}{more}</translation>
    </message>
    <message>
        <source>{count} edges do not weigh what the participants&apos; aggregate says (first: {source} → {target} weighs {weight:+.3f}, the aggregate is {aggregate:+.3f}); run windtunnel aggregate on the model to recompute</source>
        <translation>{count} 条边的权重与参与者的汇总不一致（第一条：{source} → {target} 的权重为 {weight:+.3f}，汇总为 {aggregate:+.3f}）；对该模型运行 windtunnel aggregate 以重新计算</translation>
    </message>
    <message>
        <source>{count} edge does not weigh what the participants&apos; aggregate says (first: {source} → {target} weighs {weight:+.3f}, the aggregate is {aggregate:+.3f}); run windtunnel aggregate on the model to recompute</source>
        <translation>{count} 条边的权重与参与者的汇总不一致（第一条：{source} → {target} 的权重为 {weight:+.3f}，汇总为 {aggregate:+.3f}）；对该模型运行 windtunnel aggregate 以重新计算</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>actor</source>
        <translation>行为体</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>限制措施</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>clamp</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>pulse</source>
        <translation>脉冲</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>提高</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>降低</translation>
    </message>
    <message>
        <source>Kosko</source>
        <translation>Kosko</translation>
    </message>
    <message>
        <source>Modified Kosko</source>
        <translation>改进 Kosko</translation>
    </message>
    <message>
        <source>Rescaled</source>
        <translation>重标度</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>bivalent</source>
        <translation>二值</translation>
    </message>
    <message>
        <source>trivalent</source>
        <translation>三值</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>初始水平</translation>
    </message>
    <message>
        <source>ones</source>
        <translation>全部为 1</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>linguistic</source>
        <translation>语言式</translation>
    </message>
    <message>
        <source>include</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Mamdani</source>
        <translation>Mamdani</translation>
    </message>
    <message>
        <source>Larsen</source>
        <translation>Larsen</translation>
    </message>
    <message>
        <source>algebraic sum</source>
        <translation>代数和</translation>
    </message>
    <message>
        <source>Einstein sum</source>
        <translation>Einstein 和</translation>
    </message>
    <message>
        <source>Hamacher sum</source>
        <translation>Hamacher 和</translation>
    </message>
    <message>
        <source>centroid</source>
        <translation>重心法</translation>
    </message>
    <message>
        <source>bisector</source>
        <translation>面积平分法</translation>
    </message>
    <message>
        <source>mean of maxima</source>
        <translation>最大值平均法</translation>
    </message>
    <message>
        <source>reinforcing</source>
        <translation>增强</translation>
    </message>
    <message>
        <source>balancing</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>孤立</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Wind-tunnel policy options on signed influence maps. Without a command, opens the desktop app (on FILE if given).</source>
        <translation>在带符号的影响图上对政策方案做“风洞”试验。不带命令时打开桌面应用（如给出 FILE 则打开该文件）。</translation>
    </message>
    <message>
        <source>print the traceback of an unexpected error (or set {variable}=1)</source>
        <translation>输出意外错误的回溯信息（或设置 {variable}=1）</translation>
    </message>
    <message>
        <source>the language of messages and help: {choices} (default: the environment&apos;s LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>消息和帮助的语言：{choices}（默认：环境变量 LC_ALL、LC_MESSAGES 或 LANG）</translation>
    </message>
    <message>
        <source>unknown command {word}; did you mean {command}?</source>
        <translation>未知命令 {word}；您是指 {command} 吗？</translation>
    </message>
    <message>
        <source>unknown command {word}; the commands are {commands}</source>
        <translation>未知命令 {word}；可用的命令有 {commands}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>{head}: not enough memory for this input</source>
        <translation>{head}：内存不足，无法处理此输入</translation>
    </message>
    <message>
        <source>{head}: the input is nested too deeply</source>
        <translation>{head}：输入嵌套过深</translation>
    </message>
    <message>
        <source>the traceback follows</source>
        <translation>回溯信息如下</translation>
    </message>
    <message>
        <source>run again with --debug (or {variable}=1) to see the traceback</source>
        <translation>使用 --debug（或 {variable}=1）再次运行以查看回溯信息</translation>
    </message>
    <message>
        <source>{head}: unexpected error ({kind}: {text}); {follows}</source>
        <translation>{head}：意外错误（{kind}：{text}）；{follows}</translation>
    </message>
    <message>
        <source>--language needs a language tag</source>
        <translation>--language 需要一个语言标记</translation>
    </message>
    <message>
        <source>unknown language {tag}: choose from {choices}</source>
        <translation>未知语言 {tag}：请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>a model file (.wtm)</source>
        <translation>模型文件（.wtm）</translation>
    </message>
    <message>
        <source>the language of the model&apos;s text in what is printed and written: {choices} (default: the original)</source>
        <translation>打印和写出的模型文本所用的语言：{choices}（默认：原文）</translation>
    </message>
</context>
<context>
    <name>cognitivemapr</name>
    <message>
        <source>holds cognitivemapr&apos;s normative value of each concept (1 positive or neutral, -1 negative: whether the speaker deems it good or bad), not its starting level: kept as the tags {good!r} and {bad!r} ({count} valued -1), and every node starts at its default level</source>
        <translation>存放 cognitivemapr 中每个概念的规范价值（1 为正面或中性，-1 为负面：说话者认为该概念是好是坏），而非其初始水平：保留为标签 {good!r} 和 {bad!r}（{count} 个为 -1），每个节点都从默认水平开始</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>has no {headers} column</source>
        <translation>没有 {headers} 列</translation>
    </message>
    <message>
        <source>has no {headers} columns</source>
        <translation>没有 {headers} 列</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>compare two maps (similarity, Mental Modeler&apos;s score) or a model&apos;s participants</source>
        <translation>比较两张图（相似度、Mental Modeler 的评分）或一个模型的参与者</translation>
    </message>
    <message>
        <source>Compare map B with map A (the reference): similarity and the edges that differ. With one model of participants, compare the participants.</source>
        <translation>将图 B 与图 A（参照图）比较：相似度以及不同的边。给出一个带参与者的模型时，比较其参与者。</translation>
    </message>
    <message>
        <source>the reference map A and the map B (any format Windtunnel reads), or one model with participants</source>
        <translation>参照图 A 和图 B（Windtunnel 可读的任何格式），或一个带参与者的模型</translation>
    </message>
    <message>
        <source>edges listed per kind of difference (default 20)</source>
        <translation>每类差异列出的边数（默认 20）</translation>
    </message>
    <message>
        <source>{count} files given; compare takes two maps or one model with participants</source>
        <translation>给出了 {count} 个文件；compare 需要两张图或一个带参与者的模型</translation>
    </message>
    <message>
        <source>{b} against {a} (the reference):</source>
        <translation>{b} 与 {a}（参照）比较：</translation>
    </message>
    <message>
        <source>  edge-set Jaccard     {value}</source>
        <translation>  边集合 Jaccard 系数  {value}</translation>
    </message>
    <message>
        <source>  weighted similarity  {value}</source>
        <translation>  加权相似度          {value}</translation>
    </message>
    <message>
        <source>  Mental Modeler score {score} (correctly signed {correct} - extra {extra} - missing {missing})</source>
        <translation>  Mental Modeler 得分  {score}（符号正确 {correct} - 多出 {extra} - 缺少 {missing}）</translation>
    </message>
    <message>
        <source>extra edges (in B only)</source>
        <translation>多出的边（仅在 B 中）</translation>
    </message>
    <message>
        <source>missing edges (in A only)</source>
        <translation>缺少的边（仅在 A 中）</translation>
    </message>
    <message>
        <source>wrongly signed edges</source>
        <translation>符号错误的边</translation>
    </message>
    <message>
        <source>reversed edges (B has A&apos;s edge the other way)</source>
        <translation>方向相反的边（B 中 A 的边方向相反）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>target</source>
        <translation>终点</translation>
    </message>
    <message>
        <source>concepts in B only</source>
        <translation>仅在 B 中的概念</translation>
    </message>
    <message>
        <source>concepts in A only</source>
        <translation>仅在 A 中的概念</translation>
    </message>
    <message>
        <source>one model compares its participants only when it has two or more; give two maps to compare them</source>
        <translation>一个模型只有在有两位或更多参与者时才比较其参与者；要比较两张图，请给出两张图</translation>
    </message>
    <message>
        <source>{count} participants, over the edges each rated (an edge a participant did not rate never counts as agreeing):</source>
        <translation>{count} 位参与者，只比较各自评分过的边（参与者未评分的边从不算作一致）：</translation>
    </message>
    <message>
        <source>  rated     the shared map&apos;s edges they rated</source>
        <translation>  已评分    共享的图中其评分过的边</translation>
    </message>
    <message>
        <source>  Jaccard   their edges against the shared map&apos;s (1 = they rated every edge and no other)</source>
        <translation>  Jaccard   其边与共享的图的边相比（1 = 评分了每条边且没有其他边）</translation>
    </message>
    <message>
        <source>  others    their weights against the others&apos; aggregate on the edges another rated too (1 = the same weights; - : none)</source>
        <translation>  他人      在他人也评分过的边上，其权重与其他人汇总的比较（1 = 权重相同；- ：没有）</translation>
    </message>
    <message>
        <source>  1, 2, ... the weighted similarity of each pair on the edges both rated (- : none in common)</source>
        <translation>  1, 2, ... 每对参与者在两人都评分过的边上的加权相似度（- ：没有共同的边）</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>others</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
</context>
<context>
    <name>compile</name>
    <message>
        <source>there is no node {node_id!r}; valid nodes: {node_ids}</source>
        <translation>没有节点 {node_id!r}；有效节点：{node_ids}</translation>
    </message>
    <message>
        <source>there is no edge from {source!r} to {target!r}</source>
        <translation>没有从 {source!r} 到 {target!r} 的边</translation>
    </message>
    <message>
        <source>shape {shape} is not square</source>
        <translation>形状 {shape} 不是方阵</translation>
    </message>
    <message>
        <source>has shape {shape}, not ({n},)</source>
        <translation>形状为 {shape}，而不是 ({n},)</translation>
    </message>
</context>
<context>
    <name>control_text</name>
    <message>
        <source>holds only control characters ({message})</source>
        <translation>只含控制字符（{message}）</translation>
    </message>
    <message>
        <source>the model&apos;s description</source>
        <translation>模型的说明</translation>
    </message>
    <message>
        <source>removed control characters (such as a terminal colour code) from {count:,} text(s), which no export can carry</source>
        <translation>已从 {count:,} 处文本中删除控制字符（如终端颜色代码），因为任何导出格式都无法保存它们</translation>
    </message>
    <message>
        <source>holds the control character {code} at character {position} (of {count:,} text(s) holding one), which a model file does not keep: remove it and save again</source>
        <translation>第 {position} 个字符是控制字符 {code}（共有 {count:,} 处文本含有控制字符），模型文件不保存控制字符：请删除后再保存</translation>
    </message>
    <message>
        <source>the model&apos;s title</source>
        <translation>模型的标题</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>the file holds NUL bytes: it is not a text (CSV) file</source>
        <translation>文件含有 NUL 字节：它不是文本（CSV）文件</translation>
    </message>
    <message>
        <source>a cell holds more than {limit:,} characters, the most a cell may hold</source>
        <translation>单元格超过 {limit:,} 个字符，即单元格所能容纳的上限</translation>
    </message>
    <message>
        <source>not valid CSV ({exc})</source>
        <translation>不是有效的 CSV（{exc}）</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a cell here and is never closed, so the rest of the file reads as that one cell; close the quote or remove it</source>
        <translation>此处的引号（&quot;）开始了一个单元格但从未闭合，因此文件其余部分都被读作这一个单元格；请闭合或删除该引号</translation>
    </message>
    <message>
        <source>the file starts as UTF-32 text but is not valid UTF-32</source>
        <translation>文件以 UTF-32 文本开头，但不是有效的 UTF-32</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 text but is not valid UTF-16</source>
        <translation>文件以 UTF-16 文本开头，但不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>{character}, the first character outside ASCII: </source>
        <translation>{character}，第一个非 ASCII 字符：</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text, and whether it is {code_pages} cannot be told for sure (a wrong guess would garble every label): in Excel, save it with File &gt; Save As, as &quot;CSV UTF-8 (Comma delimited)&quot;, and import it again</source>
        <translation>该文件不是 UTF-8 文本，可能是 {code_pages}，但无法确定（猜错会让每个标签都变成乱码）：请在 Excel 中选择“文件 &gt; 另存为”，保存类型选“CSV UTF-8 (逗号分隔)”，然后重新导入</translation>
    </message>
    <message>
        <source>the file reads as UTF-8 text and as {code_pages} alike, and which it is cannot be told for sure (a wrong guess would garble every label): in Excel, save it with File &gt; Save As, as &quot;CSV UTF-8 (Comma delimited)&quot;, and import it again</source>
        <translation>该文件既能按 UTF-8 文本读取，也能按 {code_pages}读取，无法确定是哪一种（猜错会让每个标签都变成乱码）：请在 Excel 中选择“文件 &gt; 另存为”，保存类型选“CSV UTF-8 (逗号分隔)”，然后重新导入</translation>
    </message>
    <message>
        <source>a byte-order mark (U+FEFF, an invisible character that starts a text file) in the middle of the file, as joining two files leaves, was taken out of line {lines}</source>
        <translation>文件中间有一个字节顺序标记（U+FEFF，文本文件开头的不可见字符，把两个文件拼接起来时会留在中间），已从第 {lines} 行去掉</translation>
    </message>
    <message>
        <source>byte-order marks (U+FEFF, an invisible character that starts a text file) in the middle of the file, as joining files leaves, were taken out of lines {lines}</source>
        <translation>文件中间有字节顺序标记（U+FEFF，文本文件开头的不可见字符，把文件拼接起来时会留在中间），已从以下各行去掉：{lines}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>GBK (Simplified Chinese Windows)</source>
        <translation>GBK（简体中文 Windows）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese Windows)</source>
        <translation>Big5（繁体中文 Windows）</translation>
    </message>
    <message>
        <source>Big5-HKSCS (Traditional Chinese Windows with Hong Kong&apos;s supplementary characters)</source>
        <translation>Big5-HKSCS（含香港增补字符集的繁体中文 Windows）</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Windows)</source>
        <translation>Shift_JIS（日文 Windows）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European Windows)</source>
        <translation>Windows-1252（西欧语言 Windows）</translation>
    </message>
    <message>
        <source>not UTF-8: read as {code_page}, the one code page its text reads plausibly in</source>
        <translation>不是 UTF-8：已按 {code_page}读取（唯一能把其文本读通的代码页）</translation>
    </message>
    <message>
        <source>byte 0x{data:02X} is not UTF-8, though the rest of the file is UTF-8 (a character in another encoding, such as Windows-1252, was pasted in?); save the file as UTF-8 and import it again</source>
        <translation>字节 0x{data:02X} 不是 UTF-8，而文件其余部分都是 UTF-8（是否粘贴了其他编码的字符，例如 Windows-1252？）；请将文件另存为 UTF-8 后重新导入</translation>
    </message>
    <message>
        <source>the file is neither UTF-8, UTF-16 nor Windows-1252 text</source>
        <translation>文件既不是 UTF-8、UTF-16，也不是 Windows-1252 文本</translation>
    </message>
</context>
<context>
    <name>date_names</name>
    <message>
        <source>holds the date {date} where a name is expected: read as the text {text!r}; a spreadsheet turns a name typed as 3-5 or Jan 2 into a date, so if it held another name, write that name again as text (with an apostrophe before it)</source>
        <translation>应填名称的单元格中存放的是日期 {date}：已读作文本 {text!r}；电子表格会把输入的 3-5 或 Jan 2 这类名称变成日期，如果这里原本是别的名称，请以文本形式重新输入（在前面加一个撇号）</translation>
    </message>
    <message>
        <source>{date} on row {row}</source>
        <translation>第 {row} 行的 {date}</translation>
    </message>
    <message>
        <source>{date} in column {column}</source>
        <translation>列 {column} 的 {date}</translation>
    </message>
    <message>
        <source>{count} cells hold dates where names are expected ({cells}): read as the dates&apos; text; a spreadsheet turns a name typed as 3-5 or Jan 2 into a date, so if one held another name, write that name again as text (with an apostrophe before it)</source>
        <translation>{count} 个应填名称的单元格中存放的是日期（{cells}）：已读作日期的文本；电子表格会把输入的 3-5 或 Jan 2 这类名称变成日期，如果其中有原本是别的名称的，请以文本形式重新输入（在前面加一个撇号）</translation>
    </message>
    <message>
        <source>holds the date {date} where a label is expected: read as {text!r}, the same node&apos;s label as the other side of the matrix holds it (a spreadsheet turns a label typed as {text!r} into a date)</source>
        <translation>应填标签的单元格中存放的是日期 {date}：已按矩阵另一侧同一节点的标签读作 {text!r}（电子表格会把输入的 {text!r} 这类标签变成日期）</translation>
    </message>
    <message>
        <source>holds the date {date} where a node&apos;s name is expected: read as the node {node}, whose name on the Nodes sheet a spreadsheet turns into that date as it is typed (and so wherever the edges hold this date)</source>
        <translation>在应为节点名称处存放日期 {date}：读作节点 {node}，它在 Nodes 工作表中的名称在输入时会被电子表格变成这一日期（边中其他位置的这一日期也同样读取）</translation>
    </message>
</context>
<context>
    <name>designs</name>
    <message>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>delay of {source} → {target}</source>
        <translation>{source} → {target} 的延迟</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>a Sobol&apos; sequence covers at most {sobol_dimensions:,} uncertainties, not {dimensions:,}; use the Latin hypercube (lhs)</source>
        <translation>Sobol&apos; 序列最多覆盖 {sobol_dimensions:,} 个不确定量，而不是 {dimensions:,} 个；请使用拉丁超立方（lhs）</translation>
    </message>
    <message>
        <source>this build of Windtunnel has no Sobol&apos; sequences (scipy.stats is left out of the desktop app); use the Latin hypercube (lhs), or the command line of a Python installation</source>
        <translation>此版本的 Windtunnel 没有 Sobol&apos; 序列（桌面应用未包含 scipy.stats）；请使用拉丁超立方（lhs），或使用 Python 安装的命令行</translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{option} meets {objective} in every future</source>
        <translation>{option} 在每种未来中都达到 {objective}</translation>
    </message>
    <message>
        <source>{option} meets every objective in every future</source>
        <translation>{option} 在每种未来中都达到所有目标</translation>
    </message>
    <message>
        <source>{option} misses {objective} in every future</source>
        <translation>{option} 在每种未来中都未达到 {objective}</translation>
    </message>
    <message>
        <source>{option} fails in every future</source>
        <translation>{option} 在每种未来中都失效</translation>
    </message>
    <message>
        <source>{option} misses {objective} in {share} of futures, in no box of conditions with 80% failures</source>
        <translation>{option} 在 {share} 的未来中未达到 {objective}，但没有失效率达 80% 的条件框</translation>
    </message>
    <message>
        <source>{option} fails in {share} of futures, in no box of conditions with 80% failures</source>
        <translation>{option} 在 {share} 的未来中失效，但没有失效率达 80% 的条件框</translation>
    </message>
    <message>
        <source>there is no option {option!r}; options: {ids}</source>
        <translation>没有方案 {option!r}；方案：{ids}</translation>
    </message>
    <message>
        <source>there is no objective {objective!r}; objectives: {goals}</source>
        <translation>没有目标 {objective!r}；目标：{goals}</translation>
    </message>
    <message>
        <source>{option} misses {objective} in {density:.0%} of futures where {conditions} ({mass:.0%} of all futures, {coverage:.0%} of its misses)</source>
        <translation>在 {conditions} 的未来中，{option} 有 {density:.0%} 未达到 {objective}（占全部未来的 {mass:.0%}，占其未达情形的 {coverage:.0%}）</translation>
    </message>
    <message>
        <source>{option} misses an objective in {density:.0%} of futures where {conditions} ({mass:.0%} of all futures, {coverage:.0%} of its misses)</source>
        <translation>在 {conditions} 的未来中，{option} 有 {density:.0%} 未达到某个目标（占全部未来的 {mass:.0%}，占其未达情形的 {coverage:.0%}）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>ids are stable and cannot be changed</source>
        <translation>id 是稳定的，不能更改</translation>
    </message>
    <message>
        <source>must be text of 1-{max_label} characters</source>
        <translation>必须是 1-{max_label} 个字符的文本</translation>
    </message>
    <message>
        <source>must be text of at most {max_text:,} characters</source>
        <translation>必须是最多 {max_text:,} 个字符的文本</translation>
    </message>
    <message>
        <source>there is no {kind} {key!r}</source>
        <translation>没有{kind} {key!r}</translation>
    </message>
</context>
<context>
    <name>dynamic_values</name>
    <message>
        <source>{value!r} reads as Gephi&apos;s dynamic weight but not as intervals [start, end, weight] or timestamps [time, weight]</source>
        <translation>{value!r} 看似 Gephi 的动态权重，但既不能读作区间 [开始, 结束, 权重]，也不能读作时间戳 [时间, 权重]</translation>
    </message>
    <message>
        <source>weights that change over time (Gephi&apos;s dynamic weights) in {count} row{s}: each took the weight in effect at the end (of its interval that ends last, or its latest timestamp); the earlier weights were not kept, since a map has no time line</source>
        <translation>{count} 行中的权重随时间变化（Gephi 的动态权重）：每行取结束时有效的权重（最后结束的区间或最晚时间戳的权重）；图没有时间轴，因此未保留之前的权重</translation>
    </message>
</context>
<context>
    <name>edge_direction</name>
    <message>
        <source>{value!r} is not a direction Windtunnel reads: directed, undirected or mutual</source>
        <translation>{value!r} 不是 Windtunnel 能读取的方向：应为 directed、undirected 或 mutual</translation>
    </message>
    <message>
        <source>{count} row{s} marked undirected or mutual became an edge each way</source>
        <translation>{count} 行标为 undirected 或 mutual，各变为双向的边</translation>
    </message>
    <message>
        <source>{count} row{s} marked undirected or mutual were read one way, from From to To</source>
        <translation>{count} 行标为 undirected 或 mutual，按单向读取，从 From 指向 To</translation>
    </message>
</context>
<context>
    <name>edges_sheet</name>
    <message>
        <source>{raw!r} could be {thousands} (a point between thousands, as with the decimal commas of this column&apos;s other weights) or {decimal}; write it without the point, or with a decimal comma</source>
        <translation>{raw!r} 可以是 {thousands}（本列其他权重以逗号作小数点，因此这个点可能是千位分隔符），也可以是 {decimal}；请去掉这个点，或用小数逗号书写</translation>
    </message>
    <message>
        <source>skipped {count} self-loop{s}, an edge from a node to itself ({rows})</source>
        <translation>跳过了 {count} 个自环，即从节点指向自身的边（{rows}）</translation>
    </message>
    <message>
        <source>has no {header} column</source>
        <translation>没有 {header} 列</translation>
    </message>
    <message>
        <source>the edges have no weight attribute, and this attribute was read as categories, not signs: every edge got the weight {weight:+g}</source>
        <translation>边没有 weight 属性，而这个属性被读作类别而不是符号：每条边的权重都设为 {weight:+g}</translation>
    </message>
    <message>
        <source>no Weight column, and this Type column was read as categories, not signs: every edge got the weight {weight:+g}</source>
        <translation>没有 Weight 列，而这个 Type 列被读作类别而不是符号：每条边的权重都设为 {weight:+g}</translation>
    </message>
    <message>
        <source>the edges have no weight attribute: every edge got the weight {weight:+g}</source>
        <translation>边没有 weight 属性：每条边的权重都设为 {weight:+g}</translation>
    </message>
    <message>
        <source>no Weight or Type column: every edge got the weight {weight:+g}</source>
        <translation>没有 Weight 列或 Type 列：每条边的权重都设为 {weight:+g}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>holds signed weights ({example}) but is not read as the weights: without a Weight column every edge would get {weight:+g} and the negative ones would turn positive; head the column Weight (or Strength, Influence), or delete it to import every edge with {weight:+g}</source>
        <translation>含有带符号的权重（{example}），但没有作为权重读取：没有 Weight 列时每条边的权重都是 {weight:+g}，负的影响会变成正的；请把列标题改为 Weight（或 Strength、Influence），或删除此列，以 {weight:+g} 导入每条边</translation>
    </message>
    <message>
        <source>{place}: {weight},{digits}</source>
        <translation>{place}：{weight},{digits}</translation>
    </message>
    <message>
        <source>a weight of 0 followed by a cell of digits looks like a decimal comma, which the file&apos;s commas split in two (read as the weight 0 and the digits in the next column): {rows}; write the weight with a point (0.4), or quote it (&quot;0,4&quot;)</source>
        <translation>权重为 0、下一个单元格只有数字的行看起来用了小数逗号，被文件的分隔逗号拆成两半（读作权重 0 和下一列的数字）：{rows}；请用小数点写权重（0.4），或加上引号（&quot;0,4&quot;）</translation>
    </message>
    <message>
        <source>holds numbers ({example}), not the levels low, medium and high: the column was not kept and every edge has the confidence medium (Windtunnel does not guess which numbers mean which level); write low, medium or high in it to keep it</source>
        <translation>含有数字（{example}），而不是 low、medium、high 这些级别：该列未导入，每条边的置信度均为 medium（Windtunnel 不猜测哪些数字对应哪一级）；如要保留，请在其中写 low、medium 或 high</translation>
    </message>
    <message>
        <source>{count} edge{s} had no weight ({rows}): each got {weight:g}, with its sign, as its final weight</source>
        <translation>{count} 条边没有权重（{rows}）：每条按其符号设为 {weight:g}，作为其最终权重</translation>
    </message>
    <message>
        <source>entry {rows}</source>
        <translation>第 {rows} 项</translation>
    </message>
    <message>
        <source>entries {rows}</source>
        <translation>第 {rows} 项</translation>
    </message>
    <message>
        <source>row {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <source>{name} ({place})</source>
        <translation>{name}（{place}）</translation>
    </message>
    <message>
        <source>created 1 node named in the edges but not in a Nodes sheet: {nodes}</source>
        <translation>创建了 1 个在边中出现但不在 Nodes 工作表中的节点：{nodes}</translation>
    </message>
    <message>
        <source>created {count} nodes named in the edges but not in a Nodes sheet: {nodes}</source>
        <translation>创建了 {count} 个在边中出现但不在 Nodes 工作表中的节点：{nodes}</translation>
    </message>
    <message>
        <source>{name!r} ({place}) is close to {near!r} ({other})</source>
        <translation>{name!r}（{place}）与 {near!r}（{other}）相近</translation>
    </message>
    <message>
        <source>{name!r} ({place}) is close to {near!r}</source>
        <translation>{name!r}（{place}）与 {near!r} 相近</translation>
    </message>
    <message>
        <source>names that may be typing slips, each made a node of its own: {pairs}</source>
        <translation>可能是输入错误的名称，各自成了单独的节点：{pairs}</translation>
    </message>
    <message>
        <source>{name!r} is close to {near!r}: correct the name if they are one node, or import the file again and choose “Make each name a node of its own” when Windtunnel asks about these names</source>
        <translation>{name!r} 与 {near!r} 相近：如果它们是同一个节点，请更正名称，或重新导入该文件，并在 Windtunnel 询问这些名称时选择“让每个名称各自成为一个节点”</translation>
    </message>
    <message>
        <source>{name!r} is close to {near!r}: correct the name if they are one node, or import choosing to create both (--near-names create)</source>
        <translation>{name!r} 与 {near!r} 相近：如果它们是同一个节点，请更正名称，或选择两个都创建后导入（--near-names create）</translation>
    </message>
    <message>
        <source>names that may be typing slips, each made a node of its own: {pairs}; correct the names in the file if they are one node</source>
        <translation>可能是输入错误的名称，各自成了单独的节点：{pairs}；如果它们是同一个节点，请在文件中更正名称</translation>
    </message>
    <message>
        <source>the weight {weight},{digits} is split in two by the file&apos;s commas (the row has more fields than the header): write it with a point ({weight}.{digits}), quote it (&quot;{weight},{digits}&quot;), or save the file separated by semicolons</source>
        <translation>权重 {weight},{digits} 被文件的分隔逗号拆成两半（该行的字段比标题行多）：请用小数点写（{weight}.{digits}），或加上引号（&quot;{weight},{digits}&quot;），或将文件保存为以分号分隔</translation>
    </message>
    <message>
        <source>holds negative numbers ({example}) but is not read: the weights come from column {weights!r}, which holds none, so every edge came in positive; if this column holds the signed weights, head it Weight and rename the other</source>
        <translation>含有负数（{example}）但未被读取：权重取自列 {weights!r}，而该列没有负值，因此所有边都成了正向；如果此列才是带符号的权重，请把它的标题改为 Weight，并给另一列改名</translation>
    </message>
    <message>
        <source>holds only the number 1, a type&apos;s code rather than a sign (a column of signs also holds -1 or another sign, or is headed Sign or Polarity): kept in each edge&apos;s rationale</source>
        <translation>只包含数字 1，是类型代码而不是符号（符号列还会有 -1 或其他符号，或列标题为 Sign 或 Polarity）：已保留在每条边的理由中</translation>
    </message>
    <message>
        <source>read the numbers in it as signs: 1 positive, -1 negative</source>
        <translation>其中的数字已读作符号：1 为正，-1 为负</translation>
    </message>
    <message>
        <source>holds categories ({categories}), not signs: kept in each edge&apos;s rationale</source>
        <translation>包含的是类别（{categories}），而不是符号：已保留在每条边的理由中</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}), and the one edge its edges merge into would be refused: {problem}; merge them by hand into one that fits</source>
        <translation>边 {pair} 被列出不止一次（{rows}），由这些边合并成的那条边会被拒绝：{problem}；请手动把它们合并为一条符合要求的边</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}), and the one edge its rows merge into would be refused: {problem}; merge them by hand into one row that fits</source>
        <translation>边 {pair} 被列出不止一次（{rows}），由这些行合并成的那条边会被拒绝：{problem}；请手动把它们合并为符合要求的一行</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) with different delays ({delays}); an edge has one delay: merge the edges into one by hand</source>
        <translation>边 {pair} 被列出不止一次（{rows}），且延迟不同（{delays}）；一条边只有一个延迟：请手动把这些边合并为一条</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) with different delays ({delays}); an edge has one delay: merge the rows into one by hand</source>
        <translation>边 {pair} 被列出不止一次（{rows}），且延迟不同（{delays}）；一条边只有一个延迟：请手动把这些行合并为一行</translation>
    </message>
    <message>
        <source>{count} edge{s} listed more than once: {pairs}</source>
        <translation>{count} 条边被列出不止一次：{pairs}</translation>
    </message>
    <message>
        <source>{count} edge{s} listed more than once ({pairs}), {opposite} of them with opposite signs, which contradict each other: {contradictions}</source>
        <translation>{count} 条边被列出不止一次（{pairs}），其中 {opposite} 条的符号相反，彼此矛盾：{contradictions}</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: correct the sign that is wrong, or merge them into one by hand</source>
        <translation>边 {pair} 以相反的符号列出（{signs}），彼此矛盾：请更正错误的符号，或手动把它们合并为一条</translation>
    </message>
    <message>
        <source>the parallel edges {pair} ({rows}) add up to {total:g}, outside [-1, 1]: held at {weight:g}, the strongest influence an edge has; its rationale lists each parallel edge with its weight</source>
        <translation>平行边 {pair}（{rows}）之和为 {total:g}，超出 [-1, 1]：已限定为 {weight:g}，即一条边的最强影响；其理由逐条列出每条平行边及其权重</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: their weights were added, giving {weight:g}; check which sign is meant</source>
        <translation>边 {pair} 以相反的符号列出（{signs}），彼此矛盾：已把其权重相加，得到 {weight:g}；请核实哪个符号才是本意</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: the mean of their weights, {weight:g}, was kept; check which sign is meant</source>
        <translation>边 {pair} 以相反的符号列出（{signs}），彼此矛盾：已保留其权重的平均值 {weight:g}；请核实哪个符号才是本意</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one of its edges, with the edge&apos;s weight, or import the file again and choose “Take the mean of their weights” when Windtunnel asks</source>
        <translation>边 {pair} 被列出不止一次（{rows}），其权重之和为 {total:g}，超出 [-1, 1]；重复的边不会使图的其余部分被重新缩放：请只保留其中一条边并写上该边的权重，或重新导入该文件，并在 Windtunnel 询问时选择“取权重的平均值”</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one row with the edge&apos;s weight, or import the file again and choose “Take the mean of their weights” when Windtunnel asks</source>
        <translation>边 {pair} 被列出不止一次（{rows}），其权重之和为 {total:g}，超出 [-1, 1]；重复的边不会使图的其余部分被重新缩放：请只保留一行并写上该边的权重，或重新导入该文件，并在 Windtunnel 询问时选择“取权重的平均值”</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the edges into one, or import the file again and choose “Add their weights” or “Take the mean of their weights” when Windtunnel asks</source>
        <translation>边 {pair} 被列出不止一次（{rows}）；请把这些边合并为一条，或重新导入该文件，并在 Windtunnel 询问时选择“把权重相加”或“取权重的平均值”</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the rows into one, or import the file again and choose “Add their weights” or “Take the mean of their weights” when Windtunnel asks</source>
        <translation>边 {pair} 被列出不止一次（{rows}）；请把这些行合并为一行，或重新导入该文件，并在 Windtunnel 询问时选择“把权重相加”或“取权重的平均值”</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the edges into one, or import with --repeated add or mean</source>
        <translation>边 {pair} 被列出不止一次（{rows}）；请把这些边合并为一条，或用 --repeated add 或 mean 导入</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the rows into one, or import with --repeated add or mean</source>
        <translation>边 {pair} 被列出不止一次（{rows}）；请把这些行合并为一行，或用 --repeated add 或 mean 导入</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one of its edges, with the edge&apos;s weight, or import with --repeated mean to take the mean of its parallel edges</source>
        <translation>边 {pair} 被列出不止一次（{rows}），其权重之和为 {total:g}，超出 [-1, 1]；重复的边不会使图的其余部分被重新缩放：请只保留其中一条边并写上该边的权重，或用 --repeated mean 导入以取各平行边的平均值</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one row with the edge&apos;s weight, or import with --repeated mean to take the mean of its rows</source>
        <translation>边 {pair} 被列出不止一次（{rows}），其权重之和为 {total:g}，超出 [-1, 1]；重复的边不会使图的其余部分被重新缩放：请只保留一行并写上该边的权重，或用 --repeated mean 导入以取各行的平均值</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once into one each (no edge had two weights, so none were added or averaged): {pairs}</source>
        <translation>把 {count} 条被列出不止一次的边各合并为一条（没有哪条边有两个权重，因此没有相加或取平均）：{pairs}</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once, adding their weights as Gephi merges parallel edges: {pairs}</source>
        <translation>合并了 {count} 条被列出不止一次的边，按 Gephi 合并平行边的方式把权重相加：{pairs}</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once, each with the mean of its weights: {pairs}</source>
        <translation>合并了 {count} 条被列出不止一次的边，每条取其权重的平均值：{pairs}</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} 次</translation>
    </message>
    <message>
        <source>{count:,} weights cannot be read as they are; the largest: {message}. They are at {places}</source>
        <translation>有 {count:,} 个权重无法按原样读取；其中最大的：{message}。位置：{places}</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1] (to divide every weight by the largest, {rescale})</source>
        <translation>{weight:g} 超出 [-1, 1]（要将每个权重除以最大值，请{rescale}）</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1], where the other weights are: correct it</source>
        <translation>{weight:g} 超出 [-1, 1]，而其他权重都在此范围内：请更正它</translation>
    </message>
    <message>
        <source>{place} ({weight:g})</source>
        <translation>{place}（{weight:g}）</translation>
    </message>
    <message>
        <source>the type says positive but the weight is {weight:g}</source>
        <translation>类型为正，但权重为 {weight:g}</translation>
    </message>
</context>
<context>
    <name>elements</name>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是数</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} 不是有限数</translation>
    </message>
    <message>
        <source>{value} is outside [{lo:g}, {hi:g}]</source>
        <translation>{value} 超出 [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文本</translation>
    </message>
    <message>
        <source>text of {count:,} characters is longer than {limit:,}</source>
        <translation>{count:,} 个字符的文本超过了 {limit:,}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>holds only invisible characters (such as zero-width spaces): it would show as empty</source>
        <translation>只含不可见字符（如零宽空格）：显示出来会是空的</translation>
    </message>
    <message>
        <source>{value} is not a web address (it starts with http:// or https://)</source>
        <translation>{value} 不是网址（网址以 http:// 或 https:// 开头）</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{value} is not a valid id (1-{max_id} letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, starting with a letter or digit)</source>
        <translation>{value} 不是有效的 id（1-{max_id} 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;，以字母或数字开头）</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>has {count} entries, more than {limit}</source>
        <translation>有 {count} 项，超过了 {limit}</translation>
    </message>
    <message>
        <source>has {count:,} entries, more than {limit:,}</source>
        <translation>有 {count:,} 项，超过了 {limit:,}</translation>
    </message>
    <message>
        <source>is not of the kind {kind}</source>
        <translation>不是 {kind} 类型</translation>
    </message>
    <message>
        <source>is not a pair [x, y]</source>
        <translation>不是坐标对 [x, y]</translation>
    </message>
    <message>
        <source>is not a list of at most {max_tags} tags</source>
        <translation>不是最多 {max_tags} 个标签的列表</translation>
    </message>
    <message>
        <source>{lever} is not true or false</source>
        <translation>{lever} 不是 true 或 false</translation>
    </message>
    <message>
        <source>{low!r} is above the weight {weight!r}</source>
        <translation>{low!r} 高于权重 {weight!r}</translation>
    </message>
    <message>
        <source>{high!r} is below the weight {weight!r}</source>
        <translation>{high!r} 低于权重 {weight!r}</translation>
    </message>
    <message>
        <source>{what} cannot join {source!r} to itself</source>
        <translation>{what}不能将 {source!r} 连接到其自身</translation>
    </message>
    <message>
        <source>step {end} is before the start step {start}</source>
        <translation>第 {end} 步早于起始步 {start}</translation>
    </message>
    <message>
        <source>edge {key} → {key2} is overridden twice</source>
        <translation>边 {key} → {key2} 被覆盖了两次</translation>
    </message>
    <message>
        <source>{getattr} is not true or false</source>
        <translation>{getattr} 不是 true 或 false</translation>
    </message>
    <message>
        <source>a rating needs a weight or a linguistic term</source>
        <translation>评分需要一个权重或一个语言术语</translation>
    </message>
    <message>
        <source>bounds need a weight between them</source>
        <translation>上下界之间需要一个权重</translation>
    </message>
    <message>
        <source>edge {source} → {target} is rated twice</source>
        <translation>边 {source} → {target} 被评分了两次</translation>
    </message>
    <message>
        <source>id {id!r} appears twice</source>
        <translation>id {id!r} 出现了两次</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}：{message}</translation>
    </message>
    <message>
        <source>... and {count} more problems</source>
        <translation>…… 以及另外 {count} 个问题</translation>
    </message>
    <message>
        <source>there are more than {count:,} problems; the first {count:,} follow</source>
        <translation>问题超过 {count:,} 个；以下是前 {count:,} 个</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} 个问题</translation>
    </message>
</context>
<context>
    <name>executors</name>
    <message>
        <source>running on a cluster needs dask.distributed: install windtunnel[cluster] (pip install &apos;windtunnel[cluster]&apos;) on this machine and on the workers</source>
        <translation>在集群上运行需要 dask.distributed：请在本机和各工作节点上安装 windtunnel[cluster]（pip install &apos;windtunnel[cluster]&apos;）</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {scheduler}: {exc}</source>
        <translation>无法连接到位于 {scheduler} 的 Dask 调度器：{exc}</translation>
    </message>
    <message>
        <source>use tcp:// or tls://, not {scheme}://</source>
        <translation>请使用 tcp:// 或 tls://，而不是 {scheme}://</translation>
    </message>
    <message>
        <source>port {port} is outside 1 to 65535</source>
        <translation>端口 {port} 不在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>{address!r} is not a scheduler address such as tcp://host:8786 ({exc})</source>
        <translation>{address!r} 不是调度器地址，例如 tcp://host:8786（{exc}）</translation>
    </message>
</context>
<context>
    <name>experiments</name>
    <message>
        <source>{sampler!r} is not one of {samplers}</source>
        <translation>{sampler!r} 不是 {samplers} 之一</translation>
    </message>
    <message>
        <source>the model has no objectives: an exploration judges options by them; add one (node, direction, threshold)</source>
        <translation>模型没有目标：探索要用目标来评判方案；请添加一个（节点、方向、阈值）</translation>
    </message>
    <message>
        <source>nothing to explore: give scenarios or levers</source>
        <translation>没有可探索的内容：请给出情景或杠杆</translation>
    </message>
    <message>
        <source>{count:,} options x {futures:,} futures: use at least one future and at most {max_experiments:,} experiments</source>
        <translation>{count:,} 个方案 x {futures:,} 种未来：至少使用一种未来，且最多 {max_experiments:,} 次实验</translation>
    </message>
    <message>
        <source>the model has no participants: add participants&apos; ratings to explore their maps as futures</source>
        <translation>模型没有参与者：请加入参与者的评分，才能把他们的图作为未来情形来探索</translation>
    </message>
    <message>
        <source>there is no node {node!r}; levers: {valid}</source>
        <translation>没有节点 {node!r}；杠杆：{valid}</translation>
    </message>
    <message>
        <source>is not a lever (a restriction node)</source>
        <translation>不是杠杆（限制措施节点）</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>给出了两次</translation>
    </message>
    <message>
        <source>{low:g} to {high:g} leaves [{range_low:g}, {range_high:g}], the levels the {activation} activation gives a node</source>
        <translation>{low:g} 到 {high:g} 超出了 {activation} 激活函数给节点的水平 [{range_low:g}, {range_high:g}]</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>explain why a node changed in a scenario</source>
        <translation>解释某个节点在某个情景中为何变化</translation>
    </message>
    <message>
        <source>Explain the change of one node in one scenario at one step: at most five reasons that add up to it with a named rest, then the same change by lever (Shapley values) and by incoming edge.</source>
        <translation>解释一个节点在一个情景中某一步的变化：最多五条合计等于该变化的原因及一个具名的其余部分，然后按杠杆（Shapley 值）和按入边分解同一变化。</translation>
    </message>
    <message>
        <source>a scenario id or label</source>
        <translation>情景的 id 或标签</translation>
    </message>
    <message>
        <source>a node id or label</source>
        <translation>节点 ID 或标签</translation>
    </message>
    <message>
        <source>the step to explain (default: the last)</source>
        <translation>要解释的步（默认：最后一步）</translation>
    </message>
    <message>
        <source>also list the K largest single routes (default 0)</source>
        <translation>同时列出 K 条最大的单一路径（默认 0）</translation>
    </message>
    <message>
        <source>--routes: must be at least 0</source>
        <translation>--routes：必须至少为 0</translation>
    </message>
    <message>
        <source>{node} ({label}) in scenario {scenario}: change {change} at step {step}</source>
        <translation>情景 {scenario} 中的 {node}（{label}）：第 {step} 步变化 {change}</translation>
    </message>
    <message>
        <source>the scenario has no interventions or overrides</source>
        <translation>该情景没有干预或覆盖值</translation>
    </message>
    <message>
        <source>no lever or override moves {node} in this scenario</source>
        <translation>此情景中没有杠杆或覆盖值推动 {node}</translation>
    </message>
    <message>
        <source>1 reason carries {share} of the change</source>
        <translation>1 个原因占变化的 {share}</translation>
    </message>
    <message>
        <source>{count} reasons carry {share} of the change</source>
        <translation>{count} 个原因占变化的 {share}</translation>
    </message>
    <message>
        <source>why ({carry}; with the rest they add up to it):</source>
        <translation>原因（{carry}；加上其余部分合计等于该变化）：</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>by lever ({method}):</source>
        <translation>按杠杆（{method}）：</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>(none moves it visibly)</source>
        <translation>（没有明显推动它的杠杆）</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>干预</translation>
    </message>
    <message>
        <source>by input at step {step}:</source>
        <translation>按第 {step} 步的输入：</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>largest routes ({count} in all):</source>
        <translation>最大的路径（共 {count} 条）：</translation>
    </message>
    <message>
        <source>route</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>the changed weight of {edge}</source>
        <translation>{edge} 的已更改权重</translation>
    </message>
    <message>
        <source>not followed further</source>
        <translation>未继续追溯</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>which option holds up across thousands of futures</source>
        <translation>哪个方案能在成千上万种未来中站得住</translation>
    </message>
    <message>
        <source>Run every option (scenarios and lever points) in sampled futures of the uncertain edge weights; print the robustness table, the conditions under which the most robust options fail (PRIM boxes) and the weights that matter most (Sobol&apos; indices).</source>
        <translation>在不确定边权重的抽样未来中运行每个方案（情景与杠杆取值点）；输出稳健性表、最稳健方案失效的条件（PRIM 框）以及最重要的权重（Sobol&apos; 指数）。</translation>
    </message>
    <message>
        <source>a lever (restriction node) to explore from LOW to HIGH, in LEVELS levels when given (repeat for several)</source>
        <translation>从 LOW 到 HIGH 探索的杠杆（限制措施节点），给出 LEVELS 时分为 LEVELS 档（可重复以指定多个）</translation>
    </message>
    <message>
        <source>an edge whose delay varies by future, from LOW to HIGH whole steps (repeat for several; each adds batches: keep them few)</source>
        <translation>延迟随未来而变化的边，从 LOW 到 HIGH 个整步（可重复指定多条；每条都会增加批次：请尽量少用）</translation>
    </message>
    <message>
        <source>each future is one participant&apos;s map (a model with participants), its weights drawn around their ratings</source>
        <translation>每个未来是一位参与者的图（含参与者的模型），其权重围绕该参与者的评分抽取</translation>
    </message>
    <message>
        <source>a scenario id or label among the options (repeat; default: all; --scenario none for lever points only)</source>
        <translation>方案中的情景 id 或标签（可重复；默认：全部；--scenario none 表示只用杠杆取值点）</translation>
    </message>
    <message>
        <source>lever points sampled under lhs or sobol (default 16)</source>
        <translation>在 lhs 或 sobol 下抽样的杠杆取值点数（默认 16）</translation>
    </message>
    <message>
        <source>futures of the uncertain weights (default 1000)</source>
        <translation>不确定权重的未来数（默认 1000）</translation>
    </message>
    <message>
        <source>lhs (Latin hypercube, default), sobol, or factorial (every combination of the levers&apos; levels; futures by lhs)</source>
        <translation>lhs（拉丁超立方，默认）、sobol，或 factorial（杠杆各档位的所有组合；未来用 lhs）</translation>
    </message>
    <message>
        <source>local processes (default: every core, {local_workers} here)</source>
        <translation>本地进程数（默认：每个核心一个，此处为 {local_workers}）</translation>
    </message>
    <message>
        <source>run on a dask.distributed cluster (tcp://host:8786); needs windtunnel[cluster] here and on the workers</source>
        <translation>在 dask.distributed 集群上运行（tcp://host:8786）；本机和各工作节点都需要 windtunnel[cluster]</translation>
    </message>
    <message>
        <source>options (most robust first) whose failure boxes are sought (default 3)</source>
        <translation>寻找失效框的方案数（从最稳健的开始，默认 3）</translation>
    </message>
    <message>
        <source>Sobol&apos; base sample (16 to 8192; the design runs N x (weights + 2) futures) for the most robust option; 0 skips (default 128)</source>
        <translation>最稳健方案的 Sobol&apos; 基础样本量（16 到 8192；该设计运行 N x（权重数 + 2）种未来）；0 表示跳过（默认 128）</translation>
    </message>
    <message>
        <source>options listed (default 20)</source>
        <translation>列出的方案数（默认 20）</translation>
    </message>
    <message>
        <source>also write the exploration workbook (.xlsx) or every experiment (.csv)</source>
        <translation>同时写出探索工作簿（.xlsx）或每次实验（.csv）</translation>
    </message>
    <message>
        <source>--out {out}: unknown file type {suffix}; use .xlsx or .csv</source>
        <translation>--out {out}：未知的文件类型 {suffix}；请使用 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>--sobol {sobol}: use 16 to 8192, or 0 to skip</source>
        <translation>--sobol {sobol}：请使用 16 到 8192，或用 0 跳过</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已写入 {out}</translation>
    </message>
    <message>
        <source>{title}: {options:,} options x {futures:,} futures = {experiments:,} experiments ({sampler}, seed {seed}, {weights} uncertain weights)</source>
        <translation>{title}：{options:,} 个方案 x {futures:,} 种未来 = {experiments:,} 次实验（{sampler}，种子 {seed}，{weights} 个不确定权重）</translation>
    </message>
    <message>
        <source>robustness (share of futures meeting each objective and all of them; regret against the best option in each future):</source>
        <translation>稳健性（达到各目标及全部目标的未来比例；相对每种未来中最佳方案的后悔值）：</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>regret p90</source>
        <translation>后悔值 p90</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>  ... and {count} more options (--top, or --out FILE)</source>
        <translation>  …… 另有 {count} 个方案（--top，或 --out 文件）</translation>
    </message>
    <message>
        <source>where the most robust options fail (PRIM boxes of uncertain weights):</source>
        <translation>最稳健方案在哪里失效（不确定权重的 PRIM 框）：</translation>
    </message>
    <message>
        <source>uncertain weights that matter most to {option} (total Sobol&apos; index, {futures:,} futures):</source>
        <translation>对 {option} 最重要的不确定权重（总 Sobol&apos; 指数，{futures:,} 种未来）：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
</context>
<context>
    <name>explorebook</name>
    <message>
        <source>Boxes</source>
        <translation>条件框</translation>
    </message>
    <message>
        <source>No box of conditions concentrates an option&apos;s failures (or no option fails in some futures and not in others).</source>
        <translation>没有任何条件框集中了方案的失效（或者没有方案在某些未来失效而在另一些未来不失效）。</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>{label} ({id})</source>
        <translation>{label}（{id}）</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>all met</source>
        <translation>全部达成</translation>
    </message>
    <message>
        <source>regret median</source>
        <translation>后悔值中位数</translation>
    </message>
    <message>
        <source>regret p90</source>
        <translation>后悔值 p90</translation>
    </message>
    <message>
        <source>regret max</source>
        <translation>后悔值最大</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>box</source>
        <translation>条件框</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>不确定权重</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>first order</source>
        <translation>一阶</translation>
    </message>
    <message>
        <source>first 2.5%</source>
        <translation>一阶 2.5%</translation>
    </message>
    <message>
        <source>first 97.5%</source>
        <translation>一阶 97.5%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总</translation>
    </message>
    <message>
        <source>total 2.5%</source>
        <translation>总 2.5%</translation>
    </message>
    <message>
        <source>total 97.5%</source>
        <translation>总 97.5%</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>future</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>met {objective}</source>
        <translation>{objective}（达成）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Windtunnel exploration workbook</source>
        <translation>Windtunnel 探索工作簿</translation>
    </message>
    <message>
        <source> ({levels} levels)</source>
        <translation>（{levels} 档）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{option}, {futures} futures</source>
        <translation>{option}，{futures} 种未来</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Windtunnel version</source>
        <translation>Windtunnel 版本</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>named scenarios and lever points</source>
        <translation>命名情景与杠杆取值点</translation>
    </message>
    <message>
        <source>Levers explored</source>
        <translation>探索的杠杆</translation>
    </message>
    <message>
        <source>uncertain edge weights drawn within their bounds (triangular: low, weight, high)</source>
        <translation>在边界内抽取的不确定边权重（三角分布：下限、权重、上限）</translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>不确定权重</translation>
    </message>
    <message>
        <source>Delays varied</source>
        <translation>变化的延迟</translation>
    </message>
    <message>
        <source>whole steps between the bounds given, each equally likely</source>
        <translation>给定边界之间的整步，每个可能性相同</translation>
    </message>
    <message>
        <source>Participants&apos; maps</source>
        <translation>参与者的图</translation>
    </message>
    <message>
        <source>not explored</source>
        <translation>未探索</translation>
    </message>
    <message>
        <source>each future one participant&apos;s map, its weights drawn around their ratings</source>
        <translation>每个未来是一位参与者的图，其权重围绕其评分抽取</translation>
    </message>
    <message>
        <source>every option in every future</source>
        <translation>每种未来中的每个方案</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>抽样方法</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation>相同的随机种子给出相同的数值</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Objective value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>change from baseline in the same future at the last step</source>
        <translation>同一未来中最后一步相对基线的变化</translation>
    </message>
    <message>
        <source>as the scorecard judges it</source>
        <translation>与评分卡的判定方式相同</translation>
    </message>
    <message>
        <source>Sobol&apos; indices</source>
        <translation>Sobol&apos; 指数</translation>
    </message>
    <message>
        <source>{count} more rows left out (a sheet holds about a million); write .csv for every row</source>
        <translation>另有 {count} 行未写入（一个工作表约可容纳一百万行）；如需全部行请写出 .csv</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>稳健性</translation>
    </message>
    <message>
        <source>Share of futures meeting every objective</source>
        <translation>达到所有目标的未来比例</translation>
    </message>
    <message>
        <source>share of futures</source>
        <translation>未来比例</translation>
    </message>
    <message>
        <source>Sobol</source>
        <translation>Sobol</translation>
    </message>
    <message>
        <source>Not computed (windtunnel explore --sobol N)</source>
        <translation>未计算（windtunnel explore --sobol N）</translation>
    </message>
    <message>
        <source>{objective}: total Sobol&apos; index of the uncertain weights</source>
        <translation>{objective}：不确定权重的总 Sobol&apos; 指数</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>export a model as a workbook, GraphML, weight matrix or CSV tables</source>
        <translation>将模型导出为工作簿、GraphML、权重矩阵或 CSV 表</translation>
    </message>
    <message>
        <source>Export a model file. The format follows from the output name: .xlsx workbook, .graphml GraphML, .csv weight matrix (rows are sources), a folder name CSV tables; --format overrides. An existing file is only replaced with --force.</source>
        <translation>导出模型文件。格式由输出名称决定：.xlsx 工作簿、.graphml GraphML、.csv 权重矩阵（行为起点），文件夹名为 CSV 表；--format 可覆盖。已存在的文件只在加上 --force 时才会被替换。</translation>
    </message>
    <message>
        <source>the file (or folder, for CSV tables) to write</source>
        <translation>要写入的文件（CSV 表则为文件夹）</translation>
    </message>
    <message>
        <source>the output format (default: from the output name)</source>
        <translation>输出格式（默认：由输出名称决定）</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
</context>
<context>
    <name>file_kinds</name>
    <message>
        <source>if it is a workbook, give it the .xlsx extension and import it again</source>
        <translation>如果它是工作簿，请把扩展名改为 .xlsx 后重新导入</translation>
    </message>
    <message>
        <source>open it in Excel and save it as an .xlsx workbook or as CSV UTF-8, then import that</source>
        <translation>请在 Excel 中打开，另存为 .xlsx 工作簿或 CSV UTF-8，再导入该文件</translation>
    </message>
    <message>
        <source>a zip archive (as an Excel .xlsx workbook is)</source>
        <translation>zip 压缩包（Excel 的 .xlsx 工作簿就是一种）</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>空的 zip 压缩包</translation>
    </message>
    <message>
        <source>an old-style Office file (an Excel .xls workbook, or a workbook protected by a password)</source>
        <translation>旧式的 Office 文件（Excel 的 .xls 工作簿，或受密码保护的工作簿）</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>export the map from the program that made it as a table or a graph file</source>
        <translation>请从制作它的程序中将图导出为表格或图文件</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a picture of a map holds no nodes to read</source>
        <translation>图的图片中没有可读取的节点</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>压缩（gzip）文件</translation>
    </message>
    <message>
        <source>uncompress it and import the file inside</source>
        <translation>请解压缩，然后导入其中的文件</translation>
    </message>
    <message>
        <source>is {kind}, not the {read_as} text its name says: {advice}</source>
        <translation>是{kind}，而不是其名称所示的 {read_as} 文本：{advice}</translation>
    </message>
    <message>
        <source>is {kind}, not text: {advice}</source>
        <translation>是{kind}，不是文本：{advice}</translation>
    </message>
</context>
<context>
    <name>fileformat</name>
    <message>
        <source>{path}: the model file would be {data:,.1f} MB, more than the {max_file_bytes} MB a model file may have; nothing was written (split the model, or shorten its texts)</source>
        <translation>{path}：模型文件将达 {data:,.1f} MB，超过模型文件允许的 {max_file_bytes} MB；未写入任何内容（请拆分模型或缩短其文本）</translation>
    </message>
    <message>
        <source>is {kind}, not a model file</source>
        <translation>是{kind}，不是模型文件</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; models are at most {max_file_bytes} MB</source>
        <translation>文件大小为 {size:.0f} MB；模型最大为 {max_file_bytes} MB</translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation>不是有效的文件名</translation>
    </message>
    <message>
        <source>{path}: {problem}; nothing was written</source>
        <translation>{path}：{problem}；未写入任何内容</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>无法读取文件（{strerror}）</translation>
    </message>
    <message>
        <source>Read with control characters removed: {note}.</source>
        <translation>读取时删除了控制字符：{note}。</translation>
    </message>
    <message>
        <source>the text is longer than {max_file_bytes} MB</source>
        <translation>文本超过 {max_file_bytes} MB</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (saved as &quot;Unicode&quot; by a text editor?), and a model file is UTF-8: save it as UTF-8 and open it again</source>
        <translation>文件是 UTF-16 文本（是否在文本编辑器中另存为“Unicode”？），而模型文件是 UTF-8：请另存为 UTF-8 后再打开</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not valid JSON ({msg})</source>
        <translation>不是有效的 JSON（{msg}）</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a model</source>
        <translation>JSON 嵌套过深，不可能是模型</translation>
    </message>
    <message>
        <source>not valid JSON ({exc})</source>
        <translation>不是有效的 JSON（{exc}）</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>文件不包含 JSON 对象</translation>
    </message>
    <message>
        <source>expected {format_name!r}, found {get}: not a Windtunnel model</source>
        <translation>应为 {format_name!r}，却是 {get}：不是 Windtunnel 模型</translation>
    </message>
    <message>
        <source>{version} is not a format version number</source>
        <translation>{version} 不是格式版本号</translation>
    </message>
    <message>
        <source>the file has format version {version}, which needs a newer Windtunnel (this one reads versions {oldest_version} to {format_version})</source>
        <translation>文件的格式版本为 {version}，需要更新版本的 Windtunnel（此版本可读取 {oldest_version} 到 {format_version} 版）</translation>
    </message>
    <message>
        <source>format version {version} is older than any Windtunnel release and cannot be read</source>
        <translation>格式版本 {version} 早于任何 Windtunnel 发布版本，无法读取</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>不是已知的键</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文本</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>{raw} is not an object</source>
        <translation>{raw} 不是对象</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>{value} is not an object of languages and their fields (such as {example})</source>
        <translation>{value} 不是由语言及其字段组成的对象（例如 {example}）</translation>
    </message>
    <message>
        <source>translates {count:,} groups, more than {limit:,}</source>
        <translation>翻译了 {count:,} 个组，超过 {limit:,} 个</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>节点与边表格</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>参与者评分</translation>
    </message>
</context>
<context>
    <name>frames</name>
    <message>
        <source>{label} (iloc {position})</source>
        <translation>{label}（iloc {position}）</translation>
    </message>
</context>
<context>
    <name>fsdm</name>
    <message>
        <source>an FSDM concepts file holds the model&apos;s concepts but not how they affect each other: import its relations file ({name}, beside it in the model&apos;s folder)</source>
        <translation>FSDM 的 concepts 文件只有模型的概念，没有概念之间如何相互影响：请导入它的 relations 文件（{name}，在模型文件夹中与它并列）</translation>
    </message>
    <message>
        <source>not an FSDM model file: Windtunnel reads FSDM&apos;s concepts.json (a list of concepts with their variable) and relations.json (a list of what each concept affects)</source>
        <translation>不是 FSDM 模型文件：Windtunnel 读取 FSDM 的 concepts.json（带变量名的概念列表）和 relations.json（每个概念影响什么的列表）</translation>
    </message>
    <message>
        <source>weight {term!r} is not one of FSDM&apos;s terms ({terms})</source>
        <translation>weight {term!r} 不是 FSDM 的语言术语（{terms}）之一</translation>
    </message>
    <message>
        <source>direction {direction!r} is neither Positive nor Negative</source>
        <translation>direction {direction!r} 既不是 Positive 也不是 Negative</translation>
    </message>
    <message>
        <source>an FSDM model: its concepts from {concepts}, its relations from {relations}; each concept&apos;s range of values was not kept</source>
        <translation>FSDM 模型：概念读自 {concepts}，关系读自 {relations}；未保留各概念的取值范围</translation>
    </message>
    <message>
        <source>an FSDM model&apos;s relations, without its concepts file: the variables are the labels, and the concepts&apos; names, descriptions and groups were not read</source>
        <translation>没有 concepts 文件的 FSDM 模型 relations：以变量名作为标签，未读取概念的名称、描述和分组</translation>
    </message>
    <message>
        <source>FSDM&apos;s terms became weights as FSDM&apos;s model run reads them ({terms}), negative where the direction is Negative</source>
        <translation>FSDM 的语言术语按 FSDM 模型运行时的读法变成权重（{terms}），direction 为 Negative 的取负值</translation>
    </message>
    <message>
        <source>the relations name {count} variable{s} that the concepts file does not list, added with the variable as the label: {names}</source>
        <translation>relations 中有 {count} 个 concepts 文件未列出的变量，已以变量名作为标签添加：{names}</translation>
    </message>
</context>
<context>
    <name>gexf</name>
    <message>
        <source>the XML root is &lt;{local}&gt;, not &lt;gexf&gt;</source>
        <translation>XML 根元素是 &lt;{local}&gt;，而不是 &lt;gexf&gt;</translation>
    </message>
    <message>
        <source>the GEXF file has no &lt;graph&gt;</source>
        <translation>GEXF 文件没有 &lt;graph&gt;</translation>
    </message>
    <message>
        <source>the &lt;graph&gt;&apos;s defaultedgetype</source>
        <translation>&lt;graph&gt; 的 defaultedgetype</translation>
    </message>
    <message>
        <source>has no source or no target</source>
        <translation>没有起点或没有终点</translation>
    </message>
    <message>
        <source>type {kind!r} is not a GEXF edge type (directed, undirected or mutual)</source>
        <translation>类型 {kind!r} 不是 GEXF 的边类型（应为 directed、undirected 或 mutual）</translation>
    </message>
    <message>
        <source>the GEXF file gives {nodes} of its nodes and {edges} of its edges the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every node and edge was read as if it always existed</source>
        <translation>此 GEXF 文件为其中 {nodes} 个节点和 {edges} 条边给出了存在的时间（spells、start 和 end）；这些时间没有保留：图没有时间轴，所以每个节点和每条边都按始终存在读入</translation>
    </message>
    <message>
        <source>the GEXF file gives {nodes} of its nodes the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every node was read as if it always existed</source>
        <translation>此 GEXF 文件为其中 {nodes} 个节点给出了存在的时间（spells、start 和 end）；这些时间没有保留：图没有时间轴，所以每个节点都按始终存在读入</translation>
    </message>
    <message>
        <source>the GEXF file gives {edges} of its edges the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every edge was read as if it always existed</source>
        <translation>此 GEXF 文件为其中 {edges} 条边给出了存在的时间（spells、start 和 end）；这些时间没有保留：图没有时间轴，所以每条边都按始终存在读入</translation>
    </message>
    <message>
        <source>the parent links of {count:,} node{s} (GEXF 1.2&apos;s &lt;parents&gt;) were not kept: {nodes}; a node&apos;s group comes only from the node it is nested in, or from its pid</source>
        <translation>{count:,} 个节点指向父节点的链接（GEXF 1.2 的 &lt;parents&gt;）未保留：{nodes}；节点的分组只来自其嵌套所在的节点或其 pid</translation>
    </message>
    <message>
        <source>these node attributes change over time in the GEXF file: {names}; each node kept only the value in effect at the end (the latest time the file gives it), not the earlier ones</source>
        <translation>GEXF 文件中这些节点属性随时间变化：{names}；每个节点只保留了结束时有效的值（文件给出的最晚时间的值），未保留之前的值</translation>
    </message>
    <message>
        <source>these edge attributes change over time in the GEXF file: {names}; each edge kept only the value in effect at the end (the latest time the file gives it), not the earlier ones</source>
        <translation>GEXF 文件中这些边属性随时间变化：{names}；每条边只保留了结束时有效的值（文件给出的最晚时间的值），未保留之前的值</translation>
    </message>
    <message>
        <source>&lt;node&gt; element {number} in {parent!r}</source>
        <translation>{parent!r} 中的第 {number} 个 &lt;node&gt; 元素</translation>
    </message>
    <message>
        <source>{place}, labelled {label!r}</source>
        <translation>{place}（标签 {label!r}）</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>没有 id</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>列出了两次</translation>
    </message>
</context>
<context>
    <name>globalsensitivity</name>
    <message>
        <source>{base} is not a whole number from 16 to 8,192</source>
        <translation>{base} 不是 16 到 8,192 之间的整数</translation>
    </message>
    <message>
        <source>give one scenario or one lever point</source>
        <translation>请给出一个情景或一个杠杆取值点</translation>
    </message>
    <message>
        <source>no edge weight is uncertain (every edge&apos;s low and high bounds are equal)</source>
        <translation>没有不确定的边权重（每条边的上下界都相等）</translation>
    </message>
    <message>
        <source>The design is too small to trust these indices for {objectives}: their 95% intervals are wider than the indices or reach well outside 0 to 1. Run again with a Sobol&apos; base sample of {base} or more.</source>
        <translation>设计太小，{objectives} 的这些指数不可信：其 95% 区间比指数本身还宽，或远超出 0 到 1。请将 Sobol&apos; 基础样本设为 {base} 或更多后重新运行。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>graph_levels</name>
    <message>
        <source>the node attribute {attribute!r} was not read as the nodes&apos; initial levels, and was left out: node {node} has {value!r}, not a level from -1 to 1</source>
        <translation>节点属性 {attribute!r} 未读作节点的初始水平，已略去：节点 {node} 的值 {value!r} 不是 -1 到 1 之间的水平</translation>
    </message>
    <message>
        <source>the node attribute {attribute!r} was read as the nodes&apos; initial levels (every value is a number from -1 to 1)</source>
        <translation>节点属性 {attribute!r} 已读作节点的初始水平（所有值都是 -1 到 1 之间的数）</translation>
    </message>
    <message>
        <source>the node attribute {attribute!r} was read as the nodes&apos; initial levels (every value is a number from -1 to 1); {count} of {total} nodes have none and start at 0</source>
        <translation>节点属性 {attribute!r} 已读作节点的初始水平（所有值都是 -1 到 1 之间的数）；{total} 个节点中有 {count} 个没有值，从 0 开始</translation>
    </message>
    <message>
        <source>was read as the nodes&apos; initial levels (every value in it is a number from -1 to 1)</source>
        <translation>已读作节点的初始水平（其中每个值都是 -1 到 1 之间的数）</translation>
    </message>
    <message>
        <source>holds {value!r}, not a level from -1 to 1: the column was not read as the nodes&apos; initial levels, and was left out</source>
        <translation>值为 {value!r}，不是 -1 到 1 之间的水平：该列未读作节点的初始水平，已略去</translation>
    </message>
</context>
<context>
    <name>graphml</name>
    <message>
        <source>the XML root is &lt;{tag}&gt;, not &lt;graphml&gt;</source>
        <translation>XML 根元素是 &lt;{tag}&gt;，不是 &lt;graphml&gt;</translation>
    </message>
    <message>
        <source>{undirected} edge{are} undirected</source>
        <translation>{undirected} 条边是无向的</translation>
    </message>
    <message>
        <source>{undirected} edge{are} undirected; import with --undirected both (each edge both ways) or as-written (one way, as the file lists them)</source>
        <translation>{undirected} 条边是无向的；请用 --undirected both（每条边双向）或 as-written（单向，按文件所列）导入</translation>
    </message>
    <message>
        <source>the GraphML graph could not be read ({exc})</source>
        <translation>无法读取该 GraphML 图（{exc}）</translation>
    </message>
    <message>
        <source>has no id (GraphML needs one on every &lt;node&gt;, and edges name nodes by it)</source>
        <translation>没有 id（GraphML 的每个 &lt;node&gt; 都需要 id，边通过它指向节点）</translation>
    </message>
    <message>
        <source>&lt;node&gt; elements {first} and {second} of the file both have this id; each node needs its own</source>
        <translation>文件中的第 {first} 个和第 {second} 个 &lt;node&gt; 元素使用了同一个 id；每个节点都需要自己的 id</translation>
    </message>
    <message>
        <source>has no {end}</source>
        <translation>没有 {end}</translation>
    </message>
    <message>
        <source>&lt;node&gt; element {position} of the file</source>
        <translation>文件中的第 {position} 个 &lt;node&gt; 元素</translation>
    </message>
    <message>
        <source>&lt;edge&gt; element {position} of the file</source>
        <translation>文件中的第 {position} 个 &lt;edge&gt; 元素</translation>
    </message>
    <message>
        <source>the &lt;graphml&gt; root is in the XML namespace {namespace}, not GraphML&apos;s ({graphml})</source>
        <translation>&lt;graphml&gt; 根元素位于 XML 命名空间 {namespace}，而不是 GraphML 的命名空间（{graphml}）</translation>
    </message>
    <message>
        <source>holds {count} graphs ({names}), and a map is one: reading the first would drop the others; save each graph as a file of its own, or move their nodes into one graph</source>
        <translation>包含 {count} 个 graph（{names}），而一张图只对应一个 graph：只读第一个会丢掉其余的；请把每个 graph 各存为一个文件，或把它们的节点移到同一个 graph 中</translation>
    </message>
    <message>
        <source>an integer of {count:,} digits is too large for a number (at most {max_integer_digits} digits)</source>
        <translation>{count:,} 位的整数太大，无法作为数（最多 {max_integer_digits} 位）</translation>
    </message>
    <message>
        <source>the &lt;graph&gt;&apos;s edgedefault</source>
        <translation>&lt;graph&gt; 的 edgedefault</translation>
    </message>
    <message>
        <source>{value!r} is neither directed nor undirected</source>
        <translation>{value!r} 既不是 directed 也不是 undirected</translation>
    </message>
    <message>
        <source>directed={value!r} is neither true nor false</source>
        <translation>directed={value!r} 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>is declared twice for &lt;{domain}&gt; elements</source>
        <translation>对 &lt;{domain}&gt; 元素声明了两次</translation>
    </message>
    <message>
        <source>is declared twice for every kind of element (for=&quot;all&quot;, or no for attribute): which of the two a value means cannot be told; give each key an id of its own</source>
        <translation>针对所有种类的元素（for=&quot;all&quot;，或没有 for 属性）声明了两次：无法判断一个值属于哪一个；请给每个键一个各自的 id</translation>
    </message>
    <message>
        <source>is declared twice with for={domain} (which names no kind of element; GraphML&apos;s are node, edge, graph and all): which of the two a value means cannot be told; give each key an id of its own</source>
        <translation>以 for={domain}（它不指任何一种元素；GraphML 的取值为 node、edge、graph 和 all）声明了两次：无法判断一个值属于哪一个；请给每个键一个各自的 id</translation>
    </message>
    <message>
        <source>key {key!r}</source>
        <translation>键 {key!r}</translation>
    </message>
    <message>
        <source>{count} node{s} holding other nodes (a yEd group, a GEXF node with nodes inside) became the group of the nodes inside, not nodes of the map</source>
        <translation>{count} 个包含其他节点的节点（yEd 分组，或内含节点的 GEXF 节点）成为其内部节点的分组，而不是图中的节点</translation>
    </message>
    <message>
        <source>{undirected} undirected edge{s} became an edge each way</source>
        <translation>{undirected} 条无向边各变为双向的边</translation>
    </message>
    <message>
        <source>{undirected} undirected edge{s} were read one way, from the first node the file names to the second</source>
        <translation>{undirected} 条无向边按单向读取，从文件先列出的节点指向后一个</translation>
    </message>
    <message>
        <source>skipped {loops} self-loop{s}, an edge from a node to itself: {nodes}</source>
        <translation>跳过了 {loops} 个自环，即从节点指向自身的边：{nodes}</translation>
    </message>
    <message>
        <source>{count} node{s} named by edges had no &lt;node&gt; element and were added: {i}{implicit2}</source>
        <translation>{count} 个被边引用的节点没有 &lt;node&gt; 元素，已被添加：{i}{implicit2}</translation>
    </message>
    <message>
        <source>read {count} attribute{s} that no &lt;key&gt; element declares, or declares with a type GraphML does not define, as text: {keys}</source>
        <translation>有 {count} 个属性没有 &lt;key&gt; 元素声明，或声明的类型不是 GraphML 定义的类型，已按文本读取：{keys}</translation>
    </message>
    <message>
        <source>left out {count} hyperedge{s} (a &lt;hyperedge&gt; joins several nodes at once; the first joins {first}): an edge of a map runs from one node to another, so draw the influences a hyperedge stands for as edges between its nodes</source>
        <translation>未读取 {count} 条超边（&lt;hyperedge&gt; 一次连接多个节点；第一条连接 {first}）：图中的边都是从一个节点指向另一个节点，请把超边所代表的影响画成其节点之间的边</translation>
    </message>
</context>
<context>
    <name>graphology</name>
    <message>
        <source>not a graphology graph: Windtunnel reads JSON with a list of &quot;nodes&quot; (each with its &quot;key&quot;) and a list of &quot;edges&quot; (each with its &quot;source&quot; and &quot;target&quot;), as graphology and sigma.js export a graph</source>
        <translation>不是 graphology 图：Windtunnel 读取的 JSON 含有 &quot;nodes&quot; 列表（每项有 &quot;key&quot;）和 &quot;edges&quot; 列表（每项有 &quot;source&quot; 和 &quot;target&quot;），即 graphology 和 sigma.js 导出图的格式</translation>
    </message>
    <message>
        <source>is listed twice (nodes {first} and {second}); each node needs a key of its own</source>
        <translation>出现了两次（第 {first} 个和第 {second} 个节点）；每个节点都需要自己的键</translation>
    </message>
    <message>
        <source>is {value}, which is not a graphology graph type (mixed, directed or undirected)</source>
        <translation>是 {value}，不是 graphology 的图类型（应为 mixed、directed 或 undirected）</translation>
    </message>
    <message>
        <source>&quot;undirected&quot; is {value}, not JSON&apos;s true or false</source>
        <translation>&quot;undirected&quot; 是 {value}，不是 JSON 的 true 或 false</translation>
    </message>
    <message>
        <source>is not an object with a &quot;key&quot;</source>
        <translation>不是带有 &quot;key&quot; 的对象</translation>
    </message>
    <message>
        <source>has no &quot;key&quot;: graphology names every node by its key</source>
        <translation>没有 &quot;key&quot;：graphology 用键来指称每个节点</translation>
    </message>
    <message>
        <source>is not an object with a &quot;source&quot; and a &quot;target&quot;</source>
        <translation>不是带有 &quot;source&quot; 和 &quot;target&quot; 的对象</translation>
    </message>
    <message>
        <source>has no {end!r}: an edge names the nodes it joins by their keys</source>
        <translation>没有 {end!r}：边用键写明它连接的节点</translation>
    </message>
    <message>
        <source>{end!r} names {name!r}, which is the key of no node of the file</source>
        <translation>{end!r} 指向的 {name!r} 不是文件中任何节点的键</translation>
    </message>
    <message>
        <source>node {number} (nodes[{index}])</source>
        <translation>第 {number} 个节点（nodes[{index}]）</translation>
    </message>
    <message>
        <source>edge {number} (edges[{index}])</source>
        <translation>第 {number} 条边（edges[{index}]）</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Open the desktop app.</source>
        <translation>打开桌面应用。</translation>
    </message>
    <message>
        <source>a model file (.wtm) to open</source>
        <translation>要打开的模型文件（.wtm）</translation>
    </message>
    <message>
        <source>check this installation: open the bundled model, run every scenario, export a workbook; exit 0 when all is well</source>
        <translation>检查此安装：打开自带模型，运行每个情景，导出工作簿；一切正常时退出码为 0</translation>
    </message>
    <message>
        <source>with --self-test: refuse and report any network access</source>
        <translation>配合 --self-test：拒绝并报告任何网络访问</translation>
    </message>
    <message>
        <source>{file}: no such file (and no command of that name: windtunnel --help lists them)</source>
        <translation>{file}：没有这个文件（也没有这个名称的命令：windtunnel --help 会列出它们）</translation>
    </message>
    <message>
        <source>no display to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands work without one: windtunnel --help lists them</source>
        <translation>没有可打开应用的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）；命令无需显示器即可使用：windtunnel --help 会列出它们</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>import a model from a workbook, CSV, matrix, Mental Modeler, GraphML, GEXF or expert ratings</source>
        <translation>从工作簿、CSV、矩阵、Mental Modeler、GraphML、GEXF 或专家评分导入模型</translation>
    </message>
    <message>
        <source>Import a model from another format and save it as a .wtm model file. The format follows from the file&apos;s extension and content unless --format names it.</source>
        <translation>从其他格式导入模型并保存为 .wtm 模型文件。除非用 --format 指定，格式由文件扩展名和内容决定。</translation>
    </message>
    <message>
        <source>the file to import (.xlsx, .csv, .mmp, .graphml, .gexf, ...)</source>
        <translation>要导入的文件（.xlsx、.csv、.mmp、.graphml、.gexf 等）</translation>
    </message>
    <message>
        <source>the input format (default: from the extension and content)</source>
        <translation>输入格式（默认：由扩展名和内容决定）</translation>
    </message>
    <message>
        <source>a nodes table (CSV or workbook) to go with an edges table</source>
        <translation>与边表配套的节点表（CSV 或工作簿）</translation>
    </message>
    <message>
        <source>the model&apos;s title (default: from the file)</source>
        <translation>模型的标题（默认：取自文件）</translation>
    </message>
    <message>
        <source>undirected edges (GraphML, GEXF): make each an edge both ways (default), read it one way as written, or refuse the file</source>
        <translation>无向边（GraphML、GEXF）：每条变为双向（默认）、按文件所写单向读取，或拒绝该文件</translation>
    </message>
    <message>
        <source>weights outside [-1, 1]: auto (default) divides every weight by the largest when they are on another scale and refuses a few stray ones among weights within [-1, 1], naming their cells; rescale always divides, refuse refuses the file</source>
        <translation>超出 [-1, 1] 的权重：auto（默认）在权重使用另一种尺度时把每个权重除以最大值，在范围内的权重中只有少数超出时拒绝并指出其单元格；rescale 总是相除，refuse 拒绝该文件</translation>
    </message>
    <message>
        <source>an edge listed more than once (the same From and To): add its weights (default, as Gephi does), take their mean, or refuse the file; a sum outside [-1, 1] is refused unless the file&apos;s weights are outside [-1, 1] anyway (a graph file&apos;s parallel edges told apart by a kind or a label are held at -1 or 1)</source>
        <translation>被列出不止一次的边（From 和 To 相同）：把权重相加（默认，与 Gephi 相同）、取平均值，或拒绝该文件；除非文件的权重本来就超出 [-1, 1]，否则超出 [-1, 1] 的和会被拒绝（图文件中按类型或标签区分的平行边会被限定为 -1 或 1）</translation>
    </message>
    <message>
        <source>a name in the edges, not a node yet, close to another node&apos;s name (a likely typing slip): make it a node of its own, with a note naming both (default), or refuse the file at its cell</source>
        <translation>边中尚不是节点的名称与另一个节点的名称相近时（很可能是输入错误）：让它成为单独的节点，并在备注中指出两者（默认），或在其单元格处拒绝该文件</translation>
    </message>
    <message>
        <source>three rows of three numbers without a header (1,2,0.5), which read both as three edges and as a 3 x 3 matrix: read them as edges (From, To, Weight) or as a matrix; auto (default) refuses such a file, naming both</source>
        <translation>没有表头、三行各三个数字（1,2,0.5），既可读作三条边也可读作 3 x 3 矩阵的文件：读作边（From、To、Weight）或读作矩阵；auto（默认）拒绝这样的文件，并写明两种读法</translation>
    </message>
    <message>
        <source>a workbook with no sheet named Nodes or Elements and several sheets whose Label column lists the nodes the edges join: the one to read as the nodes (default: the one such sheet; several are refused, named)</source>
        <translation>没有名为 Nodes 或 Elements 的工作表、而有多个工作表的 Label 列列出边所连接的节点的工作簿：要读作节点的工作表（默认：只有一个这样的工作表时读取它；有多个时拒绝并列出其名称）</translation>
    </message>
    <message>
        <source>a workbook with one matrix or rating sheet per participant: keep every sheet as a participant (default: keep), import only their aggregate, or only the named sheet</source>
        <translation>每位参与者一个矩阵或评分工作表的工作簿：将每个工作表保留为参与者（默认：keep）、只导入其汇总，或只导入指定的工作表</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>imported {file} ({format}) → {output}</source>
        <translation>已导入 {file}（{format}）→ {output}</translation>
    </message>
</context>
<context>
    <name>import choices</name>
    <message>
        <source>both</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>as-written</source>
        <translation>按文件所写的方向</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>rescale</source>
        <translation>重新缩放</translation>
    </message>
    <message>
        <source>add</source>
        <translation>权重相加</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>权重取平均</translation>
    </message>
    <message>
        <source>create</source>
        <translation>各成一个节点</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>每个工作表作为一位参与者</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>仅保留聚合</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>边列表</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>矩阵</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>{undirected!r} is not one of {undirected_choices}</source>
        <translation>{undirected!r} 不是 {undirected_choices} 之一</translation>
    </message>
    <message>
        <source>{out_of_range!r} is not one of {out_of_range_choices}</source>
        <translation>{out_of_range!r} 不是 {out_of_range_choices} 之一</translation>
    </message>
    <message>
        <source>{repeated!r} is not one of {repeated_choices}</source>
        <translation>{repeated!r} 不是 {repeated_choices} 之一</translation>
    </message>
    <message>
        <source>{near_names!r} is not one of {near_names_choices}</source>
        <translation>{near_names!r} 不是 {near_names_choices} 之一</translation>
    </message>
    <message>
        <source>must be &apos;keep&apos;, &apos;aggregate&apos; or a sheet name</source>
        <translation>必须是 &apos;keep&apos;、&apos;aggregate&apos; 或工作表名称</translation>
    </message>
    <message>
        <source>weights range up to {largest:g}, outside [-1, 1]</source>
        <translation>权重最大到 {largest:g}，超出 [-1, 1]</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1], where the other weights are: a typing slip? correct it; if the weights are on another scale, {rescale}</source>
        <translation>{weight:g} 超出 [-1, 1]，而其他权重都在范围内：是输入错误吗？请更正；如果这些权重采用另一种尺度，请{rescale}</translation>
    </message>
    <message>
        <source>{headerless!r} is not one of {headerless_choices}</source>
        <translation>{headerless!r} 不是 {headerless_choices} 之一</translation>
    </message>
    <message>
        <source>must be &apos;auto&apos; or a sheet name</source>
        <translation>必须是 &apos;auto&apos; 或工作表名称</translation>
    </message>
    <message>
        <source>rows of numbers without a header</source>
        <translation>没有表头的数字行</translation>
    </message>
    <message>
        <source>the sheet of nodes</source>
        <translation>节点工作表</translation>
    </message>
    <message>
        <source>weights range up to {largest:g}, outside [-1, 1]; rescale them first or {rescale}</source>
        <translation>权重最大为 {largest:g}，超出 [-1, 1]；请先缩放它们，或{rescale}</translation>
    </message>
    <message>
        <source>weights ranged up to {largest:g}: all were divided by {largest:g} to fit [-1, 1] (strongest edge = 1)</source>
        <translation>权重最大到 {largest:g}：所有权重都已除以 {largest:g} 以落入 [-1, 1]（最强的边 = 1）</translation>
    </message>
    <message>
        <source>import the file again and choose “Rescale” when Windtunnel asks about these weights</source>
        <translation>重新导入该文件，并在 Windtunnel 询问这些权重时选择“重新缩放”</translation>
    </message>
    <message>
        <source>import with --weights rescale</source>
        <translation>使用 --weights rescale 导入</translation>
    </message>
    <message>
        <source>1 weight is outside [-1, 1] where the others are within it, which looks like a typing slip: {shown}</source>
        <translation>其他权重都在 [-1, 1] 内，只有 1 个权重超出，看起来像输入错误：{shown}</translation>
    </message>
    <message>
        <source>{strays} weights are outside [-1, 1] where the others are within it, which looks like typing slips: {shown}</source>
        <translation>其他权重都在 [-1, 1] 内，有 {strays} 个权重超出，看起来像输入错误：{shown}</translation>
    </message>
    <message>
        <source>{weight:g} is outside the range {range} that the column&apos;s header {header} states; correct the weight or the header</source>
        <translation>{weight:g} 超出列标题 {header} 所写的范围 {range}；请更正权重或列标题</translation>
    </message>
    <message>
        <source>the column&apos;s header {header} states the range {range}: every weight was divided by {scale:g}, so a weight of {scale:g} became 1</source>
        <translation>列标题 {header} 写明了范围 {range}：所有权重都已除以 {scale:g}，权重 {scale:g} 变为 1</translation>
    </message>
    <message>
        <source>{weight:g} is more than {ratio:,} times any other weight (the next largest is {next:g}): divided by it, every other weight would be nearly 0; correct it, or rescale the weights yourself</source>
        <translation>{weight:g} 超过其他任何权重的 {ratio:,} 倍（次大的是 {next:g}）：除以它之后，其他权重都会接近 0；请更正它，或自行换算权重</translation>
    </message>
    <message>
        <source>{weight:g} is more than {ratio:,} times the smallest weight ({smallest:g}): divided by it, the smallest would be too small to show in any result; rescale the weights yourself (a logarithm keeps such counts apart)</source>
        <translation>{weight:g} 超过最小权重（{smallest:g}）的 {ratio:,} 倍：除以它之后，最小的权重会小到在任何结果中都看不出来；请自行换算权重（取对数可以保留这类计数之间的差别）</translation>
    </message>
    <message>
        <source>Imported from {source} ({format})</source>
        <translation>从 {source}（{format}）导入</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>{choice}: {value}</source>
        <translation>{choice}：{value}</translation>
    </message>
    <message>
        <source>undirected edges</source>
        <translation>无向边</translation>
    </message>
    <message>
        <source>weights outside [-1, 1]</source>
        <translation>超出 [-1, 1] 的权重</translation>
    </message>
    <message>
        <source>repeated edges</source>
        <translation>重复的边</translation>
    </message>
    <message>
        <source>participant sheets</source>
        <translation>参与者工作表</translation>
    </message>
    <message>
        <source>names close to another</source>
        <translation>与其他名称相近的名称</translation>
    </message>
    <message>
        <source>{head}. {changes}.</source>
        <translation>{head}。{changes}。</translation>
    </message>
    <message>
        <source> Choices: {choices}.</source>
        <translation>选择：{choices}。</translation>
    </message>
</context>
<context>
    <name>incognitive</name>
    <message>
        <source>InCognitive&apos;s lag 1 is the next step: each delay is the lag minus 1</source>
        <translation>InCognitive 的滞后 1 即下一步：每个延迟为滞后减 1</translation>
    </message>
    <message>
        <source>{zero} edge{zero2} lag 0, read as delay 0</source>
        <translation>{zero} 条边的滞后为 0，按延迟 0 读取</translation>
    </message>
    <message>
        <source>self-feedback weights are not kept: Windtunnel&apos;s inference rule sets each node&apos;s memory term</source>
        <translation>自反馈权重未保留：Windtunnel 的推理规则会设定每个节点的记忆项</translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <source>sheets {names}</source>
        <translation>工作表 {names}</translation>
    </message>
    <message>
        <source>each holds an edge list (From and To columns), and none is named Edges; Windtunnel reads one and would drop the others&apos; rows: name the one to read Edges, or move the rows into one sheet (hidden sheets count too)</source>
        <translation>每个都是边列表（有 From 和 To 列），且都不叫 Edges；Windtunnel 只读取其中一个，会丢掉其他工作表的行：请把要读取的工作表命名为 Edges，或把各行移到同一个工作表（隐藏的工作表也算在内）</translation>
    </message>
    <message>
        <source>{name} files are not read: save the graph as GraphML or GEXF (Gephi, yEd, networkx and igraph write them) and import that</source>
        <translation>不读取 {name} 文件：请将图另存为 GraphML 或 GEXF（Gephi、yEd、networkx 和 igraph 都能写出），再导入</translation>
    </message>
    <message>
        <source>EcoModeler files (.emp) are not read; Windtunnel reads Mental Modeler&apos;s .mmp files</source>
        <translation>不读取 EcoModeler 文件（.emp）；Windtunnel 读取的是 Mental Modeler 的 .mmp 文件</translation>
    </message>
    <message>
        <source>old binary Excel files (.xls) are not supported; save the file as .xlsx</source>
        <translation>不支持旧的二进制 Excel 文件（.xls）；请将文件另存为 .xlsx</translation>
    </message>
    <message>
        <source>{name} files are not read: save the spreadsheet as an Excel workbook (.xlsx) and import that</source>
        <translation>不读取 {name} 文件：请把电子表格另存为 Excel 工作簿（.xlsx）后导入</translation>
    </message>
    <message>
        <source>{name} files are not read: in Cytoscape, export the network as GraphML (File &gt; Export &gt; Network to File) and import that</source>
        <translation>不读取 {name} 文件：请在 Cytoscape 中将网络导出为 GraphML（File &gt; Export &gt; Network to File），再导入该文件</translation>
    </message>
    <message>
        <source>cannot tell the format of a {suffix} file; name one with --format ({import_formats})</source>
        <translation>无法判断 {suffix} 文件的格式；请用 --format 指定一个（{import_formats}）</translation>
    </message>
    <message>
        <source>{fmt!r} is not one of {import_formats}</source>
        <translation>{fmt!r} 不是 {import_formats} 之一</translation>
    </message>
    <message>
        <source>titled {title!r} as the file names its map (rather than after the file&apos;s name)</source>
        <translation>按文件为其地图所起的名称，标题定为 {title!r}（而不是按文件名）</translation>
    </message>
    <message>
        <source>holds no nodes: there is nothing to import</source>
        <translation>没有任何节点：没有可导入的内容</translation>
    </message>
    <message>
        <source>holds no edges: every node came in unconnected, so a scenario moves its levers alone; a nodes table (as Gephi and Kumu export one beside their edges table) is read with its edges: put both in one workbook as sheets Nodes and Edges, or import the edges file with this one as its nodes file (windtunnel import EDGES --nodes NODES)</source>
        <translation>没有边：每个节点都是孤立导入的，因此情景只会改变它的杠杆；节点表（Gephi 和 Kumu 在边表旁另行导出的那种）要与其边一起读取：把两者放进同一个工作簿的 Nodes 和 Edges 工作表，或导入边文件并以本文件作为其节点文件（windtunnel import EDGES --nodes NODES）</translation>
    </message>
    <message>
        <source>the folder holds no .csv files</source>
        <translation>该文件夹中没有 .csv 文件</translation>
    </message>
    <message>
        <source>the output name is empty; nothing was written</source>
        <translation>输出名称为空；未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: an export is not a model file, so it is not written under a .wtm name; nothing was written (use .xlsx, .graphml, .csv or a folder name)</source>
        <translation>{path}：导出的不是模型文件，因此不以 .wtm 名称写入；未写入任何内容（请使用 .xlsx、.graphml、.csv 或文件夹名）</translation>
    </message>
    <message>
        <source>{path}: its name ends in {suffix}, which names the {named} format, not {fmt}; nothing was written (rename it, or leave --format out)</source>
        <translation>{path}：名称以 {suffix} 结尾，表示的是 {named} 格式，而不是 {fmt}；未写入任何内容（请改名，或去掉 --format）</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link to {target}, which does not exist; CSV tables are written into a folder, so nothing was written</source>
        <translation>{path}：是指向不存在的 {target} 的符号链接；CSV 表格写入文件夹中，因此未写入任何内容</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a folder; CSV tables are written into a folder, so nothing was written (name a folder, or give a suffix such as .xlsx)</source>
        <translation>{path}：这是{kind}，不是文件夹；CSV 表格写入文件夹，因此未写入任何内容（请指定文件夹名，或加上 .xlsx 等后缀）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({strerror})</source>
        <translation>{path}：无法创建文件夹（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: {fmt!r} is not an export format ({export_formats})</source>
        <translation>{path}：{fmt!r} 不是导出格式（{export_formats}）</translation>
    </message>
    <message>
        <source>{path}: cannot tell the export format from {suffix!r}; use .xlsx, .graphml, .csv (weight matrix) or a folder name (CSV tables)</source>
        <translation>{path}：无法从 {suffix!r} 判断导出格式；请使用 .xlsx、.graphml、.csv（权重矩阵）或文件夹名（CSV 表）</translation>
    </message>
    <message>
        <source>not read: {sheets}, marked “(ignore)” in the name, Kumu&apos;s mark for a sheet that stays in the workbook but is not imported</source>
        <translation>未读取：{sheets}，其名称中带有“(ignore)”，这是 Kumu 用来标记留在工作簿中但不导入的工作表的记号</translation>
    </message>
    <message>
        <source>every sheet is marked “(ignore)” in its name ({sheets}), so there is nothing to import: take the mark out of the names of the sheets to read</source>
        <translation>每个工作表的名称中都带有“(ignore)”标记（{sheets}），因此没有可导入的内容：请从要读取的工作表名称中去掉该标记</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <source>Expecting value</source>
        <translation>此处应有一个值</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>应为用双引号括起的属性名</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>应为分隔符“,”</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>应为分隔符“:”</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>末尾有多余的数据</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>字符串没有结束</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>无效的控制字符</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>无效的转义序列（\）</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>无效的 \uXXXX 转义序列</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>对象结束前多了一个逗号</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>数组结束前多了一个逗号</translation>
    </message>
    <message>
        <source>the file ends early: it looks cut off (by an interrupted copy, download or save?) and cannot be read whole</source>
        <translation>文件提前结束：它似乎被截断了（复制、下载或保存被中断？），无法完整读取</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object; which value is meant cannot be told: remove or rename one</source>
        <translation>键 {key} 在同一个对象中出现了两次，无法判断要用哪个值：请删除其中一个或为其改名</translation>
    </message>
</context>
<context>
    <name>json_rows</name>
    <message>
        <source>not a list of edges: Windtunnel reads a JSON list of objects, each with its &quot;source&quot; and &quot;target&quot;</source>
        <translation>不是边的列表：Windtunnel 读取的是 JSON 对象列表，每个对象都带有 &quot;source&quot; 和 &quot;target&quot;</translation>
    </message>
    <message>
        <source>is not an object with a &quot;source&quot; and a &quot;target&quot;</source>
        <translation>不是带有 &quot;source&quot; 和 &quot;target&quot; 的对象</translation>
    </message>
</context>
<context>
    <name>jsontext</name>
    <message>
        <source>the file starts with a UTF-16 byte-order mark but is not valid UTF-16 text</source>
        <translation>文件以 UTF-16 字节顺序标记开头，但不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>not valid JSON ({msg})</source>
        <translation>不是有效的 JSON（{msg}）</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <translation>不是有效的 JSON（嵌套过深）</translation>
    </message>
</context>
<context>
    <name>kumu</name>
    <message>
        <source>a second element with id {key!r}: each element needs an id of its own</source>
        <translation>第二个 id 为 {key!r} 的 element：每个 element 都需要自己的 id</translation>
    </message>
    <message>
        <source>has no {end!r}: a connection names the elements it joins</source>
        <translation>没有 {end!r}：连接要写明它连接的元素</translation>
    </message>
    <message>
        <source>{end!r} names {name!r}, the label of {count} elements ({nodes}): which one the connection joins is not the importer&apos;s to guess; give the elements ids and name the one meant by its id</source>
        <translation>{end!r} 指向的 {name!r} 是 {count} 个元素的标签（{nodes}）：连接的是哪一个，不由导入来猜测；请给元素加上 id，并用 id 写明所指的那个</translation>
    </message>
    <message>
        <source>{direction!r} is not a direction Windtunnel reads: directed, undirected or mutual</source>
        <translation>{direction!r} 不是 Windtunnel 能读取的方向：应为 directed、undirected 或 mutual</translation>
    </message>
    <message>
        <source>its {flag!r} flag: {problem}</source>
        <translation>标记 {flag!r}：{problem}</translation>
    </message>
    <message>
        <source>a Kumu project backup (Export to JSON) is not read: it holds every map and view of the project and its trash, and does not say which elements are on the map you mean; in Kumu, open that map, choose Export to XLSX with nothing selected, and import the workbook</source>
        <translation>不读取 Kumu 项目备份（Export to JSON）：它包含项目的所有图和视图以及回收站，却不说明你要的图上有哪些 element；请在 Kumu 中打开那张图，在不选中任何内容时选择 Export to XLSX，再导入该工作簿</translation>
    </message>
    <message>
        <source>not a Kumu blueprint: Windtunnel reads JSON with a list of &quot;elements&quot; and a list of &quot;connections&quot;</source>
        <translation>不是 Kumu 的 blueprint：Windtunnel 读取含有 &quot;elements&quot; 列表和 &quot;connections&quot; 列表的 JSON</translation>
    </message>
    <message>
        <source>is not an object of fields</source>
        <translation>不是由字段组成的对象</translation>
    </message>
    <message>
        <source>element {number} (elements[{index}])</source>
        <translation>第 {number} 个元素（elements[{index}]）</translation>
    </message>
    <message>
        <source>connection {number} (connections[{index}])</source>
        <translation>第 {number} 条连接（connections[{index}]）</translation>
    </message>
    <message>
        <source>{count} connection{s} marked reversed (Kumu&apos;s reverse direction) became an edge from its &apos;to&apos; element to its &apos;from&apos; element, the way its arrow points</source>
        <translation>{count} 条标为反向的连接（Kumu 的“反转方向”）按其箭头所指，成为从其 &apos;to&apos; 元素指向其 &apos;from&apos; 元素的边</translation>
    </message>
    <message>
        <source>{count} connection{s} marked delayed (Kumu&apos;s delay marking, which gives no length) got a delay of {delay} step, the shortest: set a longer delay on the edges where the effect takes longer</source>
        <translation>{count} 条标有延迟的连接（Kumu 的延迟标记，不给出时长）得到了最短的 {delay} 步延迟：对效果需要更久才显现的边，请设置更长的延迟</translation>
    </message>
    <message>
        <source>added {count} node{s} that only connections name, no element: {names}</source>
        <translation>添加了 {count} 个只有连接提到、没有元素的节点：{names}</translation>
    </message>
    <message>
        <source>did not read {count} Kumu loop{s}: a loop marks connections the map holds already</source>
        <translation>没有读取 {count} 个 Kumu 回路：回路只是标记图中已有的连接</translation>
    </message>
</context>
<context>
    <name>label_lines</name>
    <message>
        <source>line breaks in {count:,} label(s) became spaces: a label is one line (descriptions keep their breaks)</source>
        <translation>{count:,} 个标签中的换行已改为空格：标签只占一行（描述保留其换行）</translation>
    </message>
    <message>
        <source>{count:,} label(s) hold line breaks, kept as the file has them: the map shows such a label on one line, its breaks as spaces; edit it to make it one line everywhere</source>
        <translation>{count:,} 个标签含有换行，已按文件原样保留：地图把这样的标签显示为一行，换行显示为空格；要让它在各处都只占一行，请编辑该标签</translation>
    </message>
</context>
<context>
    <name>lever_range</name>
    <message>
        <source>“{scenario}” sets “{lever}” to {value:g}</source>
        <translation>“{scenario}”把“{lever}”设为 {value:g}</translation>
    </message>
    <message>
        <source>“{node}” starts at {value:g}</source>
        <translation>“{node}”从 {value:g} 开始</translation>
    </message>
    <message>
        <source>{count:,} more</source>
        <translation>另有 {count:,} 项</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{count:,} lever value(s) or initial level(s) are outside [{low:g}, {high:g}], the levels the {activation} activation gives a node, kept as the file has them: {named}. Set them within the range, or choose an activation whose levels include them</source>
        <translation>{count:,} 个杠杆值或初始水平超出了 {activation} 激活函数给节点的水平 [{low:g}, {high:g}]，按文件原样保留：{named}。请把它们设在范围内，或选择一个水平包含这些值的激活函数</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>{node} pulsed to {value} at {unit} {step}</source>
        <translation>{node} 在第 {step} {unit}脉冲至 {value}</translation>
    </message>
    <message>
        <source>{node} held at {value} from {unit} {step}</source>
        <translation>{node} 自第 {step} {unit}起保持在 {value}</translation>
    </message>
    <message>
        <source>{node} held at {value} from {unit} {step} to {end}</source>
        <translation>{node} 自第 {step} 至第 {end} {unit}保持在 {value}</translation>
    </message>
    <message>
        <source>edge {source} → {target} weight {weight}</source>
        <translation>边 {source} → {target} 权重 {weight}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>no levers set</source>
        <translation>未设定杠杆</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>{new!r} is not a number in [-1, 1]</source>
        <translation>{new!r} 不是 [-1, 1] 中的数</translation>
    </message>
</context>
<context>
    <name>locations</name>
    <message>
        <source>byte {byte}</source>
        <translation>字节 {byte}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>line {line}, byte {byte}</source>
        <translation>第 {line} 行，第 {byte} 字节</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>sheet {place}</source>
        <translation>工作表 {place}</translation>
    </message>
    <message>
        <source>{row} (from line {line})</source>
        <translation>{row}（从文件第 {line} 行开始）</translation>
    </message>
    <message>
        <source>row {row} (starting on line {line})</source>
        <translation>第 {row} 行（从文件第 {line} 行开始）</translation>
    </message>
    <message>
        <source>file {place}</source>
        <translation>文件 {place}</translation>
    </message>
    <message>
        <source>row {place}</source>
        <translation>第 {place} 行</translation>
    </message>
    <message>
        <source>line {place}</source>
        <translation>第 {place} 行</translation>
    </message>
    <message>
        <source>pair {place}</source>
        <translation>第 {place} 对</translation>
    </message>
    <message>
        <source>entry {place}</source>
        <translation>第 {place} 项</translation>
    </message>
    <message>
        <source>column {place}</source>
        <translation>列 {place}</translation>
    </message>
    <message>
        <source>node {place}</source>
        <translation>节点 {place}</translation>
    </message>
    <message>
        <source>edge {place}</source>
        <translation>边 {place}</translation>
    </message>
    <message>
        <source>attribute {place}</source>
        <translation>属性 {place}</translation>
    </message>
    <message>
        <source>sheets {place}</source>
        <translation>工作表 {place}</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>lookalikes</name>
    <message>
        <source>letter {position} of {name!r} is the Cyrillic {letter!r}, which looks like the Latin {latin!r}</source>
        <translation>{name!r} 的第 {position} 个字母是西里尔字母 {letter!r}，看起来和拉丁字母 {latin!r} 一样</translation>
    </message>
    <message>
        <source>letter {position} of {name!r} is the Greek {letter!r}, which looks like the Latin {latin!r}</source>
        <translation>{name!r} 的第 {position} 个字母是希腊字母 {letter!r}，看起来和拉丁字母 {latin!r} 一样</translation>
    </message>
    <message>
        <source>{message} ({letters})</source>
        <translation>{message}（{letters}）</translation>
    </message>
</context>
<context>
    <name>loops</name>
    <message>
        <source>list the feedback loops of a model</source>
        <translation>列出模型的反馈回路</translation>
    </message>
    <message>
        <source>List the feedback loops of a model with their polarity, length and gain, strongest first.</source>
        <translation>列出模型的反馈回路及其极性、长度和增益，最强的在前。</translation>
    </message>
    <message>
        <source>longest loop searched, in nodes (default 12)</source>
        <translation>搜索的最长回路，以节点数计（默认 12）</translation>
    </message>
    <message>
        <source>stop after this many loops (default 10000)</source>
        <translation>找到这么多回路后停止（默认 10000）</translation>
    </message>
    <message>
        <source>loops printed (default 50)</source>
        <translation>输出的回路数（默认 50）</translation>
    </message>
    <message>
        <source>stop the loop search after this many seconds (and say so)</source>
        <translation>回路搜索超过这么多秒后停止（并说明）</translation>
    </message>
    <message>
        <source>show the dominant loop per node over time in --scenario</source>
        <translation>显示 --scenario 中每个节点随时间的主导回路</translation>
    </message>
    <message>
        <source>the scenario for --over-time (id or label)</source>
        <translation>--over-time 的情景（id 或标签）</translation>
    </message>
    <message>
        <source>a node for --over-time, by id or label (repeatable; default: the objectives&apos; nodes)</source>
        <translation>--over-time 的节点，按 ID 或标签指定（可重复；默认：各目标的节点）</translation>
    </message>
    <message>
        <source>--{option}: must be at least 1</source>
        <translation>--{option}：至少为 1</translation>
    </message>
    <message>
        <source>--time-budget: must be a number of seconds above 0</source>
        <translation>--time-budget：必须是大于 0 的秒数</translation>
    </message>
    <message>
        <source>--over-time needs --scenario</source>
        <translation>--over-time 需要 --scenario</translation>
    </message>
    <message>
        <source>loops</source>
        <translation>回路</translation>
    </message>
    <message>
        <source>{file}: {count} feedback loop{s} ({reinforcing} reinforcing, {reinforcing2} balancing); {note}</source>
        <translation>{file}：{count} 个反馈回路（{reinforcing} 个增强，{reinforcing2} 个平衡）；{note}</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>极性</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>  ... and {top} more (--top to list more)</source>
        <translation>  ……另有 {top} 个（用 --top 列出更多）</translation>
    </message>
    <message>
        <source>dominant loop over time in scenario {id} ({label}); share = the loop&apos;s part of the loops&apos; absolute scores:</source>
        <translation>情景 {id}（{label}）中随时间占主导的回路；占比 = 该回路在各回路绝对得分中所占的部分：</translation>
    </message>
    <message>
        <source>{unit}s {first}-{last}</source>
        <translation>第 {first}-{last} {unit}</translation>
    </message>
    <message>
        <source>{unit} {first}</source>
        <translation>第 {first} {unit}</translation>
    </message>
    <message>
        <source>no loop carries a change</source>
        <translation>没有回路传递变化</translation>
    </message>
    <message>
        <source>(up to {share})</source>
        <translation>（最多 {share}）</translation>
    </message>
</context>
<context>
    <name>map_notes</name>
    <message>
        <source>{count} more maps have a note like those above: {maps}</source>
        <translation>另有 {count} 张图有与上面类似的说明：{maps}</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>{count} cell{s} held NA (R&apos;s missing value): read as no influence</source>
        <translation>{count} 个单元格为 NA（R 的缺失值）：按无影响读取</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names})</source>
        <translation>{count} 个参与者工作表（{names}）</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names}): imported only sheet {name!r}, as asked</source>
        <translation>{count} 个参与者工作表（{names}）：按要求只导入了工作表 {name!r}</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s: the sheets {names} hold the bounds of one map&apos;s weights, cell by cell, so each names the same nodes in the same order</source>
        <translation>其节点标签与工作表 {first_name!r} 的不同：工作表 {names} 逐格存放同一张图的权重范围，因此每张都须按相同顺序列出相同的节点</translation>
    </message>
    <message>
        <source>each edge&apos;s weight is its mode</source>
        <translation>每条边的权重取其众数（三角形的顶点）</translation>
    </message>
    <message>
        <source>each edge&apos;s weight is the midpoint of its bounds</source>
        <translation>每条边的权重取其上下限的中点</translation>
    </message>
    <message>
        <source>sheets {names} hold the lower and upper bounds of each weight, cell by cell: {rule}, its range lower to upper</source>
        <translation>工作表 {names} 逐格存放每个权重的下限和上限：{rule}，其范围为下限至上限</translation>
    </message>
    <message>
        <source>no participant sheet called {name!r} (sheets: {names})</source>
        <translation>没有名为 {name!r} 的参与者工作表（工作表：{names}）</translation>
    </message>
    <message>
        <source>{names}, ... ({count} in all)</source>
        <translation>{names}、……（共 {count} 个）</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s; import the file again and choose one sheet when Windtunnel asks about the participant sheets</source>
        <translation>其节点标签与工作表 {first_name!r} 的不同；请重新导入该文件，并在 Windtunnel 询问参与者工作表时选择一个工作表</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s; import one sheet with --participants SHEET</source>
        <translation>其节点标签与工作表 {first_name!r} 的不同；请用 --participants SHEET 导入单个工作表</translation>
    </message>
    <message>
        <source>each sheet is a participant of the model</source>
        <translation>每个工作表都是模型的一位参与者</translation>
    </message>
    <message>
        <source>the sheets were not kept as participants (import the file again and choose “Every sheet as a participant” when Windtunnel asks about the sheets)</source>
        <translation>工作表未作为参与者保留（重新导入该文件，并在 Windtunnel 询问这些工作表时选择“每个工作表作为一位参与者”）</translation>
    </message>
    <message>
        <source>the sheets were not kept as participants (import with --participants keep)</source>
        <translation>工作表未作为参与者保留（请用 --participants keep 导入）</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names}): the weights are their mean (an edge a participant did not draw counts as 0); {kept}</source>
        <translation>{count} 个参与者工作表（{names}）：权重为它们的均值（参与者未画出的边计为 0）；{kept}</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1]</source>
        <translation>{weight:g} 超出 [-1, 1]</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1] (to divide every weight by the largest, {rescale})</source>
        <translation>{weight:g} 超出 [-1, 1]（要将每个权重除以最大值，请{rescale}）</translation>
    </message>
    <message>
        <source>skipped {diagonal} self-influence{s} on the diagonal</source>
        <translation>跳过了对角线上的 {diagonal} 个自影响</translation>
    </message>
    <message>
        <source>the {count:,} x {count2:,} matrix has {filled:,} filled cells (edges); an import makes at most {edges:,} edges</source>
        <translation>{count:,} x {count2:,} 矩阵有 {filled:,} 个非空单元格（边）；一次导入最多生成 {edges:,} 条边</translation>
    </message>
    <message>
        <source>the matrix has labels across the top only: row {first} was read as the first node&apos;s influences, each row after it as the next node&apos;s</source>
        <translation>矩阵只有顶部的标签：第 {first} 行读作第一个节点的影响，其后每行依次读作下一个节点的影响</translation>
    </message>
    <message>
        <source>the row is blank: read as the row of {label!r}, whose place it is below the labels across the top (a node that influences none)</source>
        <translation>该行为空：按顶部标签的顺序，这一位置是 {label!r} 的行，已照此读取（一个不影响任何节点的节点）</translation>
    </message>
    <message>
        <source>the matrix has no labels: its {count} nodes were named C1, C2, ... in row order</source>
        <translation>矩阵没有标签：其 {count} 个节点按行序命名为 C1、C2……</translation>
    </message>
    <message>
        <source>a node&apos;s row and column have a blank label: it was named {unnamed!r}</source>
        <translation>某节点的行和列标签为空：已命名为 {unnamed!r}</translation>
    </message>
    <message>
        <source>left out {count:,} edge{s} of weight 0, which a matrix cannot tell from no edge: {edges} (export a workbook or CSV tables to keep every edge)</source>
        <translation>省略了 {count:,} 条权重为 0 的边（矩阵无法把它们与没有边区分开）：{edges}（要保留每条边，请导出工作簿或 CSV 表）</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but no row is labelled {label!r}: add that row (zeros where it influences nothing) or remove the column</source>
        <translation>列 {column} 含有数字，但没有标为 {label!r} 的行：请添加该行（不产生影响的地方填 0）或删除该列</translation>
    </message>
    <message>
        <source>labels across the top name {count} nodes, but below them are {rows} rows of numbers and a blank row at row {blank}, {missing} short: without labels down the side, each node&apos;s row is in the order of the labels (a blank row for a node that influences none); write the missing rows, or the labels down column A too</source>
        <translation>顶部的标签列出了 {count} 个节点，但其下只有 {rows} 行数字和第 {blank} 行的空行，少了 {missing} 行：左侧没有标签时，各节点的行按标签的顺序排列（不影响任何节点的节点为空行）；请补上缺少的行，或在 A 列也写上标签</translation>
    </message>
    <message>
        <source>labels across the top name {count} nodes, but below them are {rows} rows of numbers, {missing} short: without labels down the side, each node&apos;s row is in the order of the labels, so the last node&apos;s row must be written (its zeros, if it influences none); write the missing row, or the labels down column A too</source>
        <translation>顶部的标签列出了 {count} 个节点，但其下只有 {rows} 行数字，少了 {missing} 行：左侧没有标签时，各节点的行按标签的顺序排列，所以最后一个节点的行也必须写出（若它不影响任何节点，就写一行 0）；请补上缺少的行，或在 A 列也写上标签</translation>
    </message>
    <message>
        <source>labels across the top and a row of numbers for each, but this cell on the diagonal is not 0: a matrix without labels down the side (its nodes influencing themselves) or a table of states over {count} steps? To read it as a matrix, write the labels down column A too</source>
        <translation>顶端有标签、每个标签下各有一行数字，但对角线上的这个单元格不是 0：这是左侧没有标签的矩阵（节点影响自身），还是 {count} 步的状态表？要作为矩阵读取，请在 A 列也写上标签</translation>
    </message>
    <message>
        <source>a blank label among the {where}</source>
        <translation>{where}中有空白标签</translation>
    </message>
    <message>
        <source>the label {text!r} heads {count} columns ({columns}); each node has one column: rename or remove the others</source>
        <translation>标签 {text!r} 是 {count} 列（{columns}）的表头；每个节点只有一列：请重命名或删除其他列</translation>
    </message>
    <message>
        <source>the label {text!r} heads {count} rows ({rows}); each node has one row: rename or remove the others</source>
        <translation>标签 {text!r} 是 {count} 行（{rows}）的行标题；每个节点只有一行：请重命名或删除其他行</translation>
    </message>
    <message>
        <source>is not a square matrix: {count} columns and {count2} rows; the row and column labels differ (rows only: {only_rows}; columns only: {only_columns})</source>
        <translation>不是方阵：{count} 列 {count2} 行；行标签与列标签不同（仅在行中：{only_rows}；仅在列中：{only_columns}）</translation>
    </message>
    <message>
        <source>true/false column {names} became tags of the nodes marked true</source>
        <translation>真/假列 {names} 已成为标为真的节点的标签</translation>
    </message>
    <message>
        <source>true/false columns {names} became tags of the nodes marked true</source>
        <translation>真/假列 {names} 已成为标为真的节点的标签</translation>
    </message>
    <message>
        <source>column {names} (not a node) was not kept</source>
        <translation>列 {names}（不是节点）未保留</translation>
    </message>
    <message>
        <source>columns {names} (not nodes) were not kept</source>
        <translation>列 {names}（不是节点）未保留</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but no row is labelled {label!r}, and row {blank} is blank: write that row there, its label in column A (and zeros where it influences nothing), or remove the column</source>
        <translation>列 {column} 中有数字，但没有标签为 {label!r} 的行，且第 {blank} 行为空：请在那里写出该行（A 列写标签，不影响任何节点的地方写 0），或删除该列</translation>
    </message>
    <message>
        <source>the corner cell is blank, and the numbers across the top ({labels}) are those down the side: they may be the labels of {count} nodes or the weights of a matrix without labels; write the map&apos;s title (or any word) in the corner cell to read them as labels, or 0 to read every cell as a weight</source>
        <translation>角落单元格为空，且顶端的数字（{labels}）与左侧的相同：它们可能是 {count} 个节点的标签，也可能是无标签矩阵的权重；要作为标签读取，请在角落单元格中写入地图标题（或任意词语）；要把每个单元格都作为权重读取，请写入 0</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but has no label in the first row: add the label of its node (and its row), or remove the cells</source>
        <translation>列 {column} 含有数字，但第一行中没有它的标签：请添加其节点的标签（以及该节点的行），或删除这些单元格</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the row {label!r} is labelled as a total, but holds {value:g} where the nodes&apos; weights in this column add up to {total:g}: correct or remove the row (if {label!r} is a node, give it another label)</source>
        <translation>行 {label!r} 的标签表明它是合计，但此列各节点权重之和为 {total:g}，这里却是 {value:g}：请更正或删除该行（若 {label!r} 是节点，请给它换一个标签）</translation>
    </message>
    <message>
        <source>the column {label!r} is labelled as a total, but holds {value:g} where the node&apos;s weights in this row add up to {total:g}: correct or remove the column (if {label!r} is a node, give it another label)</source>
        <translation>列 {label!r} 的标签表明它是合计，但此行该节点权重之和为 {total:g}，这里却是 {value:g}：请更正或删除该列（若 {label!r} 是节点，请给它换一个标签）</translation>
    </message>
    <message>
        <source>left out as totals, not read as nodes, each labelled so and holding the sums of the nodes&apos; weights: {places}</source>
        <translation>以下各项的标签表明是合计，且存有各节点权重之和，已作为合计略去，未读作节点：{places}</translation>
    </message>
    <message>
        <source>the total row and the total column meet here, and {value:g} is neither blank, 0 nor the sum of every weight ({total:g}): correct or clear the cell</source>
        <translation>合计行与合计列在此相交，而 {value:g} 既非空白、也非 0，也不是所有权重之和（{total:g}）：请更正或清空该单元格</translation>
    </message>
</context>
<context>
    <name>mentalmodeler</name>
    <message>
        <source>not a Mental Modeler project (no list of concepts)</source>
        <translation>不是 Mental Modeler 项目（没有概念列表）</translation>
    </message>
    <message>
        <source>not a Mental Modeler project (neither JSON nor XML)</source>
        <translation>不是 Mental Modeler 项目（既不是 JSON 也不是 XML）</translation>
    </message>
    <message>
        <source>the XML root is &lt;{tag}&gt;, not &lt;mentalModeler&gt;</source>
        <translation>XML 根元素是 &lt;{tag}&gt;，而不是 &lt;mentalModeler&gt;</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>Concept {key}</source>
        <translation>概念 {key}</translation>
    </message>
    <message>
        <source>a second concept with id {key!r}</source>
        <translation>第二个 id 为 {key!r} 的概念</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>单位：{units}</translation>
    </message>
    <message>
        <source>relationships is not a list</source>
        <translation>relationships 不是列表</translation>
    </message>
    <message>
        <source>relationship {number} is not an object</source>
        <translation>关系 {number} 不是对象</translation>
    </message>
    <message>
        <source>{concept}, relationship to {target!r}</source>
        <translation>{concept}，指向 {target!r} 的关系</translation>
    </message>
    <message>
        <source>influence {exc}</source>
        <translation>影响 {exc}</translation>
    </message>
    <message>
        <source>{blank} relationship{blank2} no influence value; imported with weight 0</source>
        <translation>{blank} 个关系没有影响值；按权重 0 导入</translation>
    </message>
    <message>
        <source>read {count} influence(s) written with a stray &apos;&gt;&apos; after the value (&lt;![CDATA[0.95]]&gt;&gt;, as Mental Modeler&apos;s Flash version wrote some and read them back) as the value: {places}</source>
        <translation>已将 {count} 个值后面多了一个 &apos;&gt;&apos; 的影响读作该值（&lt;![CDATA[0.95]]&gt;&gt;，Mental Modeler 的 Flash 版如此写入，读回时也这样读取）：{places}</translation>
    </message>
    <message>
        <source>skipped {count} self-influence or dangling relationship{s}: {skipped2}</source>
        <translation>跳过了 {count} 个自影响或悬空的关系：{skipped2}</translation>
    </message>
    <message>
        <source>{count} preferred state{s} became objective{s}</source>
        <translation>{count} 个偏好状态成为目标</translation>
    </message>
    <message>
        <source>info, name</source>
        <translation>info，name</translation>
    </message>
    <message>
        <source>info, description</source>
        <translation>info，description</translation>
    </message>
    <message>
        <source>{label!r} (a relationship to it calls it {name!r})</source>
        <translation>{label!r}（指向它的关系称它为 {name!r}）</translation>
    </message>
    <message>
        <source>{count} concept{s} without a name, labelled by id: {names}</source>
        <translation>{count} 个概念没有名称，已按 ID 命名：{names}</translation>
    </message>
    <message>
        <source>{count:,} characters, cut to the {limit:,} a model holds</source>
        <translation>{count:,} 个字符，截断为模型可容纳的 {limit:,} 个</translation>
    </message>
    <message>
        <source>relationship {number}</source>
        <translation>关系 {number}</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>情景 {number}</translation>
    </message>
    <message>
        <source>clamp value {value:g} is outside [-1, 1]</source>
        <translation>钳制值 {value:g} 超出 [-1, 1]</translation>
    </message>
    <message>
        <source>From Mental Modeler: the concepts it clamped are held for the whole run.</source>
        <translation>来自 Mental Modeler：它钳制的概念在整个运行中保持不变。</translation>
    </message>
    <message>
        <source>{count} scenario{s} became clamp scenarios (each clamped concept held at its value)</source>
        <translation>{count} 个情景成为钳制情景（每个被钳制的概念保持其值）</translation>
    </message>
    <message>
        <source>skipped {count} scenario{s} with no concept clamped: {e}</source>
        <translation>跳过了 {count} 个没有钳制任何概念的情景：{e}</translation>
    </message>
    <message>
        <source>concept {number} ({label})</source>
        <translation>概念 {number}（{label}）</translation>
    </message>
    <message>
        <source>concept {number}</source>
        <translation>概念 {number}</translation>
    </message>
    <message>
        <source>scenario {label!r}, concept {concept!r}</source>
        <translation>情景 {label!r}，概念 {concept!r}</translation>
    </message>
    <message>
        <source>Increase {label}</source>
        <translation>增加{label}</translation>
    </message>
    <message>
        <source>Decrease {label}</source>
        <translation>减少{label}</translation>
    </message>
</context>
<context>
    <name>merged</name>
    <message>
        <source>{cell} is part of the merged cells {cells}; unmerge them and write a value in each</source>
        <translation>{cell} 属于合并单元格 {cells}；请取消合并，并在每个单元格中填写值</translation>
    </message>
    <message>
        <source>merged cells ({cells}): only the first cell of each holds its value, the others were read as empty; unmerge them and write a value in each</source>
        <translation>合并单元格（{cells}）：每组只有第一个单元格存有值，其余单元格按空白读取；请取消合并，并在每个单元格中填写值</translation>
    </message>
</context>
<context>
    <name>montecarlo</name>
    <message>
        <source>{samples:,} samples of {n_nodes:,} nodes over {steps} steps need {need:.1f} GB; use at most {most:,} samples or fewer steps</source>
        <translation>{samples:,} 个样本、{n_nodes:,} 个节点、{steps} 步需要 {need:.1f} GB；请最多使用 {most:,} 个样本或减少步数</translation>
    </message>
</context>
<context>
    <name>naming</name>
    <message>
        <source>{label!r} (id {id})</source>
        <translation>{label!r}（ID {id}）</translation>
    </message>
    <message>
        <source>{items} and {count:,} more like it</source>
        <translation>{items}，另有 {count:,} 处与此相同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items}，另有 {count} 项</translation>
    </message>
</context>
<context>
    <name>nodelink</name>
    <message>
        <source>not node-link JSON: Windtunnel reads JSON with a list of &quot;nodes&quot; and a list of &quot;links&quot; (each with its &quot;source&quot; and &quot;target&quot;), as networkx&apos;s node_link_data and D3&apos;s force layouts write a graph</source>
        <translation>不是节点-链接 JSON：Windtunnel 读取的是像 networkx 的 node_link_data 和 D3 力导向布局写图那样，含有 &quot;nodes&quot; 列表和 &quot;links&quot; 列表（每项有 &quot;source&quot; 和 &quot;target&quot;）的 JSON</translation>
    </message>
    <message>
        <source>networkx&apos;s adjacency_data is not read: write the graph with networkx&apos;s node_link_data (or as GraphML) and import that</source>
        <translation>不读取 networkx 的 adjacency_data：请用 networkx 的 node_link_data（或以 GraphML）写出图，再导入</translation>
    </message>
    <message>
        <source>has a list of &quot;nodes&quot; but no list of &quot;links&quot; (nor of &quot;edges&quot;): a node-link file lists its links, even none, as &quot;links&quot;: []</source>
        <translation>有 &quot;nodes&quot; 列表，但没有 &quot;links&quot;（也没有 &quot;edges&quot;）列表：节点-链接文件即使没有链接，也会写成 &quot;links&quot;: []</translation>
    </message>
    <message>
        <source>holds both a list of &quot;links&quot; and a list of &quot;edges&quot;: keep the one that holds the graph&apos;s links</source>
        <translation>同时含有 &quot;links&quot; 列表和 &quot;edges&quot; 列表：请只保留存放图的链接的那一个</translation>
    </message>
    <message>
        <source>has the id {key!r} of an earlier node; each node needs an id of its own</source>
        <translation>与前面的节点 id {key!r} 相同；每个节点都需要自己的 id</translation>
    </message>
    <message>
        <source>is {value}, which says neither that the graph is directed nor that it is not: write true or false</source>
        <translation>为 {value}，既未说明图是有向的，也未说明是无向的：请写 true 或 false</translation>
    </message>
    <message>
        <source>is not an object with the node&apos;s fields</source>
        <translation>不是含有节点字段的对象</translation>
    </message>
    <message>
        <source>has no &quot;id&quot;, where other nodes have theirs: links name nodes by their ids</source>
        <translation>没有 &quot;id&quot;，而其他节点都有：链接按 id 指向节点</translation>
    </message>
    <message>
        <source>{end!r} is {value}, which is not the place of a node: the file&apos;s nodes have no ids, so a link names a node by its place in the list, 0 to {last}</source>
        <translation>{end!r} 是 {value}，不是任何节点的位置：文件中的节点没有 id，因此链接按节点在列表中的位置（0 到 {last}）指向节点</translation>
    </message>
    <message>
        <source>{end!r} is {value}, which is the id of no node of the file</source>
        <translation>{end!r} 是 {value}，不是文件中任何节点的 id</translation>
    </message>
</context>
<context>
    <name>nodes_sheet</name>
    <message>
        <source>{header!r} ({column})</source>
        <translation>{header!r}（{column} 列）</translation>
    </message>
    <message>
        <source>has neither an ID nor a Label column: its columns are headed {headers}, and Windtunnel reads node tables (with an ID or a Label column, headed {names}), edge tables (with From and To columns, headed {ends}) and square matrices; an adjacency list is not read</source>
        <translation>既没有 ID 列也没有 Label 列：其列标题为 {headers}；Windtunnel 读取节点表（有 ID 或 Label 列，标题为 {names}）、边表（有 From 和 To 列，标题为 {ends}）以及方阵；不读取邻接表</translation>
    </message>
    <message>
        <source>has neither an id nor a label</source>
        <translation>既没有 ID 也没有标签</translation>
    </message>
    <message>
        <source>a restriction is always a lever (a policy the scenarios set), so the &quot;no&quot; of the restrictions in rows {rows} was not taken; make a node that is no lever a factor or an actor</source>
        <translation>限制措施始终是杠杆（由情景设定的政策），因此第 {rows} 行中限制措施的“no”未被采用；不是杠杆的节点请改为因素或行为体</translation>
    </message>
    <message>
        <source>{count} node id{s} not valid in Windtunnel ({c}{changed2}): new ids were made from the labels, which keep the original text</source>
        <translation>{count} 个节点 id 不是有效的 id（{c}{changed2}）：已根据标签生成新 id，标签保留原文</translation>
    </message>
    <message>
        <source>node type {word!r} is not a Windtunnel kind; imported as a factor, the type kept as a tag</source>
        <translation>节点类型 {word!r} 不是 Windtunnel 的种类；已作为因素导入，原类型保留为标签</translation>
    </message>
    <message>
        <source>cells holding several values separated by | (as Kumu writes them: {where}): the first value gave the node&apos;s kind, and every value was kept as a tag</source>
        <translation>含有以 | 分隔的多个值的单元格（Kumu 的写法：{where}）：第一个值作为节点的类型，所有值都保留为标记</translation>
    </message>
    <message>
        <source>cells holding several values separated by | (as Kumu writes them: {where}): the first value gave the node&apos;s group, and every value was kept as a tag</source>
        <translation>含有以 | 分隔的多个值的单元格（Kumu 的写法：{where}）：第一个值作为节点的组，所有值都保留为标记</translation>
    </message>
    <message>
        <source>{name!r} names {count} nodes ({nodes}), whose labels differ at most by case; write the node&apos;s id, or its label exactly as its row writes it</source>
        <translation>{name!r} 指向 {count} 个节点（{nodes}），它们的标签至多只有大小写不同；请写出该节点的 ID，或按其所在行的写法原样写出标签</translation>
    </message>
    <message>
        <source>{name!r} cannot name a new node: {problem}</source>
        <translation>{name!r} 不能作为新节点的名称：{problem}</translation>
    </message>
    <message>
        <source>holds a partition (a community, as Gephi&apos;s modularity class): it became the nodes&apos; group, each value a group of its own</source>
        <translation>包含一个划分（社区，如 Gephi 的模块度类别）：它成为节点的分组，每个值各成一组</translation>
    </message>
    <message>
        <source>holds numbers, not column names ({cells}): the table starts with its data; add a first row naming its columns (From, To and Weight for a list of edges, ID and Label for a list of nodes)</source>
        <translation>是数字而不是列名（{cells}）：表格从数据开始；请在最前面加一行写明各列的名称（边的列表写 From、To 和 Weight，节点的列表写 ID 和 Label）</translation>
    </message>
    <message>
        <source>skipped 1 row repeating the id and label of a row above (row {rows}); the first row was kept</source>
        <translation>跳过了 1 行重复上方某行 ID 和标签的行（第 {rows} 行）；保留了第一行</translation>
    </message>
    <message>
        <source>skipped {count} rows repeating the id and label of a row above (rows {rows}); the first row of each id was kept</source>
        <translation>跳过了 {count} 行重复上方某行 ID 和标签的行（第 {rows} 行）；每个 ID 保留第一行</translation>
    </message>
    <message>
        <source>repeats the id {id!r} of row {row} with another label ({label!r}, where row {row} says {first!r}): give each node its own id</source>
        <translation>以另一个标签重复了第 {row} 行的 ID {id!r}（{label!r}，而第 {row} 行是 {first!r}）：请给每个节点各自的 ID</translation>
    </message>
    <message>
        <source>{name!r} is not a node of the Nodes sheet (is it {near!r}?): correct the name, or add a row for it to the Nodes sheet</source>
        <translation>{name!r} 不是 Nodes 工作表中的节点（是指 {near!r} 吗？）：请更正名称，或在 Nodes 工作表中为它添加一行</translation>
    </message>
    <message>
        <source>{name!r} is not a node of the Nodes sheet: correct the name, or add a row for it to the Nodes sheet</source>
        <translation>{name!r} 不是 Nodes 工作表中的节点：请更正名称，或在 Nodes 工作表中为它添加一行</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node id writing the same whole number: {pairs}</source>
        <translation>边中的 {count} 个名称匹配到了以另一种写法写出同一整数的节点 id：{pairs}</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node whose label differs only by case: {pairs}</source>
        <translation>边中的 {count} 个名称匹配到了标签仅大小写不同的节点：{pairs}</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node whose label differs only in {what}: {pairs}</source>
        <translation>边中的 {count} 个名称匹配到了标签仅在{what}上不同的节点：{pairs}</translation>
    </message>
    <message>
        <source>{name!r} as {label!r}</source>
        <translation>{name!r} 作为 {label!r}</translation>
    </message>
    <message>
        <source>{name!r} in the edges is the id of one node ({id_place}) and the label of another ({label_place}): the edges were joined to the node with that id; write {other!r} to mean the other</source>
        <translation>边中的 {name!r} 是一个节点的 id（{id_place}），又是另一个节点的标签（{label_place}）：边已连到具有该 id 的节点；若指的是另一个节点，请写 {other!r}</translation>
    </message>
    <message>
        <source>{name!r} (the id at {id_place}; the label at {label_place}, whose id is {other!r})</source>
        <translation>{name!r}（{id_place} 的 id；{label_place} 的标签，其 id 为 {other!r}）</translation>
    </message>
    <message>
        <source>{count} names in the edges are the id of one node and the label of another: {pairs}; the edges were joined to the nodes with those ids; write the other node&apos;s id to mean it</source>
        <translation>边中有 {count} 个名称既是一个节点的 id，又是另一个节点的标签：{pairs}；边已连到具有这些 id 的节点；若指的是另一个节点，请写它的 id</translation>
    </message>
    <message>
        <source>case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <source>letter width (full-width or normal-width)</source>
        <translation>字母的宽度（全角或半角）</translation>
    </message>
    <message>
        <source>how accents are written (as part of the letter or as a character of their own)</source>
        <translation>重音符号的写法（与字母合为一体，或作为单独的字符）</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left}和{right}</translation>
    </message>
    <message>
        <source>holds the date {date}, which is not a node of the Nodes sheet: a spreadsheet turns a name typed as 3-5 or Jan 2 into a date; write the name again as text (with an apostrophe before it), or add a row for it to the Nodes sheet</source>
        <translation>存放的是日期 {date}，它不是 Nodes 工作表中的节点：电子表格会把输入的 3-5 或 Jan 2 这类名称变成日期；请以文本形式重新输入该名称（在前面加一个撇号），或在 Nodes 工作表中为它添加一行</translation>
    </message>
</context>
<context>
    <name>nodexl</name>
    <message>
        <source>a NodeXL workbook: its Edges and Vertices tables were read from their second rows (the first holds NodeXL&apos;s bands of columns)</source>
        <translation>NodeXL 工作簿：其 Edges 和 Vertices 表从第二行读取（第一行是 NodeXL 的列分组标题）</translation>
    </message>
    <message>
        <source>a NodeXL workbook, its tables&apos; headers on their first rows (NodeXL&apos;s bands of columns deleted)</source>
        <translation>NodeXL 工作簿，其表头位于第一行（NodeXL 的列分组标题行已删除）</translation>
    </message>
    <message>
        <source>the graph is undirected</source>
        <translation>该图为无向图</translation>
    </message>
    <message>
        <source>the graph is directed</source>
        <translation>该图为有向图</translation>
    </message>
    <message>
        <source>it does not say whether the graph is directed: read as directed</source>
        <translation>工作簿未说明该图是否有向：按有向图读取</translation>
    </message>
    <message>
        <source>{workbook}; {graph}</source>
        <translation>{workbook}；{graph}</translation>
    </message>
    <message>
        <source>NodeXL&apos;s graph metrics {names} were not kept (the Structure tab computes the map&apos;s own)</source>
        <translation>未保留 NodeXL 的图指标 {names}（本图自己的指标由“结构”标签页计算）</translation>
    </message>
</context>
<context>
    <name>number_edges</name>
    <message>
        <source>three rows of three numbers without a header, read as a 3 × 3 matrix without labels, as chosen (not as three edges between nodes numbered {ends})</source>
        <translation>没有表头的三行各三个数字，按所选读作无标签的 3 × 3 矩阵（而非编号为 {ends} 的节点之间的三条边）</translation>
    </message>
    <message>
        <source>three rows of three numbers without a header, read as three edges (From, To and Weight, between nodes numbered {ends}), as chosen (not as a 3 × 3 matrix)</source>
        <translation>没有表头的三行各三个数字，按所选读作三条边（From、To 和 Weight，位于编号为 {ends} 的节点之间）（而非 3 × 3 矩阵）</translation>
    </message>
    <message>
        <source>three rows of three numbers and no header: they read as three edges (From, To and Weight, between nodes numbered {ends}) and as a 3 × 3 matrix without labels, two different maps</source>
        <translation>没有表头的三行各三个数字：既可读作三条边（From、To 和 Weight，位于编号为 {ends} 的节点之间），也可读作无标签的 3 × 3 矩阵，二者是不同的地图</translation>
    </message>
    <message>
        <source>import the file again and choose how Windtunnel is to read it when it asks</source>
        <translation>请重新导入该文件，并在 Windtunnel 询问时选择读法</translation>
    </message>
    <message>
        <source>import with --headerless edges or --headerless matrix</source>
        <translation>请用 --headerless edges 或 --headerless matrix 导入</translation>
    </message>
    <message>
        <source>{problem}; {how}, or add a header row (From, To, Weight for a list of edges)</source>
        <translation>{problem}；{how}，或添加表头行（边列表为 From、To、Weight）</translation>
    </message>
</context>
<context>
    <name>objectives</name>
    <message>
        <source>The importance must be more than 0: an objective of importance {importance:g} would count for nothing in the score.</source>
        <translation>重要性必须大于 0：重要性为 {importance:g} 的目标在得分中毫无分量。</translation>
    </message>
    <message>
        <source>A threshold of {threshold:g} is more than “{node}” can change: its level stays within [{low}, {high}], so it changes by at most {largest:g}.</source>
        <translation>阈值 {threshold:g} 超出了“{node}”能变化的幅度：其水平保持在 [{low}, {high}] 之内，变化最多为 {largest:g}。</translation>
    </message>
    <message>
        <source>“{other}” already asks the same of this node (the same direction and threshold): change that one instead.</source>
        <translation>“{other}”已对此节点提出相同的要求（方向和阈值相同）：请改为修改那个目标。</translation>
    </message>
</context>
<context>
    <name>older_zeros</name>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), after ratings of 0 began to count: its Edges sheet&apos;s weights are the aggregate with them, so the ratings of 0 in {where} are read as 0 (&quot;no effect&quot;)</source>
        <translation>此工作簿写于文件格式版本 7 之前（Model 工作表未注明版本 7 或更高），但在评分 0 开始计入之后：其 Edges 工作表的权重是计入评分 0 的聚合，因此 {where} 中的评分 0 读作 0（“没有影响”）</translation>
    </message>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), when leaving absent ratings out left out ratings of 0 too, as its Edges sheet&apos;s weights show: the ratings of 0 in {where} ({count:,} in all) are read as no rating, so the working weights stay as the workbook had them; to count one as &quot;no effect&quot;, write NA in its Term cell</source>
        <translation>此工作簿写于文件格式版本 7 之前（Model 工作表未注明版本 7 或更高），当时不计入缺失的评分也会略去评分 0，其 Edges 工作表的权重也表明如此：{where} 中的评分 0（共 {count:,} 条）读作没有评分，工作权重保持工作簿中的值；要把某条计为“没有影响”，请在其 Term 单元格中填写 NA</translation>
    </message>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), whose Edges sheet&apos;s weights do not tell whether its ratings of 0 were left out, as leaving absent ratings out did before then: the ratings of 0 in {where} ({count:,} in all) are read as no rating, so the working weights stay as the workbook had them; to keep them as 0 (&quot;no effect&quot;), write NA in their Term cells, or add a last row &quot;version&quot; with 7 to the Model sheet to read every rating of 0 as 0</source>
        <translation>此工作簿写于文件格式版本 7 之前（Model 工作表未注明版本 7 或更高）；当时不计入缺失的评分也会略去评分 0，而其 Edges 工作表的权重无法表明这些评分 0 是否被略去：{where} 中的评分 0（共 {count:,} 条）读作没有评分，工作权重保持工作簿中的值；要保留为 0（“没有影响”），请在其 Term 单元格中填写 NA，或在 Model 工作表末尾加一行“version”和 7，使所有评分 0 都读作 0</translation>
    </message>
</context>
<context>
    <name>output_paths</name>
    <message>
        <source>{path}: the folder {folder} does not exist; nothing was written</source>
        <translation>{path}：文件夹 {folder} 不存在；未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link that leads nowhere it can be written ({exc}); nothing was written</source>
        <translation>{path}：是一个无法写入的符号链接（{exc}）；未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: is not a valid file name</source>
        <translation>{path}：不是有效的文件名</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({strerror})</source>
        <translation>{path}：无法写入（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a file; Windtunnel writes only regular files, nothing was written</source>
        <translation>{path}：是{kind}，不是文件；Windtunnel 只写入普通文件，未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; nothing was written (make it writable, or choose another name)</source>
        <translation>{path}：文件为只读；未写入任何内容（请将其设为可写，或选择其他名称）</translation>
    </message>
    <message>
        <source>{path}: is the input file {inputs}; writing the output there would replace it, nothing was written (choose another output name)</source>
        <translation>{path}：是输入文件 {inputs}；写到那里会替换它，未写入任何内容（请另选输出名称）</translation>
    </message>
    <message>
        <source>{path}: is a link to {target}, which is not named as a model file (.wtm): a model saved through the link would be written there; nothing was written (choose another name)</source>
        <translation>{path}：是指向 {target} 的链接，而该文件并非以模型文件（.wtm）命名：通过该链接保存的模型会写到那里；未写入任何内容（请另选名称）</translation>
    </message>
    <message>
        <source>{name}: a name with a control character (a line break, a tab) is not written (Windows refuses them, and elsewhere they break a listing of the folder); remove it</source>
        <translation>{name}：不写入含有控制字符（换行符、制表符）的名称（Windows 不接受它们，在其他系统上也会打乱文件夹的列表）；请去掉它</translation>
    </message>
    <message>
        <source>{name}: the character {character} turns the direction of the text after it, so the name shows other than it is (its ending read backwards); remove it</source>
        <translation>{name}：字符 {character} 会改变其后文字的方向，使名称看起来与实际不同（结尾被倒着读）；请去掉它</translation>
    </message>
    <message>
        <source>{name}: the character {character} is not allowed in a file name on Windows (nor are &lt; &gt; : &quot; | ? *), so colleagues there could not open or copy the file; remove it</source>
        <translation>{name}：Windows 不允许文件名中有字符 {character}（&lt; &gt; : &quot; | ? * 也不允许），那里的同事将无法打开或复制该文件；请去掉它</translation>
    </message>
    <message>
        <source>{name}: Windows keeps this name for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, whatever the extension), so the file could not be opened there; choose another name</source>
        <translation>{name}：Windows 将此名称保留给设备（CON、PRN、AUX、NUL、COM1 至 COM9、LPT1 至 LPT9，无论扩展名如何），因此在那里无法打开该文件；请另选名称</translation>
    </message>
    <message>
        <source>{name}: a name starting with a dash is taken for options by command-line tools and scripts that are given it; rename it</source>
        <translation>{name}：以短横线开头的名称，会被接收它的命令行工具和脚本当作选项；请改名</translation>
    </message>
    <message>
        <source>{name}: is an extension with no name before it, which makes a hidden file of no type (a name starting with a dot is hidden, and that dot starts no extension); give it a name, such as results{suffix}</source>
        <translation>{name}：扩展名前面没有名称，会成为没有类型的隐藏文件（以点开头的名称是隐藏的，而且这个点并不开始扩展名）；请给它一个名称，例如 results{suffix}</translation>
    </message>
    <message>
        <source>{name}: a name ending in a dot or a space is not written (Windows drops them, so the file written would not be the one named); remove them</source>
        <translation>{name}：不写入以句点或空格结尾的名称（Windows 会去掉它们，写入的文件将不是所指定的那个）；请去掉它们</translation>
    </message>
    <message>
        <source>{path}: names a folder (it ends in a separator); give a file name; nothing was written</source>
        <translation>{path}：指向的是文件夹（以分隔符结尾）；请给出文件名；未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: {folder} is not a folder; nothing was written</source>
        <translation>{path}：{folder} 不是文件夹；未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link to {target}, whose folder {folder} does not exist; nothing was written</source>
        <translation>{path}：是指向 {target} 的符号链接，但其文件夹 {folder} 不存在；未写入任何内容</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is read-only; nothing was written (choose another folder)</source>
        <translation>{path}：文件夹 {folder} 是只读的；未写入任何内容（请选择其他文件夹）</translation>
    </message>
</context>
<context>
    <name>parallel_edges</name>
    <message>
        <source>weight {weight}</source>
        <translation>权重 {weight}</translation>
    </message>
</context>
<context>
    <name>participant_lists</name>
    <message>
        <source>the edges of {count} participants in one list (this column names each row&apos;s participant): import it with Import Participants&apos; Maps (windtunnel aggregate), which reads one map per participant</source>
        <translation>一个列表中包含 {count} 位参与者的边（此列指明每行的参与者）：请用“导入参与者的图”（windtunnel aggregate）导入，它会为每位参与者读出一张图</translation>
    </message>
    <message>
        <source>the edges of {count} participants in one list: each participant&apos;s rows became their map; {idle} of them drew no edge and were left out</source>
        <translation>一个列表中包含 {count} 位参与者的边：每位参与者的行成为其图；其中 {idle} 位没有画任何边，已略去</translation>
    </message>
    <message>
        <source>{count} rows repeat an edge their participant listed before: each such edge took the mean of its rows&apos; weights</source>
        <translation>{count} 行重复了同一参与者之前列出的边：这样的边取其各行权重的平均值</translation>
    </message>
    <message>
        <source>the edges of {count} participants in one list: each participant&apos;s rows became their map</source>
        <translation>一个列表中包含 {count} 位参与者的边：每位参与者的行成为其图</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>{voices_given} map given; aggregating needs at least two maps or a file of several participants</source>
        <translation>给出了 {voices_given} 张图；汇总至少需要两张图或一个包含多位参与者的文件</translation>
    </message>
    <message>
        <source>{label!r} cannot be merged with the concept chosen (it is not there, or this map already joins it): kept apart</source>
        <translation>{label!r} 无法与所选概念合并（该概念不存在，或这张图已与它对应）：保持分开</translation>
    </message>
    <message>
        <source>{merged} edge{s} joined two nodes merged into one concept: left out</source>
        <translation>{merged} 条边连接了被合并为同一概念的两个节点：已略去</translation>
    </message>
    <message>
        <source>{repeated} edge{s} rated again under another spelling of its concepts: the first rating kept</source>
        <translation>{repeated} 条边以其概念的另一种写法被再次评分：保留第一个评分</translation>
    </message>
    <message>
        <source>scenarios with edge-weight overrides were left out ({dropped})</source>
        <translation>含边权重覆盖的情景已略去（{dropped}）</translation>
    </message>
    <message>
        <source>1 near match of concepts merged, as accepted</source>
        <translation>1 个相近概念已按接受的建议合并</translation>
    </message>
    <message>
        <source>1 near match of concepts kept apart (accept to merge)</source>
        <translation>1 个相近概念保持分开（接受后可合并）</translation>
    </message>
    <message>
        <source>{count} near matches of concepts listed: {merged} merged, as accepted, the others kept apart</source>
        <translation>列出 {count} 个相近的概念匹配：{merged} 个按接受合并，其余保持分开</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 及另外 {count} 张</translation>
    </message>
    <message>
        <source>Aggregate of {count} maps: {names}</source>
        <translation>{count} 张图的汇总：{names}</translation>
    </message>
    <message>
        <source>the folder holds no map files ({suffixes})</source>
        <translation>该文件夹中没有图文件（{suffixes}）</translation>
    </message>
    <message>
        <source>{count} near matches of concepts merged, as accepted</source>
        <translation>{count} 个相近概念已按接受的建议合并</translation>
    </message>
    <message>
        <source>{participant}: {label} may be {concept} ({reason})</source>
        <translation>{participant}：{label} 可能是 {concept}（{reason}）</translation>
    </message>
    <message>
        <source>another spelling of a concept this map also names</source>
        <translation>本图也以另一种写法列出的概念</translation>
    </message>
    <message>
        <source>another spelling (case, hyphens, plural or accents)</source>
        <translation>另一种写法（大小写、连字符、复数或重音符号）</translation>
    </message>
    <message>
        <source>labels {percent} alike</source>
        <translation>标签相似度 {percent}</translation>
    </message>
    <message>
        <source>same id, another label</source>
        <translation>相同 ID，不同标签</translation>
    </message>
    <message>
        <source>1 participant combined: {count2} concepts, {count3} edges; weights are the {aggregation} with zeros {aggregation_zeros}d</source>
        <translation>已合并 1 位参与者：{count2} 个概念，{count3} 条边；权重为 {aggregation}，零值 {aggregation_zeros}</translation>
    </message>
    <message>
        <source>{count} participants combined: {count2} concepts, {count3} edges; weights are the {aggregation} with zeros {aggregation_zeros}d</source>
        <translation>已合并 {count} 位参与者：{count2} 个概念，{count3} 条边；权重为 {aggregation}，零值 {aggregation_zeros}</translation>
    </message>
    <message>
        <source>{count} near matches of concepts kept apart (accept to merge)</source>
        <translation>{count} 个相近概念保持分开（接受后可合并）</translation>
    </message>
</context>
<context>
    <name>participants_sheet</name>
    <message>
        <source>a second participant {id!r} (the first is on row {row})</source>
        <translation>第二个参与者 {id!r}（第一个在第 {row} 行）</translation>
    </message>
    <message>
        <source>ratings need a Participants sheet</source>
        <translation>评分需要 Participants 工作表</translation>
    </message>
    <message>
        <source>own nodes need a Participants sheet</source>
        <translation>自有节点需要 Participants 工作表</translation>
    </message>
    <message>
        <source>{who!r} is not a participant on the Participants sheet</source>
        <translation>{who!r} 不是 Participants 工作表上的参与者</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>refused unsafe XML (a DTD or entity declaration)</source>
        <translation>已拒绝不安全的 XML（DTD 或实体声明）</translation>
    </message>
    <message>
        <source>not valid XML (line {lineno}, column {offset}: {messages})</source>
        <translation>不是有效的 XML（第 {lineno} 行，第 {offset} 列：{messages}）</translation>
    </message>
    <message>
        <source>is damaged ({exc})</source>
        <translation>已损坏（{exc}）</translation>
    </message>
    <message>
        <source>cannot be read ({name__})</source>
        <translation>无法读取（{name__}）</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (no xl/workbook.xml inside)</source>
        <translation>不是 .xlsx 工作簿（其中没有 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>its cells ({part}) are missing from the workbook: the workbook is damaged; open it in Excel and save it again</source>
        <translation>工作簿中缺少它的单元格（{part}）：工作簿已损坏；请在 Excel 中打开并重新保存</translation>
    </message>
    <message>
        <source>is past the limit of {max_columns:,} columns</source>
        <translation>超过了 {max_columns:,} 列的上限</translation>
    </message>
    <message>
        <source>a row number {clip!r} that no sheet has (Excel&apos;s last row is 1,048,576)</source>
        <translation>行号 {clip!r} 不可能出现在任何工作表中（Excel 的最后一行是 1,048,576）</translation>
    </message>
    <message>
        <source>is written twice in the sheet</source>
        <translation>在工作表中写了两次</translation>
    </message>
    <message>
        <source>holds {length:,} characters; the limit is {max_text:,}</source>
        <translation>含有 {length:,} 个字符；上限为 {max_text:,}</translation>
    </message>
    <message>
        <source>{what}: the workbook is damaged; open it in Excel and save it again</source>
        <translation>{what}：工作簿已损坏；请在 Excel 中打开并重新保存</translation>
    </message>
    <message>
        <source>holds the cell {ref}, which is on another row</source>
        <translation>含有另一行的单元格 {ref}</translation>
    </message>
    <message>
        <source>refers to text {index!r} of the workbook&apos;s shared texts, which has {count:,}: the workbook is damaged; open it in Excel and save it again</source>
        <translation>引用了工作簿共享文本中的第 {index!r} 项，但共享文本只有 {count:,} 项：工作簿已损坏；请在 Excel 中打开并重新保存</translation>
    </message>
    <message>
        <source>refers to the workbook&apos;s shared texts, and the workbook has none (no xl/sharedStrings.xml): the workbook is damaged; open it in Excel and save it again</source>
        <translation>引用了工作簿的共享文本，但工作簿中没有（缺少 xl/sharedStrings.xml）：工作簿已损坏；请在 Excel 中打开并重新保存</translation>
    </message>
    <message>
        <source>not valid XML (line {lineno}: {messages})</source>
        <translation>不是有效的 XML（第 {lineno} 行：{messages}）</translation>
    </message>
</context>
<context>
    <name>placing</name>
    <message>
        <source>positions were spread ×{factor:.3g} (the file&apos;s nodes sit closer together than a node is wide); the picture&apos;s shape is kept</source>
        <translation>位置被放大了 ×{factor:.3g}（文件中的节点彼此间距小于节点宽度）；图形的形状保持不变</translation>
    </message>
    <message>
        <source>the file gives no node a position: every node was placed by the auto-layout</source>
        <translation>文件没有给出任何节点的位置：所有节点已由自动布局放置</translation>
    </message>
    <message>
        <source>all {count} nodes sit on one spot ({x:g}, {y:g}): every node was placed by the auto-layout</source>
        <translation>全部 {count} 个节点都在同一位置 ({x:g}, {y:g})：所有节点已由自动布局放置</translation>
    </message>
    <message>
        <source>{count} node{s} without a position ({names}): placed beside the map by the auto-layout</source>
        <translation>{count} 个没有位置的节点（{names}）：已由自动布局放在图旁边</translation>
    </message>
    <message>
        <source>{count} node{s} sat on the same spot as another ({names}): moved beside it</source>
        <translation>{count} 个节点与另一个节点位于同一位置（{names}）：已移到它旁边</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>there is no preset {name!r}; valid presets: {presets}</source>
        <translation>没有预设 {name!r}；有效的预设：{presets}</translation>
    </message>
</context>
<context>
    <name>prim</name>
    <message>
        <source>{name} is {value}</source>
        <translation>{name} 为 {value}</translation>
    </message>
    <message>
        <source>{name} is {values} or {last}</source>
        <translation>{name} 为 {values} 或 {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} between {low:.2f} and {high:.2f}</source>
        <translation>{name} 介于 {low:.2f} 与 {high:.2f} 之间</translation>
    </message>
    <message>
        <source>any conditions</source>
        <translation>任意条件</translation>
    </message>
    <message>
        <source>1 more condition</source>
        <translation>另 1 个条件</translation>
    </message>
    <message>
        <source>{count} more conditions</source>
        <translation>另 {count} 个条件</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left} 且 {right}</translation>
    </message>
</context>
<context>
    <name>ratings</name>
    <message>
        <source>left out {count} rating{s} marked Unsure, as FCMpy does (each of those experts still counts in the terms&apos; shares)</source>
        <translation>与 FCMpy 一样略去了 {count} 条标为 Unsure 的评分（这些专家仍计入各术语的占比）</translation>
    </message>
    <message>
        <source>{cell!r} is not a term (VH, H, M, L, VL, NA or &apos;no causality&apos;)</source>
        <translation>{cell!r} 不是评分术语（VH、H、M、L、VL、NA 或 &apos;no causality&apos;）</translation>
    </message>
    <message>
        <source>found no expert-rating sheet (From, To and term columns such as -VH ... +VH)</source>
        <translation>没有找到专家评分工作表（From、To 及 -VH ... +VH 等术语列）</translation>
    </message>
    <message>
        <source>{count} expert sheets ({sheets})</source>
        <translation>{count} 个专家工作表（{sheets}）</translation>
    </message>
    <message>
        <source>no expert sheet called {participants!r} (sheets: {sheets})</source>
        <translation>没有名为 {participants!r} 的专家工作表（工作表：{sheets}）</translation>
    </message>
    <message>
        <source>{count} expert sheets: imported only {next!r}, as asked</source>
        <translation>{count} 个专家工作表：按要求只导入了 {next!r}</translation>
    </message>
    <message>
        <source>each expert is a participant of the model</source>
        <translation>每位专家都是模型的一位参与者</translation>
    </message>
    <message>
        <source>the experts were not kept as participants (import the file again and choose “Every sheet as a participant” when Windtunnel asks about the sheets)</source>
        <translation>专家未作为参与者保留（重新导入该文件，并在 Windtunnel 询问这些工作表时选择“每个工作表作为一位参与者”）</translation>
    </message>
    <message>
        <source>the experts were not kept as participants (import with --participants keep)</source>
        <translation>专家未作为参与者保留（请用 --participants keep 导入）</translation>
    </message>
    <message>
        <source>{count} expert sheets ({sheets}{sheets2}): weights are FCMpy&apos;s aggregate (term triangles capped by each term&apos;s share of the experts, combined by their maximum, centroid); {kept}</source>
        <translation>{count} 个专家工作表（{sheets}{sheets2}）：权重为 FCMpy 的汇总（各术语三角形按该术语在专家中的占比截顶，取最大值合并，求重心）；{kept}</translation>
    </message>
    <message>
        <source>read {count} rating{s} marked Unsure that also chose a term as that term, as FCMpy does (it leaves out the Unsure mark, not the term)</source>
        <translation>与 FCMpy 一样，将 {count} 条标为 Unsure 但也选了术语的评分按该术语读取（FCMpy 略去的是 Unsure 标记，而不是术语）</translation>
    </message>
    <message>
        <source>skipped {loops} rating{s} of a concept&apos;s influence on itself</source>
        <translation>跳过了 {loops} 条概念对自身影响的评分</translation>
    </message>
    <message>
        <source>{cancelled} rated pair{s} came to 0 (the experts&apos; ratings cancel out): no edge</source>
        <translation>{cancelled} 个被评分的概念对结果为 0（专家的评分相互抵消）：没有边</translation>
    </message>
    <message>
        <source>{unsure} rating{s} shared between terms: each expert keeps the term with the larger share, so the map&apos;s weights change slightly if the aggregate is recomputed</source>
        <translation>{unsure} 条评分在术语之间各占一部分：每位专家保留占比较大的术语，因此重新计算汇总时图的权重会略有变化</translation>
    </message>
    <message>
        <source>has no From or To concept</source>
        <translation>没有 From 或 To 概念</translation>
    </message>
    <message>
        <source>not FCMpy expert ratings (expected {expert: [rows]})</source>
        <translation>不是 FCMpy 专家评分（应为 {expert: [rows]}）</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>the workbook is encrypted (protected by a password to open); open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>工作簿已加密（打开需要密码）；请在 Excel 中打开，删除密码（文件 &gt; 信息 &gt; 保护工作簿）后重新保存</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls); save it as .xlsx</source>
        <translation>这是旧的二进制 Excel 文件（.xls）；请另存为 .xlsx</translation>
    </message>
    <message>
        <source>the workbook is cut short (its zip archive has no end): it was not saved, copied or downloaded in full; get the file again</source>
        <translation>工作簿不完整（其 zip 压缩包没有结尾）：它没有被完整地保存、复制或下载；请重新获取该文件</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (it is not a zip archive)</source>
        <translation>不是 .xlsx 工作簿（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>the workbook has {count} sheets to read; the limit is {sheets}</source>
        <translation>工作簿有 {count} 个要读取的工作表；上限为 {sheets}</translation>
    </message>
    <message>
        <source>sheets {first} and {second}</source>
        <translation>工作表 {first} 和 {second}</translation>
    </message>
    <message>
        <source>two sheets are named {name!r}; a workbook&apos;s sheet names must differ (Excel ignores case): rename one</source>
        <translation>有两个工作表都名为 {name!r}；工作簿的工作表名称必须不同（Excel 不区分大小写）：请重命名其中一个</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>{origin}, through {path}</source>
        <translation>{origin}，经由 {path}</translation>
    </message>
    <message>
        <source>earlier changes arriving through {path}</source>
        <translation>经由 {path} 传来的先前变化</translation>
    </message>
    <message>
        <source>{path}, set by the scenario</source>
        <translation>{path}（由情景设定）</translation>
    </message>
    <message>
        <source>it</source>
        <translation>其自身</translation>
    </message>
    <message>
        <source> (and {extra} smaller routes through {via})</source>
        <translation>（另有 {extra} 条经由 {via} 的较小路径）</translation>
    </message>
    <message>
        <source> (and {extra} smaller route through {via})</source>
        <translation>（另有 {extra} 条经由 {via} 的较小路径）</translation>
    </message>
    <message>
        <source>via {via} ({count} routes; largest: {route})</source>
        <translation>经由 {via}（{count} 条路径；最大：{route}）</translation>
    </message>
    <message>
        <source>via {via} ({count} routes)</source>
        <translation>经由 {via}（{count} 条路径）</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>无其他</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} other routes</source>
        <translation>其他 {count} 条路径</translation>
    </message>
    <message>
        <source>{count} other route</source>
        <translation>其他 {count} 条路径</translation>
    </message>
    <message>
        <source> (via {names})</source>
        <translation>（经由 {names}）</translation>
    </message>
    <message>
        <source>{name} (lever, Shapley share)</source>
        <translation>{name}（杠杆，Shapley 份额）</translation>
    </message>
    <message>
        <source>{count} other levers ({names})</source>
        <translation>其他 {count} 个杠杆（{names}）</translation>
    </message>
    <message>
        <source>{count} other lever ({names})</source>
        <translation>其他 {count} 个杠杆（{names}）</translation>
    </message>
</context>
<context>
    <name>regular_files</name>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（命名管道）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>no result for scenario {key!r}; valid: {valid}</source>
        <translation>没有情景 {key!r} 的结果；有效的：{valid}</translation>
    </message>
    <message>
        <source>there is no node {node_id!r}; valid nodes: {node_ids}</source>
        <translation>没有节点 {node_id!r}；有效节点：{node_ids}</translation>
    </message>
    <message>
        <source>unknown view {view!r}; valid views: {builders}</source>
        <translation>未知视图 {view!r}；有效视图：{builders}</translation>
    </message>
</context>
<context>
    <name>resultsbook</name>
    <message>
        <source>No scenarios yet: the baseline alone was run. Add a scenario (a policy option as lever settings) to see changes from the baseline.</source>
        <translation>尚无情景：只运行了基线。添加一个情景（以杠杆设置表示的政策方案）即可查看相对基线的变化。</translation>
    </message>
    <message>
        <source>what was run: model, version, settings, seed, samples, verdicts, hash</source>
        <translation>运行内容：模型、版本、设置、随机种子、样本、判定、哈希</translation>
    </message>
    <message>
        <source>every node&apos;s change from baseline at the end, per scenario, largest first</source>
        <translation>每个情景下各节点在结束时相对基线的变化，从大到小</translation>
    </message>
    <message>
        <source>objectives x scenarios: change, met or not, probability met</source>
        <translation>目标 x 情景：变化、是否达成、达成概率</translation>
    </message>
    <message>
        <source>S1, S2, ...</source>
        <translation>S1、S2、……</translation>
    </message>
    <message>
        <source>one sheet per scenario: charts, then change, scenario and baseline trajectories per node and step</source>
        <translation>每个情景一个工作表：图表，然后是各节点各步的变化、情景与基线轨迹</translation>
    </message>
    <message>
        <source>Monte Carlo percentiles of the final change, per scenario and node</source>
        <translation>按情景和节点列出最终变化的蒙特卡洛百分位数</translation>
    </message>
    <message>
        <source>why the objective nodes changed: at most five reasons and the named rest, and each lever&apos;s share; each adds up to the change</source>
        <translation>目标节点为何变化：最多五个原因及具名的其余部分，以及每个杠杆的份额；各自合计等于该变化</translation>
    </message>
    <message>
        <source>feedback loops with polarity (reinforcing / balancing)</source>
        <translation>带极性（增强 / 平衡）的反馈回路</translation>
    </message>
    <message>
        <source>per-node structure: degrees, centrality, role, betweenness</source>
        <translation>各节点的结构：度、中心性、角色、介数</translation>
    </message>
    <message>
        <source>with participants: how their ratings were aggregated, and each rated edge&apos;s disagreement (spread, range, signs, entropy)</source>
        <translation>有参与者时：其评分如何汇总，以及每条被评分边的分歧（离散度、范围、符号、熵）</translation>
    </message>
    <message>
        <source>with participants: every scenario&apos;s change on each participant&apos;s map, how many maps say rise or fall, objectives met per map</source>
        <translation>有参与者时：每个情景在每位参与者的图上的变化、多少张图显示上升或下降、每张图的目标达成情况</translation>
    </message>
    <message>
        <source>the model itself, in the file format&apos;s own words (the Edges sheet is the assumption register; Participants and Ratings carry who rated what); edit and re-import with windtunnel import</source>
        <translation>模型本身，使用文件格式原有的名称（Edges 工作表是假设登记册；Participants 与 Ratings 记录谁评了什么）；可编辑后用 windtunnel import 重新导入</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>回路</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>按参与者</translation>
    </message>
    <message>
        <source>{kind} {share}</source>
        <translation>{kind} {share}</translation>
    </message>
    <message>
        <source>Windtunnel results workbook</source>
        <translation>Windtunnel 结果工作簿</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <source>Model hash (SHA-256)</source>
        <translation>模型哈希 (SHA-256)</translation>
    </message>
    <message>
        <source>of the model&apos;s .wtm text: equal to the file&apos;s hash when Windtunnel saved it</source>
        <translation>模型 .wtm 文本的哈希：由 Windtunnel 保存的文件与其文件哈希相同</translation>
    </message>
    <message>
        <source>Windtunnel version</source>
        <translation>Windtunnel 版本</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>创建时间 (UTC)</translation>
    </message>
    <message>
        <source>Nodes / edges</source>
        <translation>节点 / 边</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>time unit: {unit}</source>
        <translation>时间单位：{unit}</translation>
    </message>
    <message>
        <source>Inference rule</source>
        <translation>推理规则</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>steepness (lambda) {steepness}</source>
        <translation>陡度 (lambda) {steepness}</translation>
    </message>
    <message>
        <source>Start vector</source>
        <translation>初始向量</translation>
    </message>
    <message>
        <source>Driver nodes</source>
        <translation>驱动节点</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>largest change {relation} {tolerance}</source>
        <translation>最大变化 {relation} {tolerance}</translation>
    </message>
    <message>
        <source>judged on {nodes}</source>
        <translation>判定依据：{nodes}</translation>
    </message>
    <message>
        <source>all nodes</source>
        <translation>所有节点</translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Initial state counts as a step</source>
        <translation>初始状态计为一步</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>蒙特卡洛样本数</translation>
    </message>
    <message>
        <source>0: no uncertainty analysis</source>
        <translation>0：不做不确定性分析</translation>
    </message>
    <message>
        <source>Monte Carlo samples draw</source>
        <translation>蒙特卡洛样本抽取</translation>
    </message>
    <message>
        <source>weights: between their bounds; participants: a participant&apos;s map, by credibility</source>
        <translation>权重：在其边界之间抽取；参与者：按可信度抽取一位参与者的图</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation>相同的随机种子给出相同的数值</translation>
    </message>
    <message>
        <source>Monte Carlo arithmetic</source>
        <translation>蒙特卡洛运算精度</translation>
    </message>
    <message>
        <source>float32 bands agree with float64&apos;s within 1e-6</source>
        <translation>float32 区间与 float64 区间相差在 1e-6 以内</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Monte Carlo verdicts</source>
        <translation>蒙特卡洛判定</translation>
    </message>
    <message>
        <source>Is the answer the only one?</source>
        <translation>答案是唯一的吗？</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Model statistics</source>
        <translation>模型统计</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>The model has no objectives: add some to score scenarios.</source>
        <translation>模型没有目标：请添加目标以便为情景评分。</translation>
    </message>
    <message>
        <source>Score: importance-weighted share of objectives met</source>
        <translation>得分：按重要性加权的目标达成比例</translation>
    </message>
    <message>
        <source>zeros included</source>
        <translation>包含零值</translation>
    </message>
    <message>
        <source>zeros ignored</source>
        <translation>忽略零值</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>From ID</source>
        <translation>起点 ID</translation>
    </message>
    <message>
        <source>To ID</source>
        <translation>终点 ID</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>评分人数</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>边</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>提高</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>降低</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <source>Sign conflict</source>
        <translation>符号冲突</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>{count} participants; the map&apos;s weights are their aggregate: {method}. Their ratings are on the Ratings sheet.</source>
        <translation>{count} 位参与者；图的权重是他们评分的汇总：{method}。评分见 Ratings 工作表。</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>节点 ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Rises on</source>
        <translation>上升的图数</translation>
    </message>
    <message>
        <source>Falls on</source>
        <translation>下降的图数</translation>
    </message>
    <message>
        <source>No change on</source>
        <translation>无变化的图数</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>No scenarios: nothing to compare across participants.</source>
        <translation>没有情景：参与者之间没有可比较的内容。</translation>
    </message>
    <message>
        <source>Objectives met, per participant&apos;s map</source>
        <translation>按参与者的图统计的目标达成情况</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>达成的图数</translation>
    </message>
    <message>
        <source>{met} of {count}</source>
        <translation>{count} 中的 {met}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>终值</translation>
    </message>
    <message>
        <source>{verdict}. {description}</source>
        <translation>{verdict}。{description}</translation>
    </message>
    <message>
        <source>{verdict}.</source>
        <translation>{verdict}。</translation>
    </message>
    <message>
        <source>Step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>change P{level}</source>
        <translation>变化 P{level}</translation>
    </message>
    <message>
        <source>Change from baseline: top outcomes</source>
        <translation>相对基线的变化：主要结果</translation>
    </message>
    <message>
        <source>Levels: scenario (solid) and baseline (dashed)</source>
        <translation>水平：情景（实线）与基线（虚线）</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>{node} (baseline)</source>
        <translation>{node}（基线）</translation>
    </message>
    <message>
        <source>{node}: change with its 5-95% band</source>
        <translation>{node}：变化及其 5-95% 区间</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Baseline (end)</source>
        <translation>基线（终值）</translation>
    </message>
    <message>
        <source>Largest |change|</source>
        <translation>最大 |变化|</translation>
    </message>
    <message>
        <source>Objective ID</source>
        <translation>目标 ID</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>{scenario}: change</source>
        <translation>{scenario}：变化</translation>
    </message>
    <message>
        <source>{scenario}: met</source>
        <translation>{scenario}：是否达成</translation>
    </message>
    <message>
        <source>{scenario}: P(met)</source>
        <translation>{scenario}：P(达成)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>P(increase)</source>
        <translation>P(上升)</translation>
    </message>
    <message>
        <source>The Monte Carlo results were left out: they describe an earlier version of the model. For uncertainty bands, run Monte Carlo again (Analysis &gt; Run Monte Carlo) and export again.</source>
        <translation>未包含蒙特卡洛结果：它们描述的是模型的较早版本。如需不确定性区间带，请再次运行蒙特卡洛（“分析 &gt; 运行蒙特卡洛”），然后重新导出。</translation>
    </message>
    <message>
        <source>No Monte Carlo samples in this run. For uncertainty bands, run Monte Carlo (in the app: Analysis &gt; Run Monte Carlo; on the command line: windtunnel run --samples 1000) and export again.</source>
        <translation>此次运行没有蒙特卡洛样本。如需不确定性区间带，请运行蒙特卡洛（在应用中：“分析 &gt; 运行蒙特卡洛”；在命令行中：windtunnel run --samples 1000），然后重新导出。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视角</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>途径</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路径数</translation>
    </message>
    <message>
        <source>Nothing to explain: no scenario moved an objective node.</source>
        <translation>没有可解释的内容：没有情景推动目标节点。</translation>
    </message>
    <message>
        <source>Changes at the last {unit}. The reasons and the rest add up to the change, and so do the levers&apos; shares (Shapley values: each lever&apos;s average added change over every order in which the levers could be set); the rest names the routes it holds. windtunnel explain shows more (by input edge, every route).</source>
        <translation>最后一个{unit}的变化。原因与其余部分合计等于该变化，各杠杆的份额（沙普利值：在杠杆所有可能的设置顺序上，每个杠杆平均增加的变化）合计也等于该变化；其余部分列出其包含的路径。windtunnel explain 显示更多内容（按输入边、每条路径）。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>回路</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>极性</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Member IDs</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <source>No feedback loops.</source>
        <translation>没有反馈回路。</translation>
    </message>
    <message>
        <source>Search: {note}.</source>
        <translation>搜索：{note}。</translation>
    </message>
    <message>
        <source>In edges</source>
        <translation>入边</translation>
    </message>
    <message>
        <source>Out edges</source>
        <translation>出边</translation>
    </message>
    <message>
        <source>Indegree</source>
        <translation>入度</translation>
    </message>
    <message>
        <source>Outdegree</source>
        <translation>出度</translation>
    </message>
    <message>
        <source>Centrality</source>
        <translation>中心性</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>介数</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>weights and participants</source>
        <translation>权重与参与者</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>其余</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>limit cycle</source>
        <translation>极限环</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>未收敛</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>边列表</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>edges per node</source>
        <translation>每个节点的边数</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>驱动节点</translation>
    </message>
    <message>
        <source>receivers</source>
        <translation>接收节点</translation>
    </message>
    <message>
        <source>ordinary nodes</source>
        <translation>普通节点</translation>
    </message>
    <message>
        <source>complexity (receivers / drivers)</source>
        <translation>复杂度（接收 / 驱动）</translation>
    </message>
    <message>
        <source>hierarchy index</source>
        <translation>层级指数</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>both are {kind} sheets by their names; Windtunnel reads one {kind} sheet and would drop the other&apos;s rows: move them into one sheet, or rename the sheet that is not meant to be read</source>
        <translation>按名称看两者都是 {kind} 工作表；Windtunnel 只读取一个 {kind} 工作表，会丢掉另一个的行：请把行移到同一个工作表，或重命名不打算读取的工作表</translation>
    </message>
    <message>
        <source>the column label {label!r} heads {count} columns ({columns}); Windtunnel reads one column of each kind: rename or remove the others</source>
        <translation>列标题 {label!r} 出现在 {count} 列（{columns}）；Windtunnel 每种列只读一列：请重命名或删除其他列</translation>
    </message>
    <message>
        <source>holds the times when each row&apos;s node or edge exists (Gephi&apos;s timeset); those times were not kept: a map has no time line, so every row was read as if it always existed</source>
        <translation>包含每行的节点或边存在的时间（Gephi 的 timeset）；这些时间没有保留：图没有时间轴，所以每一行都按始终存在读入</translation>
    </message>
    <message>
        <source>ignored node attribute {names}</source>
        <translation>已忽略节点属性 {names}</translation>
    </message>
    <message>
        <source>ignored node attributes {names}</source>
        <translation>已忽略节点属性 {names}</translation>
    </message>
    <message>
        <source>ignored edge attribute {names}</source>
        <translation>已忽略边属性 {names}</translation>
    </message>
    <message>
        <source>ignored edge attributes {names}</source>
        <translation>已忽略边属性 {names}</translation>
    </message>
    <message>
        <source>ignored column {names}</source>
        <translation>已忽略列 {names}</translation>
    </message>
    <message>
        <source>ignored columns {names}</source>
        <translation>已忽略列 {names}</translation>
    </message>
    <message>
        <source>used edge attribute {names} to tell parallel edges apart: the rationale of the edge they merged into gives each edge&apos;s value</source>
        <translation>已用边属性 {names} 区分平行边：合并后的边的理由写明了每条边的值</translation>
    </message>
    <message>
        <source>used edge attributes {names} to tell parallel edges apart: the rationale of the edge they merged into gives each edge&apos;s values</source>
        <translation>已用边属性 {names} 区分平行边：合并后的边的理由写明了每条边的各项值</translation>
    </message>
    <message>
        <source>used column {names} to tell parallel edges apart: the rationale of the edge they merged into gives each row&apos;s value</source>
        <translation>已用列 {names} 区分平行边：合并后的边的理由写明了每一行的值</translation>
    </message>
    <message>
        <source>used columns {names} to tell parallel edges apart: the rationale of the edge they merged into gives each row&apos;s values</source>
        <translation>已用列 {names} 区分平行边：合并后的边的理由写明了每一行的各项值</translation>
    </message>
    <message>
        <source>holds the error value {text}; replace it by the text it should show</source>
        <translation>含有错误值 {text}；请替换为它本应显示的文本</translation>
    </message>
    <message>
        <source>the formula {formula!r} was imported as plain text</source>
        <translation>公式 {formula!r} 作为纯文本导入</translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}：{message}</translation>
    </message>
    <message>
        <source>{place}: {left!r} where {read!r} is shown</source>
        <translation>{place}：{left!r}（显示的是 {read!r}）</translation>
    </message>
    <message>
        <source>ignored {word} attribute {left!r} where attribute {read!r} is given: both name the same, and they differ for {count} {word}{s} ({rows}{more}); the map shows {read!r}</source>
        <translation>已有属性 {read!r}，因此忽略属性 {left!r}：两者表示同一内容，但有 {count} 个元素不一致（{rows}{more}）；图上显示的是 {read!r}</translation>
    </message>
    <message>
        <source>ignored column {left!r} where column {read!r} is filled in: both name the same, and they differ in {count} row{s} ({rows}{more}); the map shows {read!r}</source>
        <translation>已填写列 {read!r}，因此忽略列 {left!r}：两者表示同一内容，但有 {count} 行不一致（{rows}{more}）；图上显示的是 {read!r}</translation>
    </message>
    <message>
        <source>{count} {word}{s} without attribute {read!r} took {left!r} as {read!r}</source>
        <translation>{count} 个没有属性 {read!r} 的元素以 {left!r} 作为 {read!r}</translation>
    </message>
    <message>
        <source>{count} row{s} with column {read!r} empty took column {left!r} as {read!r}</source>
        <translation>{count} 行的列 {read!r} 为空，以列 {left!r} 作为 {read!r}</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>there is no scenario {key!r}; valid scenarios: {valid}</source>
        <translation>没有情景 {key!r}；有效情景：{valid}</translation>
    </message>
    <message>
        <source>{key!r} is the label of {count} scenarios ({ids}); give the id of the one meant</source>
        <translation>{key!r} 是 {count} 个情景（{ids}）的标签；请给出所指情景的 ID</translation>
    </message>
    <message>
        <source>{key!r} is the label of {count} nodes ({ids}); give the id of the one meant</source>
        <translation>{key!r} 是 {count} 个节点（{ids}）的标签；请给出所指节点的 ID</translation>
    </message>
    <message>
        <source>there is no node {key!r}; valid nodes: {valid}</source>
        <translation>没有节点 {key!r}；有效节点：{valid}</translation>
    </message>
    <message>
        <source>{samples} is not a whole number from 0 to {max_samples:,}</source>
        <translation>{samples} 不是 0 到 {max_samples:,} 之间的整数</translation>
    </message>
    <message>
        <source>{sample} is not one of {kinds}</source>
        <translation>{sample} 不是 {kinds} 之一</translation>
    </message>
    <message>
        <source>sampling participants needs a model with participants</source>
        <translation>抽取参与者需要一个有参与者的模型</translation>
    </message>
    <message>
        <source>run scenarios and print the largest changes</source>
        <translation>运行情景并输出最大的变化</translation>
    </message>
    <message>
        <source>Run the baseline and scenarios of a model; print the largest changes from baseline per scenario, the verdicts and the objectives scorecard.</source>
        <translation>运行模型的基线和各情景；输出每个情景相对基线的最大变化、运行结论以及目标计分卡。</translation>
    </message>
    <message>
        <source>a scenario id or label (repeat for several; default: all)</source>
        <translation>情景 id 或标签（可重复以指定多个；默认：全部）</translation>
    </message>
    <message>
        <source>Monte Carlo samples of uncertain edge weights (default 0: none)</source>
        <translation>不确定边权重的蒙特卡洛样本数（默认 0：不抽样）</translation>
    </message>
    <message>
        <source>what each Monte Carlo sample draws: the uncertain edge weights (default), one participant&apos;s map, drawn by credibility (participants), or such a map with its weights then drawn within bounds (both)</source>
        <translation>每个蒙特卡洛样本抽取什么：不确定的边权重（默认）、按可信度抽取的一位参与者的图（participants），或这样一张图再在界限内抽取其权重（both）</translation>
    </message>
    <message>
        <source>Monte Carlo in float32: faster for large runs, bands within 1e-6 of float64&apos;s (default: the model&apos;s setting)</source>
        <translation>以 float32 运行蒙特卡洛：大型运行更快，区间带与 float64 相差不超过 1e-6（默认：模型的设置）</translation>
    </message>
    <message>
        <source>number of steps (default: the model&apos;s)</source>
        <translation>步数（默认：模型的步数）</translation>
    </message>
    <message>
        <source>nodes listed per scenario (default 10)</source>
        <translation>每个情景列出的节点数（默认 10）</translation>
    </message>
    <message>
        <source>also run every scenario on each participant&apos;s map and say how many maps agree (the model must have participants)</source>
        <translation>同时在每位参与者的图上运行每个情景，并说明有多少张图结论一致（模型必须有参与者）</translation>
    </message>
    <message>
        <source>also print guaranteed ranges of the objectives&apos; nodes for every weight anywhere in its low..high range</source>
        <translation>同时输出各目标节点在每个权重取遍其 low..high 范围时的保证区间</translation>
    </message>
    <message>
        <source>also write the results; the suffix picks the format (.csv table, .xlsx workbook)</source>
        <translation>同时写出结果；后缀决定格式（.csv 表格、.xlsx 工作簿）</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙特卡洛</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已写入 {out}</translation>
    </message>
    <message>
        <source>across {count} participants&apos; maps:</source>
        <translation>在 {count} 名参与者的图上：</translation>
    </message>
    <message>
        <source>scenario {id} ({label}):</source>
        <translation>情景 {id}（{label}）：</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>shared map</source>
        <translation>共享图</translation>
    </message>
    <message>
        <source>rises on</source>
        <translation>上升的图</translation>
    </message>
    <message>
        <source>falls on</source>
        <translation>下降的图</translation>
    </message>
    <message>
        <source>range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>no node changes on the shared map</source>
        <translation>共享图上没有节点变化</translation>
    </message>
    <message>
        <source>{objective}: met on {met} of {count} maps</source>
        <translation>{objective}：{count} 张图中 {met} 张达成</translation>
    </message>
    <message>
        <source>(not: {names})</source>
        <translation>（未达成：{names}）</translation>
    </message>
    <message>
        <source>{part} of {count}</source>
        <translation>{part}/{count}</translation>
    </message>
    <message>
        <source>run with the conventions of another FCM tool instead of the model&apos;s settings</source>
        <translation>使用另一个 FCM 工具的约定运行，而不是模型的设置</translation>
    </message>
    <message>
        <source>--out {path}: unknown file type {suffix}; use {known}</source>
        <translation>--out {path}：未知的文件类型 {suffix}；请使用 {known}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>trust (is the answer the only one?):</source>
        <translation>可信度（答案是否唯一？）：</translation>
    </message>
    <message>
        <source>no objectives: no guaranteed ranges to show</source>
        <translation>没有目标：没有可显示的保证范围</translation>
    </message>
    <message>
        <source>guaranteed ranges at the last step, for every weight anywhere in its low..high range (conservative):</source>
        <translation>最后一步的保证范围，适用于每个权重在其下限..上限范围内的任何取值（保守估计）：</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>baseline: {verdict}</source>
        <translation>基线：{verdict}</translation>
    </message>
    <message>
        <source>no scenarios in this model</source>
        <translation>此模型中没有情景</translation>
    </message>
    <message>
        <source>scenario {id} ({label}): {verdict}</source>
        <translation>情景 {id}（{label}）：{verdict}</translation>
    </message>
    <message>
        <source>no node changes from baseline</source>
        <translation>没有节点相对基线变化</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>P(up)</source>
        <translation>上升概率</translation>
    </message>
    <message>
        <source>objectives:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>wants</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>P(met)</source>
        <translation>达成概率</translation>
    </message>
    <message>
        <source>{title}: {steps} {unit}s, rule {rule}, {activation} (lambda {steepness}), start {start}, drivers {drivers}</source>
        <translation>{title}：{steps} {unit}，规则 {rule}，{activation}（lambda {steepness}），起点 {start}，驱动节点 {drivers}</translation>
    </message>
    <message>
        <source>{samples} samples of participants&apos; maps, seed {seed}</source>
        <translation>{samples} 个参与者图的样本，随机种子 {seed}</translation>
    </message>
    <message>
        <source>{samples} samples of participants&apos; maps and their weights, seed {seed}</source>
        <translation>{samples} 个参与者图及其权重的样本，随机种子 {seed}</translation>
    </message>
    <message>
        <source>{samples} samples, seed {seed}</source>
        <translation>{samples} 个样本，随机种子 {seed}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>scenarios_sheet</name>
    <message>
        <source>a second scenario {id!r} (the first is on row {row})</source>
        <translation>第二个情景 {id!r}（第一个在第 {row} 行）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>{scenario!r} is not a scenario on the Scenarios sheet</source>
        <translation>{scenario!r} 不是 Scenarios 工作表上的情景</translation>
    </message>
</context>
<context>
    <name>sensitivity</name>
    <message>
        <source>there is no objective {objective!r}; valid objectives: {valid}</source>
        <translation>没有目标 {objective!r}；有效目标：{valid}</translation>
    </message>
    <message>
        <source>{objective!r} is the label of {count} objectives ({ids}); give the id of the one meant</source>
        <translation>{objective!r} 是 {count} 个目标（{ids}）的标签；请给出所指目标的 ID</translation>
    </message>
    <message>
        <source>which edge weights and levers move an objective most</source>
        <translation>哪些边权重和杠杆对目标影响最大</translation>
    </message>
    <message>
        <source>Tornado of edge weights (each at its low and high bound) and lever elasticities for one objective in one scenario.</source>
        <translation>一个情景中某一目标的边权重龙卷风图（每个权重取其下界和上界）及杠杆弹性。</translation>
    </message>
    <message>
        <source>a scenario id or label</source>
        <translation>情景 id 或标签</translation>
    </message>
    <message>
        <source>an objective id or label</source>
        <translation>目标 id 或标签</translation>
    </message>
    <message>
        <source>tornado bars and levers listed (default 15)</source>
        <translation>列出的龙卷风条和杠杆数（默认 15）</translation>
    </message>
    <message>
        <source>also write every tornado bar as a CSV table</source>
        <translation>同时将每条龙卷风条写为 CSV 表</translation>
    </message>
    <message>
        <source>--out {out}: the tornado is written as .csv</source>
        <translation>--out {out}：龙卷风图以 .csv 格式写出</translation>
    </message>
    <message>
        <source>tornado</source>
        <translation>龙卷风图</translation>
    </message>
    <message>
        <source>levers</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已写入 {out}</translation>
    </message>
    <message>
        <source>objective {objective} in scenario {scenario}: change from baseline at the last step {change}</source>
        <translation>情景 {scenario} 中的目标 {objective}：最后一步相对基线的变化 {change}</translation>
    </message>
    <message>
        <source>tornado (edge weight at its low and high bound, widest swing first):</source>
        <translation>龙卷风图（边权重取其下限和上限，摆幅最大的在前）：</translation>
    </message>
    <message>
        <source>the model has no edges</source>
        <translation>模型没有边</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>边</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>value at low</source>
        <translation>下限时的值</translation>
    </message>
    <message>
        <source>value at high</source>
        <translation>上限时的值</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>摆幅</translation>
    </message>
    <message>
        <source>... and {count} more edges (--top, or --out FILE.csv)</source>
        <translation>……另有 {count} 条边（--top，或 --out FILE.csv）</translation>
    </message>
    <message>
        <source>levers (slope of the objective value per unit of lever value):</source>
        <translation>杠杆（杠杆值每变化一个单位时目标值的斜率）：</translation>
    </message>
    <message>
        <source>the model has no levers (restriction nodes)</source>
        <translation>模型没有杠杆（限制措施节点）</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>效应</translation>
    </message>
    <message>
        <source>elasticity</source>
        <translation>弹性</translation>
    </message>
</context>
<context>
    <name>shared_labels</name>
    <message>
        <source>{label!r} (ids {ids})</source>
        <translation>{label!r}（ID {ids}）</translation>
    </message>
    <message>
        <source>{count:,} label(s) carried by more than one node, kept as separate nodes that look alike on the map: {labels}</source>
        <translation>有 {count:,} 个标签被多个节点共用，这些节点保留为各自独立的节点，但在图上看起来一样：{labels}</translation>
    </message>
</context>
<context>
    <name>sheet_roles</name>
    <message>
        <source>the sheet of nodes chosen, {sheet!r}, is no sheet whose Label column lists nodes the edges join (those that do: {names})</source>
        <translation>所选的节点工作表 {sheet!r} 不是其 Label 列列出边所连接节点的工作表（这样的工作表：{names}）</translation>
    </message>
    <message>
        <source>read as the nodes (no sheet is named Nodes or Elements): its {column} column names nodes the edges join</source>
        <translation>已读作节点（没有名为 Nodes 或 Elements 的工作表）：其 {column} 列列出了边所连接的节点</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements</source>
        <translation>每个都列出边所连接的节点（有 Label 列），且都不叫 Nodes 或 Elements</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements: name the sheet of nodes Nodes, or import the file again and choose the sheet when Windtunnel asks</source>
        <translation>每个都列出边所连接的节点（有 Label 列），且都不叫 Nodes 或 Elements：请把节点工作表命名为 Nodes，或再次导入该文件，并在 Windtunnel 询问时选择该工作表</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements: name the sheet of nodes Nodes, or import with --nodes-sheet and its name</source>
        <translation>每个都列出边所连接的节点（有 Label 列），且都不叫 Nodes 或 Elements：请把节点工作表命名为 Nodes，或导入时用 --nodes-sheet 指定其名称</translation>
    </message>
</context>
<context>
    <name>story</name>
    <message>
        <source>The levers</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>{node} {moves} ({objective}: {verdict})</source>
        <translation>{node}{moves}（{objective}：{verdict}）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>First effects</source>
        <translation>第一轮影响</translation>
    </message>
    <message>
        <source>Second-round effects</source>
        <translation>第二轮影响</translation>
    </message>
    <message>
        <source>Third-round effects</source>
        <translation>第三轮影响</translation>
    </message>
    <message>
        <source>{steps} steps on</source>
        <translation>此后第 {steps} 轮</translation>
    </message>
    <message>
        <source>{node} {moves} (through {via})</source>
        <translation>{node}{moves}（经由 {via}）</translation>
    </message>
    <message>
        <source>{node} {moves}</source>
        <translation>{node}{moves}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 个</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>barely moves</source>
        <translation>几乎不变</translation>
    </message>
    <message>
        <source>rises by {amount}</source>
        <translation>上升 {amount}</translation>
    </message>
    <message>
        <source>falls by {amount}</source>
        <translation>下降 {amount}</translation>
    </message>
</context>
<context>
    <name>structure</name>
    <message>
        <source>loops longer than {length} nodes were not searched</source>
        <translation>未搜索长于 {length} 个节点的回路</translation>
    </message>
    <message>
        <source>the search stopped after {count} loops; more exist</source>
        <translation>搜索在找到 {count} 个回路后停止；还有更多</translation>
    </message>
    <message>
        <source>the search stopped after its time budget of {seconds} s with {count} loops; more may exist</source>
        <translation>搜索在 {seconds} 秒的时间预算用尽时停止，已找到 {count} 个回路；可能还有更多</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>all loops listed</source>
        <translation>已列出所有回路</translation>
    </message>
    <message>
        <source>betweenness is exact</source>
        <translation>中介中心性为精确值</translation>
    </message>
    <message>
        <source>betweenness is an estimate from {pivots} of {count} nodes as sources (pivots drawn with a fixed seed)</source>
        <translation>中介中心性是以 {count} 个节点中的 {pivots} 个为起点的估计值（枢纽以固定种子抽取）</translation>
    </message>
    <message>
        <source>give at least one actor</source>
        <translation>请至少给出一个行为体</translation>
    </message>
    <message>
        <source>{outcome!r} is also one of the actors</source>
        <translation>{outcome!r} 也是行为体之一</translation>
    </message>
    <message>
        <source>print node metrics, model statistics, loops and chokepoints</source>
        <translation>输出节点指标、模型统计、回路和瓶颈</translation>
    </message>
    <message>
        <source>Describe the structure of a model: statistics, the most central nodes, feedback loops and (with --actor and --outcome) chokepoints.</source>
        <translation>描述模型的结构：统计数据、最中心的节点、反馈回路，以及（配合 --actor 和 --outcome）瓶颈。</translation>
    </message>
    <message>
        <source>nodes and loops listed (default 15)</source>
        <translation>列出的节点和回路数（默认 15）</translation>
    </message>
    <message>
        <source>stop the loop search after this many loops (default 10000)</source>
        <translation>找到这么多回路后停止回路搜索（默认 10000）</translation>
    </message>
    <message>
        <source>longest loop searched, in nodes (default 12)</source>
        <translation>搜索的最长回路，以节点数计（默认 12）</translation>
    </message>
    <message>
        <source>estimate betweenness from K source nodes (default: exact up to 500 nodes, 250 pivots above)</source>
        <translation>从 K 个源节点估计介数（默认：500 个节点以内精确计算，以上用 250 个枢轴）</translation>
    </message>
    <message>
        <source>with --outcome: an actor whose positive paths to the outcome are cut (repeat for several)</source>
        <translation>配合 --outcome：一个行为体，其到结果的正向路径会被切断（可重复以指定多个）</translation>
    </message>
    <message>
        <source>with --actor: the outcome node of the chokepoint search</source>
        <translation>配合 --actor：瓶颈搜索的结果节点</translation>
    </message>
    <message>
        <source>also write every node&apos;s metrics as a CSV table</source>
        <translation>同时将每个节点的指标写为 CSV 表</translation>
    </message>
    <message>
        <source>--actor and --outcome go together</source>
        <translation>--actor 和 --outcome 必须一起使用</translation>
    </message>
    <message>
        <source>--out {out}: the metrics are written as .csv</source>
        <translation>--out {out}：指标以 .csv 格式写出</translation>
    </message>
    <message>
        <source>loops</source>
        <translation>回路</translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation>中介中心性</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已写入 {out}</translation>
    </message>
    <message>
        <source>{title}: {nodes} nodes, {edges} edges</source>
        <translation>{title}：{nodes} 个节点，{edges} 条边</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>drivers / receivers / ordinary</source>
        <translation>驱动节点 / 接收节点 / 普通节点</translation>
    </message>
    <message>
        <source>most central nodes ({note}):</source>
        <translation>中心性最高的节点（{note}）：</translation>
    </message>
    <message>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入边</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出边</translation>
    </message>
    <message>
        <source>indegree</source>
        <translation>入度</translation>
    </message>
    <message>
        <source>outdegree</source>
        <translation>出度</translation>
    </message>
    <message>
        <source>centrality</source>
        <translation>中心性</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>feedback loops: {count} ({reinforcing} reinforcing, {balancing} balancing); {note}</source>
        <translation>反馈回路：{count} 个（增强 {reinforcing} 个，平衡 {balancing} 个）；{note}</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>极性</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>... and {count} more (windtunnel loops lists them)</source>
        <translation>……另有 {count} 个（windtunnel loops 会列出它们）</translation>
    </message>
    <message>
        <source>chokepoints: no positive path from {actors} to {outcome}</source>
        <translation>瓶颈：从 {actors} 到 {outcome} 没有正向路径</translation>
    </message>
    <message>
        <source>chokepoints from {actors} to {outcome}: {nodes}</source>
        <translation>从 {actors} 到 {outcome} 的瓶颈：{nodes}</translation>
    </message>
    <message>
        <source>none (only direct edges)</source>
        <translation>无（只有直接的边）</translation>
    </message>
    <message>
        <source>; direct positive edges that no node removal cuts: from {actors}</source>
        <translation>；移除任何节点都切不断的直接正向边：来自 {actors}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>the file is {size:,.0f} MB; imports are at most {file_bytes} MB</source>
        <translation>文件大小为 {size:,.0f} MB；导入最大为 {file_bytes} MB</translation>
    </message>
    <message>
        <source>is {kind}, not a file to read</source>
        <translation>是{kind}，不是可读取的文件</translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation>不是有效的文件名</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>无法读取文件（{strerror}）</translation>
    </message>
    <message>
        <source>has {count:,} columns; the limit is {columns:,}</source>
        <translation>有 {count:,} 列；上限为 {columns:,}</translation>
    </message>
    <message>
        <source>the {what} has more than {cells:,} cells</source>
        <translation>{what}超过 {cells:,} 个单元格</translation>
    </message>
    <message>
        <source>the {what} has more than {rows:,} data rows</source>
        <translation>{what}超过 {rows:,} 行数据</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <source>read as the header row: the text above it ({title!r}) was taken for the sheet&apos;s title and not read</source>
        <translation>此行作为表头行读取：其上方的文字（{title!r}）被视为工作表的题目，未读取</translation>
    </message>
    <message>
        <source>the first column, without a header, numbers the rows {first:,} to {last:,}: read as row numbers, not data</source>
        <translation>没有标题的第一列为各行编号 {first:,} 至 {last:,}：已作为行号读取，而非数据</translation>
    </message>
    <message>
        <source>found neither a Nodes nor an Edges sheet (sheets: {sheets})</source>
        <translation>既没有 Nodes 工作表，也没有 Edges 工作表（工作表：{sheets}）</translation>
    </message>
    <message>
        <source>no Sources sheet: created 1 source from the cited id ({ids})</source>
        <translation>没有 Sources 工作表：已根据引用的 id 创建 1 个来源（{ids}）</translation>
    </message>
    <message>
        <source>no Sources sheet: created {count} sources from the cited ids ({ids})</source>
        <translation>没有 Sources 工作表：已根据引用的 id 创建 {count} 个来源（{ids}）</translation>
    </message>
    <message>
        <source>{key!r} is not a setting; ignored</source>
        <translation>{key!r} 不是设置项，已忽略</translation>
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation>{key}：{problem}</translation>
    </message>
    <message>
        <source>{key}: must be text of {least}-{most:,} characters</source>
        <translation>{key}：必须是 {least}-{most:,} 个字符的文本</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>is not a set of translations</source>
        <translation>不是一组翻译</translation>
    </message>
    <message>
        <source>marks {count:,} translations for review, more than the {total:,} it has</source>
        <translation>标记了 {count:,} 条待复核的译文，多于它拥有的 {total:,} 条译文</translation>
    </message>
    <message>
        <source>has no translation to review</source>
        <translation>没有需要复核的译文</translation>
    </message>
    <message>
        <source>has {count:,} languages, more than {most}</source>
        <translation>有 {count:,} 种语言，超过上限 {most}</translation>
    </message>
    <message>
        <source>is translated twice</source>
        <translation>被翻译了两次</translation>
    </message>
    <message>
        <source>{field} has no translations here (only {fields})</source>
        <translation>{field} 在此没有翻译（只有 {fields} 可翻译）</translation>
    </message>
    <message>
        <source>{tag} is not a language tag</source>
        <translation>{tag} 不是语言标签</translation>
    </message>
    <message>
        <source>{tag} is not a language tag as files write it: write {hint!r}</source>
        <translation>{tag} 不是文件中所写形式的语言标签：请写作 {hint!r}</translation>
    </message>
    <message>
        <source>{tag} is not a BCP 47 language tag (such as &apos;zh-CN&apos;, &apos;zh-HK&apos;, &apos;ja&apos;)</source>
        <translation>{tag} 不是 BCP 47 语言标签（如 &apos;zh-CN&apos;、&apos;zh-HK&apos;、&apos;ja&apos;）</translation>
    </message>
    <message>
        <source>is empty (leave the language out to show the original)</source>
        <translation>为空（要显示原文，请省略该语言）</translation>
    </message>
    <message>
        <source>holds the control character {code} at character {position}; translations are plain text</source>
        <translation>第 {position} 个字符处有控制字符 {code}；翻译应为纯文本</translation>
    </message>
    <message>
        <source>has no name: only a named group has translations</source>
        <translation>没有名称：只有有名称的组才能有翻译</translation>
    </message>
</context>
<context>
    <name>translations_sheet</name>
    <message>
        <source>a Translations sheet needs the columns {columns} (missing: {missing})</source>
        <translation>Translations 工作表需要这些列：{columns}（缺少：{missing}）</translation>
    </message>
    <message>
        <source>a group has only a {field} to translate, not {written}</source>
        <translation>组只有 {field} 可翻译，{written} 不可翻译</translation>
    </message>
    <message>
        <source>the group {field} in {language} is also given in row {row}</source>
        <translation>{language} 中的组 {field} 在第 {row} 行也已给出</translation>
    </message>
    <message>
        <source>the {field} of this {kind} in {language} is also given in row {row}</source>
        <translation>此 {kind} 在 {language} 中的 {field} 在第 {row} 行也已给出</translation>
    </message>
    <message>
        <source>the model has no edge from {source} to {target}</source>
        <translation>模型中没有从 {source} 到 {target} 的边</translation>
    </message>
    <message>
        <source>the model has no node {id}</source>
        <translation>模型中没有节点 {id}</translation>
    </message>
    <message>
        <source>the model has no scenario {id}</source>
        <translation>模型中没有情景 {id}</translation>
    </message>
    <message>
        <source>the model has no objective {id}</source>
        <translation>模型中没有目标 {id}</translation>
    </message>
    <message>
        <source>the model has no source {id}</source>
        <translation>模型中没有出处 {id}</translation>
    </message>
    <message>
        <source>the model has no participant {id}</source>
        <translation>模型中没有参与者 {id}</translation>
    </message>
    <message>
        <source>{name!r} names {count} groups ({groups}), whose names differ at most by case; write the group as its nodes do</source>
        <translation>{name!r} 指向 {count} 个名称最多只有大小写不同的组（{groups}）；请按其节点的写法写出该组</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>infinity</source>
        <translation>无穷</translation>
    </message>
    <message>
        <source>no slope bound for a step activation: uniqueness cannot be shown</source>
        <translation>阶跃激活函数没有斜率界限：无法证明唯一性</translation>
    </message>
    <message>
        <source>contraction factor {factor} {relation} 1 ({norm}-norm)</source>
        <translation>收缩系数 {factor} {relation} 1（{norm}范数）</translation>
    </message>
    <message>
        <source>the only possible answer</source>
        <translation>唯一可能的答案</translation>
    </message>
    <message>
        <source>the same answer from every start tried</source>
        <translation>所试的每个起点都得到同一答案</translation>
    </message>
    <message>
        <source>may depend on the start</source>
        <translation>可能取决于起点</translation>
    </message>
    <message>
        <source>may cycle: not settled</source>
        <translation>可能循环：尚未稳定</translation>
    </message>
    <message>
        <source>these results do not depend on the starting values</source>
        <translation>这些结果与起始值无关</translation>
    </message>
    <message>
        <source>every starting point tried gave these same results, though that is not proven for all</source>
        <translation>试过的每个起始值都得到相同的结果，但并未证明对所有起始值都如此</translation>
    </message>
    <message>
        <source>other starting values give other results: read them with care</source>
        <translation>起始值不同，结果也不同：解读时请谨慎</translation>
    </message>
    <message>
        <source>the map is still changing at the last step: run more steps before relying on them</source>
        <translation>到最后一步时图仍在变化：请先增加步数再运行，然后再依赖这些结果</translation>
    </message>
    <message>
        <source>contraction factor {factor} &lt; 1: every start ends at this answer</source>
        <translation>收缩因子 {factor} &lt; 1：每个起点都会到达这个答案</translation>
    </message>
    <message>
        <source>a step activation has no slope bound</source>
        <translation>阶跃激活函数没有斜率上界</translation>
    </message>
    <message>
        <source>factor {factor} ≥ 1</source>
        <translation>因子 {factor} ≥ 1</translation>
    </message>
    <message>
        <source>{starts} different starts end within {spread} of each other; not proven unique ({why})</source>
        <translation>{starts} 个不同起点的结果彼此相差不超过 {spread}；未证明唯一（{why}）</translation>
    </message>
    <message>
        <source>{starts} starts are still moving at the last step, up to {spread} apart at {node}; run longer to tell</source>
        <translation>{starts} 个起点在最后一步仍在变化，在 {node} 处相差最多 {spread}；请运行更长时间再判断</translation>
    </message>
    <message>
        <source>{starts} different starts settle up to {spread} apart at {node}</source>
        <translation>{starts} 个不同起点稳定后在 {node} 处相差最多 {spread}</translation>
    </message>
    <message>
        <source>unique stable fixed point ({bound})</source>
        <translation>唯一稳定不动点（{bound}）</translation>
    </message>
    <message>
        <source>not guaranteed unique ({bound}), but runs from {starts} starts end within {spread} of each other</source>
        <translation>不保证唯一（{bound}），但从 {starts} 个起点出发的运行最终彼此相差不超过 {spread}</translation>
    </message>
    <message>
        <source>not settled: runs from {starts} starts have not all converged (or entered a cycle) by the last step and end up to {spread} apart (at {node}); run longer to tell; {bound}</source>
        <translation>未稳定：从 {starts} 个起点出发的运行到最后一步并未全部收敛（或进入循环），最终相差最多 {spread}（在 {node}）；请运行更长时间再判断；{bound}</translation>
    </message>
    <message>
        <source>depends on the start: runs from {starts} starts end up to {spread} apart (at {node}); {bound}</source>
        <translation>取决于起点：从 {starts} 个起点出发的运行最终相差最多 {spread}（在 {node}）；{bound}</translation>
    </message>
</context>
<context>
    <name>unheaded</name>
    <message>
        <source>the header {header!r} is merged across columns {columns}: it heads column {first} alone, so the cells of row {rows} under its other columns were not read; unmerge it and give each column a header to read them</source>
        <translation>标题 {header!r} 跨列 {columns} 合并：它只是列 {first} 的标题，因此第 {rows} 行在其他列中的单元格未被读取；请取消合并，并给每一列加上标题以读取它们</translation>
    </message>
    <message>
        <source>the header {header!r} is merged across columns {columns}: it heads column {first} alone, so the cells of {count} rows under its other columns (rows {rows}) were not read; unmerge it and give each column a header to read them</source>
        <translation>标题 {header!r} 跨列 {columns} 合并：它只是列 {first} 的标题，因此 {count} 行（第 {rows} 行）在其他列中的单元格未被读取；请取消合并，并给每一列加上标题以读取它们</translation>
    </message>
    <message>
        <source>row {rows} holds cells in a column without a header (column {columns}): they were not read; give their column a header to read it</source>
        <translation>第 {rows} 行在没有标题的列中有单元格（列 {columns}）：这些单元格未被读取；请给它们所在的列加上标题以读取它</translation>
    </message>
    <message>
        <source>{count} rows hold cells in columns without a header (rows {rows}; columns {columns}): they were not read; give their column a header to read it</source>
        <translation>{count} 行在没有标题的列中有单元格（第 {rows} 行；列 {columns}）：这些单元格未被读取；请给它们所在的列加上标题以读取它</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>is a formula ({text}); Windtunnel never evaluates formulas: replace it by its {wanted} (Paste Special &gt; Values)</source>
        <translation>是公式（{text}）；Windtunnel 从不计算公式：请将其替换为它的{wanted}（选择性粘贴 &gt; 数值）</translation>
    </message>
    <message>
        <source>holds the error value {text}, not a {wanted}</source>
        <translation>含有错误值 {text}，而不是{wanted}</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是数</translation>
    </message>
    <message>
        <source>a whole number of about {digits:,} digits is past the largest number Windtunnel holds (about 1e308)</source>
        <translation>约 {digits:,} 位的整数超出了 Windtunnel 能容纳的最大数（约 1e308）</translation>
    </message>
    <message>
        <source>{raw!r} is not a number</source>
        <translation>{raw!r} 不是数</translation>
    </message>
    <message>
        <source>holds {text!r} in a cell the workbook marks as TRUE or FALSE: the workbook is damaged, or the program that wrote it slipped; type the cell again in Excel</source>
        <translation>工作簿标为 TRUE 或 FALSE 的单元格中是 {text!r}：工作簿已损坏，或写出它的程序出错；请在 Excel 中重新输入该单元格</translation>
    </message>
    <message>
        <source>holds {text!r} in a cell the workbook marks as a number: the workbook is damaged, or the program that wrote it slipped; type the cell again in Excel</source>
        <translation>工作簿标为数字的单元格中是 {text!r}：工作簿已损坏，或写出它的程序出错；请在 Excel 中重新输入该单元格</translation>
    </message>
    <message>
        <source>{raw!r} could be {thousands} (a comma between thousands) or {decimal} (a decimal comma); write it without the comma, or with a decimal point</source>
        <translation>{raw!r} 可以是 {thousands}（千位分隔的逗号），也可以是 {decimal}（小数逗号）；请去掉逗号，或用小数点书写</translation>
    </message>
    <message>
        <source>{raw!r} is nearer 0 than any number Windtunnel holds: write 0, or a number it can hold</source>
        <translation>{raw!r} 比 Windtunnel 能保存的任何数都更接近 0：请写成 0，或写成它能保存的数</translation>
    </message>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text} 不是有限数</translation>
    </message>
    <message>
        <source>is the number {number:g} formatted as a date: format the column as Number</source>
        <translation>是设为日期格式的数字 {number:g}：请将该列的格式设为“数值”</translation>
    </message>
    <message>
        <source>holds the time {time}, not a number (the number {number:g} formatted as a time): format the column as Number</source>
        <translation>存放的是时间 {time}，而不是数字（设为时间格式的数字 {number:g}）：请将该列的格式设为“数值”</translation>
    </message>
    <message>
        <source>holds the date {date}, not a number (a spreadsheet turns 1/2 typed into a cell into a date, and shows any number in a column formatted as dates as one): format the column as Number and type the value again</source>
        <translation>存放的是日期 {date}，而不是数字（电子表格会把单元格中输入的 1/2 变成日期，设为日期格式的列也会把数字显示为日期）：请将该列的格式设为“数值”，并重新输入该值</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整数</translation>
    </message>
    <message>
        <source>{word!r} is not yes/no or true/false</source>
        <translation>{word!r} 不是 yes/no 或 true/false</translation>
    </message>
    <message>
        <source>{strip!r} is a weight that changes over time (Gephi&apos;s dynamic weight); Windtunnel needs one number per edge</source>
        <translation>{strip!r} 是随时间变化的权重（Gephi 的动态权重）；Windtunnel 需要每条边一个数</translation>
    </message>
    <message>
        <source>{value!r}: the bounds of a fuzzy weight must be in order (low, weight, high)</source>
        <translation>{value!r}：模糊权重的边界必须有序（low、weight、high）</translation>
    </message>
    <message>
        <source>{word!r} is not a sign (positive/negative, +/-)</source>
        <translation>{word!r} 不是符号（positive/negative、+/-）</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>converged at step {step}</source>
        <translation>在第 {step} 步收敛</translation>
    </message>
    <message>
        <source>limit cycle of period {period}</source>
        <translation>周期为 {period} 的极限环</translation>
    </message>
    <message>
        <source>not converged by step {step}</source>
        <translation>到第 {step} 步仍未收敛</translation>
    </message>
</context>
<context>
    <name>voices</name>
    <message>
        <source>the model has no participants</source>
        <translation>模型没有参与者</translation>
    </message>
</context>
<context>
    <name>weight_labels</name>
    <message>
        <source>weights written as labels were read with Mental Modeler&apos;s numbers (high 1, medium 0.62, low 0.25): {labels}; write numbers to give other strengths</source>
        <translation>以标签写出的权重按 Mental Modeler 的数值读取（高 1，中 0.62，低 0.25）：{labels}；若要其他强度，请写数字</translation>
    </message>
</context>
<context>
    <name>xmlsafe</name>
    <message>
        <source>refused unsafe XML (a DTD or entity declaration): {kind} files do not need one</source>
        <translation>已拒绝不安全的 XML（DTD 或实体声明）：{kind} 文件不需要它</translation>
    </message>
    <message>
        <source>not valid XML</source>
        <translation>不是有效的 XML</translation>
    </message>
    <message>
        <source>the file declares no encoding, so it is UTF-8, and this byte is not: save it as UTF-8, or name its encoding in its first line (&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;)</source>
        <translation>文件没有声明编码，因此应为 UTF-8，而这个字节不是：请另存为 UTF-8，或在第一行写明其编码（&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;）</translation>
    </message>
    <message>
        <source>the file declares the encoding {name!r}, which is not one Windtunnel knows; save it as UTF-8</source>
        <translation>文件声明的编码 {name!r} 不是 Windtunnel 认识的编码；请将其保存为 UTF-8</translation>
    </message>
    <message>
        <source>not valid {name} text, though the file declares that encoding</source>
        <translation>不是有效的 {name} 文本，尽管文件声明了该编码</translation>
    </message>
    <message>
        <source>elements are nested more than {max_depth} deep; no graph file nests so deep</source>
        <translation>元素嵌套超过 {max_depth} 层；没有图文件会嵌套得这么深</translation>
    </message>
</context>
</TS>
