<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbsentRatingsNote</name>
    <message>
        <source>Absent ratings are now left out: an edge&apos;s weight is the aggregate of the participants who rated it, so a first rating is not pulled towards 0 by those who have not rated the edge yet. To count absent ratings as zero instead (fcmconfr&apos;s reading), choose “count as zero” under Absent ratings.</source>
        <translation>缺失的评分现在不计入：一条边的权重是评过它的参与者的汇总，因此第一个评分不会被尚未评分的参与者拉向 0。若要把缺失的评分计为零（fcmconfr 的读法），请在“缺失的评分”中选择“计为零”。</translation>
    </message>
    <message>
        <source>Absent ratings count as zero again: adding the first participant, which left them out, was undone.</source>
        <translation>缺失的评分重新计为零：添加第一个参与者（它使缺失的评分不计入）已被撤销。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;zeros&quot;&gt;Count them as zero&lt;/a&gt; · &lt;a href=&quot;hide&quot;&gt;Hide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;zeros&quot;&gt;计为零&lt;/a&gt; · &lt;a href=&quot;hide&quot;&gt;隐藏&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ActivationQuestion</name>
    <message>
        <source>Change the activation</source>
        <translation>更改激活函数</translation>
    </message>
    <message numerus="yes">
        <source>The {activation} activation gives levels from {low:g} to {high:g}; %n value(s) of the scenarios&apos; levers and the nodes&apos; initial levels are outside them.</source>
        <translation>
            <numerusform>{activation} 激活函数给出的水平为 {low:g} 到 {high:g}；情景的杠杆值和节点的初始水平中有 %n 个在此范围之外。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring into range moves each to the nearest end ({low:g} or {high:g}); Keep values leaves them as they are, marked on their sliders and in the Inspector, and the runs use them. Edit &gt; Undo takes back either.</source>
        <translation>“移入范围”把每个值移到最近的一端（{low:g} 或 {high:g}）；“保留这些值”保持原样，在滑块和检查器中标出，运行时照用。两者都可用 编辑 &gt; 撤销 取消。</translation>
    </message>
    <message>
        <source>&amp;Bring into range</source>
        <translation>移入范围(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Keep values</source>
        <translation>保留这些值(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo</source>
        <translation>运行蒙特卡洛(&amp;M)</translation>
    </message>
    <message>
        <source>Sample the uncertain edge weights (samples and seed in the engine settings) and show bands</source>
        <translation>对不确定的边权重抽样（样本数和随机种子见引擎设置），并显示区间带</translation>
    </message>
    <message>
        <source>&amp;Cancel Long Task</source>
        <translation>取消长时间任务(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running Monte Carlo, sensitivity or export</source>
        <translation>停止正在运行的蒙特卡洛、敏感性分析或导出</translation>
    </message>
    <message>
        <source>C&amp;lear Monte Carlo Results</source>
        <translation>清除蒙特卡洛结果(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Engine Settings…</source>
        <translation>引擎设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Rule, activation, presets, steps, tolerance, seed</source>
        <translation>规则、激活函数、预设、步数、容差、随机种子</translation>
    </message>
    <message>
        <source>&amp;Why Did This Change?</source>
        <translation>为什么会变化？(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Sensitivity of an Objective…</source>
        <translation>目标的敏感性(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;Objective…</source>
        <translation>新建目标(&amp;O)…</translation>
    </message>
    <message>
        <source>What a scenario should do to a node: the Scorecard, Explore and Sensitivity score scenarios by their objectives</source>
        <translation>情景应使节点发生的变化：评分卡、探索和敏感性按目标为情景评分</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>下一个情景(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Scenario</source>
        <translation>上一个情景(&amp;P)</translation>
    </message>
    <message>
        <source>Play / Pause &amp;Replay</source>
        <translation>播放 / 暂停回放(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;nalysis Help</source>
        <translation>分析帮助(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export Results</source>
        <translation>导出结果(&amp;E)</translation>
    </message>
    <message>
        <source>Results &amp;Workbook (.xlsx)…</source>
        <translation>结果工作簿 (.xlsx)(&amp;W)…</translation>
    </message>
    <message>
        <source>Scenario &amp;Matrix (.csv)…</source>
        <translation>情景矩阵 (.csv)(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Trajectories (.csv)…</source>
        <translation>轨迹 (.csv)(&amp;T)…</translation>
    </message>
    <message>
        <source>Map with Results (.&amp;png)…</source>
        <translation>带结果的图 (.png)(&amp;P)…</translation>
    </message>
    <message>
        <source>Map with Results (.s&amp;vg)…</source>
        <translation>带结果的图 (.svg)(&amp;V)…</translation>
    </message>
    <message>
        <source>PDF &amp;Brief…</source>
        <translation>PDF 简报(&amp;B)…</translation>
    </message>
    <message>
        <source>One page: the map with results, top changes, scorecard, a chart</source>
        <translation>一页：带结果的图、主要变化、评分卡和一张图表</translation>
    </message>
    <message>
        <source>The &amp;Story (.pdf)…</source>
        <translation>故事 (.pdf)(&amp;S)…</translation>
    </message>
    <message>
        <source>The current scenario told chapter by chapter, one page each</source>
        <translation>按章节讲述当前情景，每章一页</translation>
    </message>
    <message>
        <source>The Story as P&amp;ictures (.png)…</source>
        <translation>故事图片 (.png)(&amp;I)…</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>分析(&amp;N)</translation>
    </message>
</context>
<context>
    <name>AnalysisController</name>
    <message>
        <source>That change is not possible</source>
        <translation>无法进行该更改</translation>
    </message>
    <message>
        <source>Checking the runs</source>
        <translation>正在检查运行结果</translation>
    </message>
    <message>
        <source>The runs could not be checked: {reason}</source>
        <translation>无法检查运行结果：{reason}</translation>
    </message>
    <message>
        <source>Monte Carlo needs samples</source>
        <translation>蒙特卡洛需要样本</translation>
    </message>
    <message>
        <source>set Monte Carlo samples above 0 in the engine settings</source>
        <translation>请在引擎设置中将蒙特卡洛样本数设为大于 0</translation>
    </message>
    <message>
        <source>Monte Carlo, {samples} samples</source>
        <translation>蒙特卡洛，{samples} 个样本</translation>
    </message>
    <message>
        <source>The Monte Carlo run failed</source>
        <translation>蒙特卡洛运行失败</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; the previous results are kept</source>
        <translation>蒙特卡洛已取消；保留之前的结果</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; nothing was exported</source>
        <translation>蒙特卡洛已取消；未导出任何文件</translation>
    </message>
    <message>
        <source>Monte Carlo done: {samples} samples, seed {seed}</source>
        <translation>蒙特卡洛完成：{samples} 个样本，随机种子 {seed}</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Change from baseline at {unit} {step}</source>
        <translation>第 {step} {unit}相对基线的变化</translation>
    </message>
    <message numerus="yes">
        <source>Change from baseline over %n step(s) of one {unit}</source>
        <translation>
            <numerusform>相对基线的变化，共 %n 步（每步一{unit}）</numerusform>
        </translation>
    </message>
    <message>
        <source>rule {rule}, {activation} λ={steepness}</source>
        <translation>规则 {rule}，{activation} λ={steepness}</translation>
    </message>
    <message>
        <source>scenario {verdict}</source>
        <translation>情景{verdict}</translation>
    </message>
    <message numerus="yes">
        <source>Monte Carlo: %n sample(s), seed {seed}</source>
        <translation>
            <numerusform>蒙特卡洛：%n 个样本，种子 {seed}</numerusform>
        </translation>
    </message>
    <message>
        <source>Monte Carlo left out: its results describe an earlier version of the model</source>
        <translation>未含蒙特卡洛：其结果描述的是模型的较早版本</translation>
    </message>
    <message>
        <source>blue = rise, red = fall from baseline (ColorBrewer RdBu, colour-blind safe) · a fuzzy-cognitive-map simulation: directions and relative sizes, not forecasts</source>
        <translation>蓝 = 高于基线，红 = 低于基线（ColorBrewer RdBu，色盲友好）· 模糊认知图模拟：给出方向与相对大小，而非预测</translation>
    </message>
    <message>
        <source>{title}: where the participants disagree</source>
        <translation>{title}：参与者分歧所在</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>缺失的评分计为零</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>缺失的评分不计入</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) · the map&apos;s weights are the {method} of their ratings; {zeros} · map tinted by {scenario} at {unit} {step}</source>
        <translation>
            <numerusform>%n 位参与者 · 图的权重是其评分的{method}；{zeros} · 图按 {scenario} 在第 {step} {unit}的结果着色</numerusform>
        </translation>
    </message>
    <message>
        <source>The edges they disagree on most</source>
        <translation>分歧最大的边</translation>
    </message>
    <message>
        <source>No edge is rated by two or more participants.</source>
        <translation>没有任何边由两位或以上参与者评分。</translation>
    </message>
    <message>
        <source>{edge} (not on the shared map)</source>
        <translation>{edge}（不在共享图上）</translation>
    </message>
    <message numerus="yes">
        <source>{edge}: %n rated, {up} raise, {down} lower, spread {spread}</source>
        <translation>
            <numerusform>{edge}：%n 人评分，{up} 人认为提升，{down} 人认为降低，离散度 {spread}</numerusform>
        </translation>
    </message>
    <message>
        <source>sign conflict</source>
        <translation>符号冲突</translation>
    </message>
    <message>
        <source>ratings: {ratings}</source>
        <translation>评分：{ratings}</translation>
    </message>
    <message>
        <source>{title}: {scenario}</source>
        <translation>{title}：{scenario}</translation>
    </message>
    <message>
        <source>Levers: {levers}</source>
        <translation>杠杆：{levers}</translation>
    </message>
    <message>
        <source>Largest changes at the last step (levers left out)</source>
        <translation>最后一步变化最大的节点（不含杠杆）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
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
        <source>No node changes from baseline.</source>
        <translation>没有节点相对基线变化。</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
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
        <source>{objective}: {change}, {mark}</source>
        <translation>{objective}：{change}，{mark}</translation>
    </message>
    <message>
        <source>Score (importance-weighted share met): {score}</source>
        <translation>得分（按重要性加权的达成比例）：{score}</translation>
    </message>
    <message>
        <source>Why they changed (the parts add up)</source>
        <translation>变化的原因（各部分相加等于总变化）</translation>
    </message>
    <message numerus="yes">
        <source>{node} {change} by {unit} {step}: {covered} in %n reason(s)</source>
        <translation>
            <numerusform>{node} 至第 {step} {unit}变化 {change}：其中 {covered} 可由 %n 个原因解释</numerusform>
        </translation>
    </message>
    <message>
        <source>Most changed nodes over time (dashed: baseline)</source>
        <translation>变化最大的节点随时间的走势（虚线：基线）</translation>
    </message>
    <message>
        <source>{unit} {step}</source>
        <translation>第 {step} {unit}</translation>
    </message>
    <message>
        <source>{title}: {scenario}, the story</source>
        <translation>{title}：{scenario}，情景故事</translation>
    </message>
    <message>
        <source>{scenario}: {chapter}</source>
        <translation>{scenario}：{chapter}</translation>
    </message>
    <message>
        <source>{title} · the story of a scenario, {number} of {count}</source>
        <translation>{title} · 情景故事，第 {number}/{count} 章</translation>
    </message>
    <message>
        <source>map part {part} of {count} (left to right, then top to bottom)</source>
        <translation>图的第 {part}/{count} 部分（从左到右，再从上到下）</translation>
    </message>
    <message>
        <source>{publisher}, {date}</source>
        <translation>{publisher}，{date}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges and by the participants&apos; ratings</source>
        <translation>
            <numerusform>{title} · 图的节点和边以及参与者的评分所引用的 %n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges</source>
        <translation>
            <numerusform>{title} · 图的节点和边所引用的 %n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>The map with the disagreement lens, at a readable size, is on page {page}.</source>
        <translation>显示分歧透镜的可读大小的图在第 {page} 页。</translation>
    </message>
    <message>
        <source>The map with the disagreement lens, at a readable size, is on pages {first}–{last}.</source>
        <translation>显示分歧透镜的可读大小的图在第 {first}–{last} 页。</translation>
    </message>
    <message>
        <source>The map at a readable size is on page {page}.</source>
        <translation>可读大小的图在第 {page} 页。</translation>
    </message>
    <message>
        <source>The map at a readable size is on pages {first}–{last}, in {count} parts.</source>
        <translation>可读大小的图在第 {first}–{last} 页，分为 {count} 部分。</translation>
    </message>
    <message>
        <source>The map, its labels at a size to read on paper</source>
        <translation>图（标签大小可在纸上阅读）</translation>
    </message>
    <message>
        <source>The map, part {part} of {count} (left to right, then top to bottom; neighbouring parts overlap a little)</source>
        <translation>图，第 {part} 部分，共 {count} 部分（从左到右，再从上到下；相邻部分略有重叠）</translation>
    </message>
</context>
<context>
    <name>ClusterSetting</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>A Dask cluster</source>
        <translation>Dask 集群</translation>
    </message>
    <message>
        <source>tcp://host:8786</source>
        <translation>tcp://主机:8786</translation>
    </message>
    <message>
        <source>The address of a dask.distributed scheduler whose workers have Windtunnel installed (see Help &gt; Explore)</source>
        <translation>Dask 分布式调度器的地址，其工作进程须已安装 Windtunnel（见 帮助 &gt; 探索）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>运行于：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connecting to the cluster</source>
        <translation>正在连接集群</translation>
    </message>
    <message>
        <source>Connected: {threads} worker threads</source>
        <translation>已连接：{threads} 个工作线程</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message numerus="yes">
        <source>• its settings in %n scenario(s): {names}</source>
        <translation>
            <numerusform>• 在 %n 个情景中对它的设置：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n objective(s): {names}</source>
        <translation>
            <numerusform>• %n 个目标：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n participant rating(s), by {names}</source>
        <translation>
            <numerusform>• %n 条参与者评分，来自 {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{what}?</source>
        <translation>{what}？</translation>
    </message>
    <message>
        <source>The analysis changes; this goes too:</source>
        <translation>分析结果会改变；以下内容也会一并删除：</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation>编辑 &gt; 撤销 可全部恢复。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DisagreementLens</name>
    <message>
        <source>band: the wider, the more the participants&apos; ratings of an edge spread</source>
        <translation>带：越宽，参与者对这条边的评分越分散</translation>
    </message>
    <message>
        <source>± ring: a sign conflict (some say the edge raises its target, some that it lowers it)</source>
        <translation>± 环：符号冲突（有人认为这条边提高其指向的节点，有人认为降低）</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{name} (unsaved)</source>
        <translation>{name}（未保存）</translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>delay {steps} {unit}</source>
        <translation>延迟 {steps} {unit}</translation>
    </message>
    <message>
        <source>weight {weight} ({term}), confidence {confidence}</source>
        <translation>权重 {weight}（{term}），置信度 {confidence}</translation>
    </message>
    <message>
        <source>, delay {steps}</source>
        <translation>，延迟 {steps}</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <source>Rename {element} to &quot;{text}&quot;</source>
        <translation>将{element}重命名为“{text}”</translation>
    </message>
    <message>
        <source>Edit the {field} of {element}</source>
        <translation>编辑{element}的{field}</translation>
    </message>
    <message>
        <source>Translate the {field} of {element} ({language})</source>
        <translation>翻译{element}的{field}（{language}）</translation>
    </message>
    <message>
        <source>Mark the {language} {field} of {element} as reviewed</source>
        <translation>将{element}的{field}的{language}译文标为已复核</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s) to the group &quot;{group}&quot;</source>
        <translation>
            <numerusform>将 %n 个节点移入组“{group}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Translate the group &quot;{group}&quot; ({language})</source>
        <translation>翻译组“{group}”（{language}）</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>An empty map. Add a node with Actor, Restriction or Factor in the toolbar, or by double-clicking here; or bring a map in with File &gt; Import…</source>
        <translation>图是空的。用工具栏中的“行为体”“限制措施”或“因素”添加节点，或在此处双击；也可以通过“文件 &gt; 导入…”导入一张图。</translation>
    </message>
</context>
<context>
    <name>ExploreView</name>
    <message>
        <source>Latin hypercube</source>
        <translation>拉丁超立方</translation>
    </message>
    <message>
        <source>Every combination of levels</source>
        <translation>所有水平组合</translation>
    </message>
    <message>
        <source>Explore lever</source>
        <translation>探索杠杆</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>水平数</translation>
    </message>
    <message>
        <source>Run exploration</source>
        <translation>运行探索</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>导出工作簿…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Show the settings of the exploration</source>
        <translation>显示探索的设置</translation>
    </message>
    <message>
        <source>Futures:</source>
        <translation>未来情形：</translation>
    </message>
    <message>
        <source>Lever points:</source>
        <translation>杠杆取值点：</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>抽样方法：</translation>
    </message>
    <message>
        <source>Sobol&apos; base sample:</source>
        <translation>Sobol&apos; 基础样本：</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>未来情形</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>权衡</translation>
    </message>
    <message>
        <source>{options} options × {futures} futures, {sampler}</source>
        <translation>{options} 个方案 × {futures} 种未来情形，{sampler}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Explore runs every scenario, and points of the levers you tick, in thousands of futures of the uncertain edge weights, and shows which option meets its objectives in most of them and where each one fails.</source>
        <translation>探索会在不确定边权重的数千种未来情形中运行每个情景以及您勾选的杠杆取值点，显示哪个方案在大多数情形中达成目标，以及每个方案在哪里失败。</translation>
    </message>
    <message>
        <source>Explore judges options by their objectives: add an objective first.</source>
        <translation>探索按目标评判方案：请先添加一个目标。</translation>
    </message>
    <message>
        <source>After a run, the futures in which the most robust options fail are described here.</source>
        <translation>运行后，这里会描述最稳健的方案在哪些未来情形中失效。</translation>
    </message>
    <message>
        <source>The results are out of date: run the exploration again to export them</source>
        <translation>结果已过时：请重新运行探索后再导出</translation>
    </message>
    <message>
        <source>The exploration did not start</source>
        <translation>探索未能开始</translation>
    </message>
    <message>
        <source>Give the Dask scheduler&apos;s address (such as tcp://host:8786), or run on this computer.</source>
        <translation>请提供 Dask 调度器的地址（例如 tcp://主机:8786），或在本机上运行。</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>The exploration failed</source>
        <translation>探索失败</translation>
    </message>
    <message>
        <source>Exploration cancelled; the previous results are kept</source>
        <translation>探索已取消；保留之前的结果</translation>
    </message>
    <message>
        <source>The model changed while the exploration ran: run it again</source>
        <translation>探索运行期间模型已更改：请重新运行</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>All met</source>
        <translation>全部达成</translation>
    </message>
    <message>
        <source>Regret p90</source>
        <translation>后悔值 p90</translation>
    </message>
    <message>
        <source>{experiments} experiments ({options} options x {futures} futures). Most robust: “{best}”, every objective met in {share} of futures. Click a box to mark its edges on the map.</source>
        <translation>{experiments} 次试验（{options} 个方案 × {futures} 种未来情形）。最稳健：“{best}”，在 {share} 的未来情形中达成所有目标。点击一个框可在图上标出其边。</translation>
    </message>
    <message>
        <source>Export the exploration workbook</source>
        <translation>导出探索工作簿</translation>
    </message>
    <message>
        <source>{title} - exploration</source>
        <translation>{title} - 探索</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exploration workbook</source>
        <translation>探索工作簿</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>The Sobol&apos; indices of the most robust option run this many futures times the uncertainties plus two: a larger base sample gives narrower intervals</source>
        <translation>最稳健选项的 Sobol&apos; 指数运行此数乘以（不确定性数加二）个未来：基础样本越大，区间越窄</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失效情况</translation>
    </message>
    <message>
        <source>Where the most robust options fail: the futures in which they miss their objectives</source>
        <translation>最稳健的方案在哪些情况下失效：未能达到目标的未来情形</translation>
    </message>
    <message>
        <source>Parallel axes</source>
        <translation>平行坐标</translation>
    </message>
    <message>
        <source>Parallel coordinates: one line per experiment across the levers, the uncertain weights and the objectives</source>
        <translation>平行坐标：每次实验一条线，贯穿杠杆、不确定的权重和目标</translation>
    </message>
    <message>
        <source>Sobol&apos;</source>
        <translation>Sobol&apos; 指数</translation>
    </message>
    <message>
        <source>Sobol&apos; indices: how much of each objective&apos;s variance each uncertain weight explains</source>
        <translation>Sobol&apos; 指数：每个不确定的权重解释了各目标方差的多少</translation>
    </message>
    <message>
        <source>Out of date: these futures are the participants&apos; maps, and the participants changed (one added or removed, a rating, a credibility, a group, or how their ratings are aggregated). Run the exploration again, or undo the change, to bring them up to date.</source>
        <translation>已过时：这些未来是参与者的图，而参与者已有更改（增删参与者、评分、可信度、组，或评分的汇总方式）。请重新运行探索，或撤销该更改，以更新结果。</translation>
    </message>
    <message>
        <source>Out of date: these results are of the map before a change of its numbers (a weight, delay, level, rating, scenario, objective or setting). Run the exploration again, or undo the change, to bring them up to date.</source>
        <translation>已过时：这些结果属于数值更改（权重、延迟、水平、评分、情景、目标或设置）之前的图。请重新运行探索，或撤销该更改，以更新结果。</translation>
    </message>
    <message>
        <source>The workbook could not be written</source>
        <translation>无法写入工作簿</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>There are no results to export</source>
        <translation>没有可导出的结果</translation>
    </message>
    <message>
        <source>the model could not be run</source>
        <translation>模型无法运行</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>The Monte Carlo results describe an earlier version of the model, so the workbook would have no uncertainty bands.</source>
        <translation>蒙特卡洛结果描述的是模型的较早版本，因此工作簿将没有不确定性区间带。</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translation>导出结果工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook</source>
        <translation>正在写入工作簿</translation>
    </message>
    <message>
        <source>Monte Carlo results out of date</source>
        <translation>蒙特卡洛结果已过时</translation>
    </message>
    <message>
        <source>Run Monte Carlo again first to include them: the export follows when it is done, and cancelling the run writes nothing.</source>
        <translation>如需包含区间带，请先再次运行蒙特卡洛：运行完成后随即导出；取消运行则不会写入任何文件。</translation>
    </message>
    <message>
        <source>Run Monte Carlo, Then Export</source>
        <translation>运行蒙特卡洛后导出</translation>
    </message>
    <message>
        <source>Export Without Bands</source>
        <translation>不含区间带导出</translation>
    </message>
    <message>
        <source>The story needs a scenario</source>
        <translation>故事需要一个情景</translation>
    </message>
    <message>
        <source>Choose a scenario (or add one) to tell its story.</source>
        <translation>请选择（或添加）一个情景来讲述它的故事。</translation>
    </message>
    <message>
        <source> - {scenario} - story</source>
        <translation> - {scenario} - 故事</translation>
    </message>
    <message>
        <source>Export the story (PDF)</source>
        <translation>导出故事 (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the story</source>
        <translation>正在写入故事</translation>
    </message>
    <message>
        <source>Export the story as pictures (one per page)</source>
        <translation>将故事导出为图片（每页一张）</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Writing the story&apos;s pictures</source>
        <translation>正在写入故事图片</translation>
    </message>
    <message>
        <source> matrix</source>
        <translation> 情景矩阵</translation>
    </message>
    <message>
        <source> trajectories</source>
        <translation> 轨迹</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the CSV table</source>
        <translation>正在写入 CSV 表格</translation>
    </message>
    <message>
        <source>The brief needs a scenario</source>
        <translation>简报需要一个情景</translation>
    </message>
    <message>
        <source>Choose a scenario (or add one) to write its brief.</source>
        <translation>请选择（或添加）一个情景来撰写简报。</translation>
    </message>
    <message>
        <source>The Monte Carlo results describe an earlier version of the model, so the brief would have no uncertainty bands.</source>
        <translation>蒙特卡洛结果描述的是模型的较早版本，因此简报将没有不确定性区间带。</translation>
    </message>
    <message>
        <source>Export PDF brief</source>
        <translation>导出 PDF 简报</translation>
    </message>
    <message>
        <source>Explaining the changes for the brief</source>
        <translation>正在为简报解释变化</translation>
    </message>
    <message>
        <source>The brief could not be made</source>
        <translation>无法生成简报</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>comma, separated</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>from confidence</source>
        <translation>按置信度</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>关闭前保存对“{name}”的更改吗？</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Import a model from another tool</source>
        <translation>从其他工具导入模型</translation>
    </message>
    <message>
        <source>{path} was changed by another program. Reload it?</source>
        <translation>{path} 已被其他程序更改。重新加载吗？</translation>
    </message>
    <message>
        <source>Your unsaved changes in this window would be lost.</source>
        <translation>此窗口中未保存的更改将会丢失。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>The template could not be read</source>
        <translation>无法读取模板</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Imported {name} ({format})</source>
        <translation>已导入 {name}（{format}）</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was opened</source>
        <translation>已取消导入 {name}；未打开任何内容</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>正在打开 {name}</translation>
    </message>
    <message>
        <source>Opening of {name} cancelled; nothing was opened</source>
        <translation>已取消打开 {name}；未打开任何内容</translation>
    </message>
    <message>
        <source>Reloading {name}</source>
        <translation>正在重新加载 {name}</translation>
    </message>
    <message>
        <source>Reload of {name} cancelled; the window shows the file as it was</source>
        <translation>已取消重新加载 {name}；窗口仍显示文件原来的内容</translation>
    </message>
    <message>
        <source>Reload of {name} dropped: your changes are kept (save to write them over the file)</source>
        <translation>已放弃重新载入 {name}：您的更改仍保留（保存即可覆盖该文件）</translation>
    </message>
    <message>
        <source>You changed the map while {name} was read again. Show the file and lose those changes, or keep your changes?</source>
        <translation>重新读取 {name} 期间您修改了图。要显示文件并丢失这些更改，还是保留您的更改？</translation>
    </message>
    <message>
        <source>Show the File</source>
        <translation>显示文件</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>保留我的更改</translation>
    </message>
    <message>
        <source>{count} windows have unsaved changes. Review them before quitting?</source>
        <translation>有 {count} 个窗口包含未保存的更改。退出前要逐个查看吗？</translation>
    </message>
    <message>
        <source>Discarding loses every change made since each was last saved.</source>
        <translation>放弃将丢失每个模型自上次保存以来的所有更改。</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>逐个查看更改(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>全部放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>Saved {path}; the model takes its file&apos;s name, “{title}”, as its title (Edit &gt; Undo keeps the old one)</source>
        <translation>已保存 {path}；模型以文件名“{title}”作为标题（编辑 &gt; 撤销 可恢复原标题）</translation>
    </message>
    <message>
        <source>The model could not be saved</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>{path} was moved or deleted; Save writes it again.</source>
        <translation>{path} 已被移动或删除；“保存”会重新写入。</translation>
    </message>
    <message>
        <source>The changed file could not be read</source>
        <translation>无法读取已更改的文件</translation>
    </message>
    <message>
        <source>All the nodes of {name} sat on one spot: they were laid out (save to keep their new places)</source>
        <translation>{name} 的所有节点都在同一位置：已由自动布局放置（保存即可保留新位置）</translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <source>Focus on What &amp;Matters</source>
        <translation>聚焦要点(&amp;M)</translation>
    </message>
    <message>
        <source>Fade the nodes and edges that carry little of the selected node&apos;s change (F)</source>
        <translation>淡化对所选节点变化贡献很小的节点和边 (F)</translation>
    </message>
    <message>
        <source>Focus: select a node to focus on</source>
        <translation>聚焦：请选择要聚焦的节点</translation>
    </message>
    <message>
        <source>Focus on {node}: what influences it and what it influences (F shows everything)</source>
        <translation>聚焦于 {node}：影响它的和受它影响的（按 F 显示全部）</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>聚焦</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n route(s) carry {share} of {node}&apos;s change (F shows everything)</source>
        <translation>
            <numerusform>聚焦：%n 条路径承载了 {node} 变化的 {share}（按 F 显示全部）</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus: {reason}</source>
        <translation>聚焦：{reason}</translation>
    </message>
</context>
<context>
    <name>FutureChoices</name>
    <message>
        <source>Participants&apos; maps as futures</source>
        <translation>以参与者的图作为未来情形</translation>
    </message>
    <message>
        <source>Each future is one participant&apos;s map (each equally likely), its weights drawn around their ratings</source>
        <translation>每种未来情形是一位参与者的图（各自概率相同），其权重围绕该参与者的评分抽取</translation>
    </message>
    <message>
        <source>Vary the delay of</source>
        <translation>改变延迟的边</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Each delay you vary multiplies the runs&apos; batches: keep them few.</source>
        <translation>每改变一个延迟，运行的批次就成倍增加：请尽量少选。</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Spread</source>
        <translation>离散度</translation>
    </message>
    <message>
        <source>The credibility-weighted standard deviation of the ratings</source>
        <translation>按可信度加权的评分标准差</translation>
    </message>
    <message>
        <source>±: a sign conflict (some raise, some lower)</source>
        <translation>±：符号冲突（有人认为提高，有人认为降低）</translation>
    </message>
    <message>
        <source>{who}: not rated</source>
        <translation>{who}：未评分</translation>
    </message>
    <message>
        <source>{who} on {edge}: {weight}</source>
        <translation>{who} 对 {edge} 的权重：{weight}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Windtunnel Help</source>
        <translation>Windtunnel 帮助</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>帮助目录</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>There is no help page “{name}”.</source>
        <translation>没有名为“{name}”的帮助页。</translation>
    </message>
    <message>
        <source>{page} — Windtunnel Help</source>
        <translation>{page} — Windtunnel 帮助</translation>
    </message>
    <message>
        <source>A link to the web (open it in your browser): {url}</source>
        <translation>网页链接（请在浏览器中打开）：{url}</translation>
    </message>
    <message>
        <source>Not a help page: {url}</source>
        <translation>不是帮助页：{url}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) match</source>
        <translation>
            <numerusform>%n 个段落匹配</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation>（前面几个）</translation>
    </message>
    <message>
        <source>Nothing in the help matches “{query}”.</source>
        <translation>帮助中没有与“{query}”匹配的内容。</translation>
    </message>
</context>
<context>
    <name>ImportQuestion</name>
    <message>
        <source>The sheet “{sheet}”</source>
        <translation>工作表“{sheet}”</translation>
    </message>
    <message>
        <source>Only sheet “{sheet}”</source>
        <translation>仅工作表“{sheet}”</translation>
    </message>
    <message>
        <source>{question}. How should Windtunnel read them? (The import&apos;s note records the answer.)</source>
        <translation>{question}。Windtunnel 应如何读取它们？（导入说明会记录您的回答。）</translation>
    </message>
    <message>
        <source>Undirected edges</source>
        <translation>无向边</translation>
    </message>
    <message>
        <source>Both ways (each tie influences both nodes)</source>
        <translation>双向（每条联系同时影响两个节点）</translation>
    </message>
    <message>
        <source>One way, as the file lists them</source>
        <translation>单向，按文件所列</translation>
    </message>
    <message>
        <source>Weights outside [-1, 1]</source>
        <translation>超出 [-1, 1] 的权重</translation>
    </message>
    <message>
        <source>Stop the import, to correct those weights first</source>
        <translation>停止导入，先更正这些权重</translation>
    </message>
    <message>
        <source>Rescale (divide every weight by the largest)</source>
        <translation>重新缩放（每个权重除以最大值）</translation>
    </message>
    <message>
        <source>Edges listed more than once</source>
        <translation>被列出不止一次的边</translation>
    </message>
    <message>
        <source>Stop the import, to correct those edges first</source>
        <translation>停止导入，先更正这些边</translation>
    </message>
    <message>
        <source>Add their weights (as Gephi merges parallel edges)</source>
        <translation>把权重相加（与 Gephi 合并平行边的方式相同）</translation>
    </message>
    <message>
        <source>Take the mean of their weights</source>
        <translation>取权重的平均值</translation>
    </message>
    <message>
        <source>Names that may be typing slips</source>
        <translation>可能是输入错误的名称</translation>
    </message>
    <message>
        <source>Stop the import, to correct those names first</source>
        <translation>停止导入，先更正这些名称</translation>
    </message>
    <message>
        <source>Make each name a node of its own</source>
        <translation>让每个名称各自成为一个节点</translation>
    </message>
    <message>
        <source>Numbers without a header</source>
        <translation>没有表头的数字</translation>
    </message>
    <message>
        <source>A list of edges: From, To and Weight on each row</source>
        <translation>边列表：每行依次是起点（From）、终点（To）和权重（Weight）</translation>
    </message>
    <message>
        <source>A matrix without labels: each row a node&apos;s influences</source>
        <translation>无标签的矩阵：每行是一个节点的影响</translation>
    </message>
    <message>
        <source>Which sheet lists the nodes</source>
        <translation>哪个工作表列出节点</translation>
    </message>
    <message>
        <source>One sheet per participant</source>
        <translation>每位参与者一个工作表</translation>
    </message>
    <message>
        <source>Every sheet as a participant (the map is their aggregate)</source>
        <translation>每个工作表作为一位参与者（图是他们的汇总）</translation>
    </message>
    <message>
        <source>Only their aggregate (no participants kept)</source>
        <translation>只保留汇总（不保留参与者）</translation>
    </message>
    <message>
        <source>Rescale and Import</source>
        <translation>重新缩放并导入</translation>
    </message>
    <message>
        <source>Rescale and Import divides every weight by the largest, so that they all lie in [-1, 1], their signs and proportions kept.</source>
        <translation>“重新缩放并导入”会把每个权重除以最大值，使它们都落在 [-1, 1] 之内，符号和比例保持不变。</translation>
    </message>
    <message>
        <source>Cancel Import stops the import: nothing is read from the file.</source>
        <translation>“取消导入”会停止导入：不从文件读取任何内容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消导入</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Engine settings</source>
        <translation>引擎设置</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>组名</translation>
    </message>
    <message>
        <source>Initial level</source>
        <translation>初始水平</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>a policy lever</source>
        <translation>政策杠杆</translation>
    </message>
    <message>
        <source>A lever gets a slider in the Levers panel; restrictions always are levers</source>
        <translation>杠杆会在“杠杆”面板中获得一个滑块；限制措施始终是杠杆</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Low bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Steepness (λ)</source>
        <translation>陡度 (λ)</translation>
    </message>
    <message>
        <source>Start vector</source>
        <translation>起始向量</translation>
    </message>
    <message>
        <source>Driver nodes</source>
        <translation>驱动节点</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>strict (&lt; tolerance)</source>
        <translation>严格（&lt; 容差）</translation>
    </message>
    <message>
        <source>stop at convergence</source>
        <translation>收敛时停止</translation>
    </message>
    <message>
        <source>initial state counts as a step</source>
        <translation>初始状态计为一步</translation>
    </message>
    <message>
        <source>Convergence nodes</source>
        <translation>收敛判定节点</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>蒙特卡洛样本数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Node: {label}</source>
        <translation>节点：{label}</translation>
    </message>
    <message>
        <source>Edge: {source} → {target}</source>
        <translation>边：{source} → {target}</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>{nodes} and {edges} selected.

Use Arrange to align, distribute or lay them out; Delete removes them.</source>
        <translation>已选择 {nodes}和{edges}。

使用“排列”可对齐、分布或布局；“删除”会移除它们。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 条边</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The edge&apos;s end node feels its start node as it was {delay} earlier (a step is one {unit}): a change of the start node at step s reaches the end node at step s + {arrival}. A lever set from step 0 counts as set before the run began (every node&apos;s past is its step-0 level), so it reaches the end node at step 1 whatever the delay; start it at step 1 for the delay to show.</source>
        <translation>这条边的终点节点感受到的是起点节点 {delay} 之前的样子（一步即一个时间单位：{unit}）：起点节点在第 s 步的变化于第 s + {arrival} 步到达终点节点。从第 0 步设置的杠杆被视为在运行开始前就已设置（每个节点的过去都是其第 0 步的水平），因此无论延迟多少，都在第 1 步到达终点节点；让杠杆从第 1 步开始，延迟才会显现。</translation>
    </message>
    <message>
        <source>Group in {language}</source>
        <translation>组名（{language}）</translation>
    </message>
    <message>
        <source>The group&apos;s name in this language, for every node of the group (empty: the original name)</source>
        <translation>该组在此语言中的名称，用于组内每个节点（留空：显示原名）</translation>
    </message>
    <message>
        <source>The node&apos;s level at step 0, from {low} to {high}: the levels the {activation} activation gives a node</source>
        <translation>节点在第 0 步的水平，从 {low} 到 {high}：{activation} 激活函数给节点的水平</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node: set a value within the range</source>
        <translation>{value} 在 {low} 到 {high}（{activation} 激活函数给节点的水平）之外：请设置范围内的值</translation>
    </message>
</context>
<context>
    <name>LeverList</name>
    <message>
        <source>Levers</source>
        <translation>杠杆</translation>
    </message>
</context>
<context>
    <name>LeverPanel</name>
    <message>
        <source>Filter levers…</source>
        <translation>筛选杠杆…</translation>
    </message>
    <message>
        <source>Show the levers whose name, id or group contains these words</source>
        <translation>显示名称、ID 或组包含这些词的杠杆</translation>
    </message>
    <message>
        <source>Filter levers</source>
        <translation>筛选杠杆</translation>
    </message>
    <message>
        <source>Set only</source>
        <translation>仅已设置</translation>
    </message>
    <message>
        <source>List only the levers this scenario sets</source>
        <translation>只列出此情景设置的杠杆</translation>
    </message>
    <message>
        <source>{shown} of {count}</source>
        <translation>{shown} / {count}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lever(s)</source>
        <translation>
            <numerusform>%Ln 个杠杆</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {count} levers listed; {set} set in this scenario</source>
        <translation>已列出 {shown} / {count} 个杠杆；此情景设置了 {set} 个</translation>
    </message>
    <message>
        <source>This model has no levers. Restrictions are levers; any node can be marked as one in the Inspector.</source>
        <translation>此模型没有杠杆。限制措施就是杠杆；任何节点都可以在检查器中标记为杠杆。</translation>
    </message>
    <message>
        <source>Add a scenario to set its levers.</source>
        <translation>添加一个情景来设置其杠杆。</translation>
    </message>
    <message>
        <source>This scenario sets no levers yet.</source>
        <translation>此情景尚未设置任何杠杆。</translation>
    </message>
    <message>
        <source>No lever matches the filter.</source>
        <translation>没有符合筛选条件的杠杆。</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>杠杆</translation>
    </message>
</context>
<context>
    <name>LeverRow</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
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
        <source>from </source>
        <translation>从 </translation>
    </message>
    <message>
        <source>to </source>
        <translation>到 </translation>
    </message>
    <message>
        <source>to end</source>
        <translation>到结束</translation>
    </message>
    <message>
        <source>{lever} lever</source>
        <translation>{lever} 杠杆</translation>
    </message>
    <message>
        <source>{lever}: how the scenario sets it</source>
        <translation>{lever}：情景如何设置它</translation>
    </message>
    <message>
        <source>From {low} to {high}, the levels the {activation} activation gives a node: {low} holds it at the full opposite, 0 at none of it, {high} at all of it</source>
        <translation>{low} 到 {high}：{activation} 激活函数给节点的水平。{low} 表示全力朝相反方向，0 表示完全没有，{high} 表示全部</translation>
    </message>
    <message>
        <source>From 0 to {high}, the levels the {activation} activation gives a node: 0 holds it at none of it, {high} at all of it</source>
        <translation>0 到 {high}：{activation} 激活函数给节点的水平。0 表示完全没有，{high} 表示全部</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node: the slider shows its nearest end; move it to set a value within the range</source>
        <translation>{value} 在 {activation} 激活函数给节点的水平 {low} 到 {high} 之外：滑块显示最近的一端；移动滑块即可设为范围内的值</translation>
    </message>
</context>
<context>
    <name>LoopDominanceChart</name>
    <message>
        <source>share of loop activity</source>
        <translation>回路活动占比</translation>
    </message>
    <message>
        <source>Run a scenario to see which loops drive its changes over time.</source>
        <translation>运行一个情景，查看哪些回路随时间推动其变化。</translation>
    </message>
    <message>
        <source>Scoring the feedback loops over time…</source>
        <translation>正在随时间为反馈回路评分…</translation>
    </message>
    <message>
        <source>Scoring loops over time</source>
        <translation>正在随时间为回路评分</translation>
    </message>
    <message>
        <source>No loop scores: {reason}</source>
        <translation>没有回路评分：{reason}</translation>
    </message>
    <message>
        <source>Select a node on the map to see which loops drive it over time.</source>
        <translation>在图上选择一个节点，查看哪些回路随时间推动它。</translation>
    </message>
    <message>
        <source>No feedback loop runs through or into &lt;b&gt;{node}&lt;/b&gt;{note}.</source>
        <translation>没有反馈回路经过或进入 &lt;b&gt;{node}&lt;/b&gt;{note}。</translation>
    </message>
    <message>
        <source>Loops driving &lt;b&gt;{node}&lt;/b&gt; in &lt;b&gt;{scenario}&lt;/b&gt; (above 0 they amplify its change, below they damp it)</source>
        <translation>在 &lt;b&gt;{scenario}&lt;/b&gt; 中推动 &lt;b&gt;{node}&lt;/b&gt; 的回路（高于 0 放大其变化，低于 0 抑制其变化）</translation>
    </message>
    <message>
        <source>Each loop&apos;s share of the loop activity reaching {node}, {unit} by {unit}. {reaching} of {count} loops reach it; {note}.</source>
        <translation>每个回路在到达 {node} 的回路活动中所占的份额，按{unit}逐一计算。{count} 个回路中有 {reaching} 个到达它；{note}。</translation>
    </message>
    <message numerus="yes">
        <source>%n other loop(s)</source>
        <translation>
            <numerusform>其他 %n 个回路</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Dominant:&lt;/b&gt; </source>
        <translation>&lt;b&gt;主导：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{steps}: {loop}</source>
        <translation>{steps}：{loop}</translation>
    </message>
    <message>
        <source>no loop</source>
        <translation>无回路</translation>
    </message>
    <message>
        <source>{unit} {first}–{last}</source>
        <translation>第 {first}–{last} {unit}</translation>
    </message>
    <message>
        <source>{unit} {step}</source>
        <translation>第 {step} {unit}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>查找节点 (Ctrl+F)</translation>
    </message>
    <message>
        <source>⚠ Autosave failed: save your work</source>
        <translation>⚠ 自动保存失败：请保存您的工作</translation>
    </message>
    <message>
        <source>⚠ Autosave failed</source>
        <translation>⚠ 自动保存失败</translation>
    </message>
    <message>
        <source>The recovery copy of this model could not be written ({reason}). Until it can, a crash would lose the edits made since the last save: save your work (File &gt; Save).</source>
        <translation>无法写入此模型的恢复副本（{reason}）。在能够写入之前，一旦崩溃，自上次保存以来的编辑都会丢失：请保存您的工作（文件 &gt; 保存）。</translation>
    </message>
    <message>
        <source>{name}[*] — Windtunnel</source>
        <translation>{name}[*] — Windtunnel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge(s)</source>
        <translation>
            <numerusform>%Ln 条边</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>That edit is not possible</source>
        <translation>无法进行该编辑</translation>
    </message>
    <message>
        <source>The label was not changed: {reason}</source>
        <translation>标签未更改：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln node(s)</source>
        <translation>
            <numerusform>已复制 %Ln 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}. Edit &gt; Undo brings it all back.</source>
        <translation>{what}。编辑 &gt; 撤销 可全部恢复。</translation>
    </message>
    <message>
        <source>To draw an edge, select two nodes (Ctrl+click, in order) and Connect, or drag from a node&apos;s round handle onto another node</source>
        <translation>要画一条边，请依次选择两个节点（Ctrl+单击）再点“连接”，或从节点的圆形手柄拖到另一个节点上</translation>
    </message>
    <message>
        <source>The selected nodes are already joined in that order</source>
        <translation>所选节点已按此顺序连接</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>未粘贴任何内容</translation>
    </message>
    <message>
        <source>The clipboard holds no Windtunnel nodes</source>
        <translation>剪贴板中没有 Windtunnel 节点</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) match “{text}”</source>
        <translation>
            <numerusform>%Ln 个节点与“{text}”匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Match {index} of {count}</source>
        <translation>第 {index} 个匹配，共 {count} 个</translation>
    </message>
    <message>
        <source>About Windtunnel</source>
        <translation>关于 Windtunnel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Windtunnel {version}&lt;/b&gt;&lt;br&gt;Wind-tunnel policy options on signed influence maps. Works offline.</source>
        <translation>&lt;b&gt;Windtunnel {version}&lt;/b&gt;&lt;br&gt;在带符号的影响图上对政策方案进行“风洞”测试。可离线使用。</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>Another task is running</source>
        <translation>另一个任务正在运行</translation>
    </message>
    <message>
        <source>{task} is still running: wait for it to finish, or cancel it, then export again.</source>
        <translation>{task} 仍在运行：请等待它完成或将其取消，然后再导出。</translation>
    </message>
    <message>
        <source>Exported from Windtunnel</source>
        <translation>由 Windtunnel 导出</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <source>Writing the image</source>
        <translation>正在写入图像</translation>
    </message>
    <message>
        <source>Painting the map</source>
        <translation>正在绘制图</translation>
    </message>
    <message>
        <source>The map could not be painted</source>
        <translation>无法绘制图</translation>
    </message>
    <message>
        <source>Image export cancelled</source>
        <translation>图像导出已取消</translation>
    </message>
</context>
<context>
    <name>MapResults</name>
    <message>
        <source>{scenario} · {unit} {step} of {steps}</source>
        <translation>{scenario} · 第 {step}/{steps} {unit}</translation>
    </message>
    <message>
        <source>Change from baseline · {scenario} · {unit} {step} of {steps}</source>
        <translation>相对基线的变化 · {scenario} · 第 {step}/{steps} {unit}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
</context>
<context>
    <name>NearMatchReview</name>
    <message>
        <source>Concepts that are only alike</source>
        <translation>仅仅相似的概念</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>图</translation>
    </message>
    <message>
        <source>Its concept</source>
        <translation>其概念</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>可能是</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>保持分开</translation>
    </message>
    <message>
        <source>Merge with {concept}</source>
        <translation>与 {concept} 合并</translation>
    </message>
    <message>
        <source>Keep this concept apart, merge it with the concept it may be, or with any concept of the maps before it</source>
        <translation>保持这个概念分开，将它与它可能对应的概念合并，或与之前各图中的任何概念合并</translation>
    </message>
    <message>
        <source>not on the other maps</source>
        <translation>不在其他图上</translation>
    </message>
    <message>
        <source>Add to the shared map</source>
        <translation>加入共享的图</translation>
    </message>
    <message>
        <source>Keep as {participant}&apos;s own</source>
        <translation>保留为 {participant} 自己的</translation>
    </message>
    <message>
        <source>These concepts have alike labels: in different maps, or spelled two ways in one map. Nothing is merged unless you choose Merge: merged, the map&apos;s node becomes the concept and its edges rate the concept&apos;s edges; kept apart, it stays a concept of its own.</source>
        <translation>这些概念标签相似：来自不同的图，或在同一图中有两种写法。除非您选择“合并”，否则不会合并任何内容：合并后，该图的节点成为这一概念，其边作为对该概念的边的评分；保持分开，则它仍是一个独立的概念。</translation>
    </message>
    <message>
        <source>Add this concept and its edges to the shared map, or keep them as this participant&apos;s own nodes and edges</source>
        <translation>将此概念及其边加入共享的图，或保留为该参与者自己的节点和边</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>全部合并</translation>
    </message>
    <message>
        <source>Keep all apart</source>
        <translation>全部保持分开</translation>
    </message>
</context>
<context>
    <name>NodeNamer</name>
    <message>
        <source>Name the new actor, then Enter</source>
        <translation>输入新行为体的名称，然后按 Enter</translation>
    </message>
    <message>
        <source>Name the new restriction (lever), then Enter</source>
        <translation>输入新限制措施（杠杆）的名称，然后按 Enter</translation>
    </message>
    <message>
        <source>Name the new factor, then Enter</source>
        <translation>输入新因素的名称，然后按 Enter</translation>
    </message>
    <message>
        <source>Name the new node, then Enter</source>
        <translation>输入新节点的名称，然后按 Enter</translation>
    </message>
    <message>
        <source>The node&apos;s label, then Enter</source>
        <translation>输入节点标签，然后按 Enter</translation>
    </message>
</context>
<context>
    <name>NodeObjectivesBox</name>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Make an Objective…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <source>Define what a scenario should do to this node</source>
        <translation>设定情景应使此节点发生的变化</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>No objective is about this node: the Scorecard scores scenarios by their objectives.</source>
        <translation>没有关于此节点的目标：评分卡按目标为情景评分。</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message numerus="yes">
        <source>%n note(s) on the import:</source>
        <translation>
            <numerusform>导入说明 %n 条：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on reading the file:</source>
        <translation>
            <numerusform>读取文件时作了 %n 处更改：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on reading the file:</source>
        <translation>
            <numerusform>读取文件的说明 %n 条：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New Objective</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Edit Objective</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>The least change from baseline at the last step that meets the objective (0: no change the wrong way)</source>
        <translation>达成目标所需的、最后一步相对基线的最小变化（0：不向相反方向变化）</translation>
    </message>
    <message>
        <source>How much the objective weighs in a scenario&apos;s score</source>
        <translation>此目标在情景得分中的权重</translation>
    </message>
    <message>
        <source>The objective&apos;s name in the interface&apos;s language</source>
        <translation>目标在界面语言中的名称</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Translated name may be out of date: reviewed</source>
        <translation>译名可能已过时：已复核</translation>
    </message>
    <message>
        <source>The original name was changed after this translation was written; tick once the name says what the original says now</source>
        <translation>原名称在这条译文写好之后被修改过；译名与当前原文一致后请勾选</translation>
    </message>
    <message>
        <source>{node} stays within [{low}, {high}]: it changes by at most {largest}.</source>
        <translation>{node} 保持在 [{low}, {high}] 之内：其变化最多为 {largest}。</translation>
    </message>
    <message>
        <source>Raise {node}</source>
        <translation>提高{node}</translation>
    </message>
    <message>
        <source>Lower {node}</source>
        <translation>降低{node}</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <source>Add a node to the map first: an objective is about one node.</source>
        <translation>请先在图中添加节点：目标针对一个节点。</translation>
    </message>
    <message>
        <source>Make an &amp;Objective of “{node}”…</source>
        <translation>以“{node}”设定目标(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>OriginalText</name>
    <message>
        <source>{field}: {text}</source>
        <translation>{field}：{text}</translation>
    </message>
    <message>
        <source>Editing the {language} text. Original: {text}</source>
        <translation>正在编辑{language}文本。原文：{text}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>原文：{text}</translation>
    </message>
    <message>
        <source>Show the original on one line</source>
        <translation>将原文显示为一行</translation>
    </message>
    <message>
        <source>Show the original text whole</source>
        <translation>显示完整原文</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Filter nodes and edges…</source>
        <translation>筛选节点和边…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（无组）</translation>
    </message>
    <message>
        <source>Positive edges ({count})</source>
        <translation>正向边 ({count})</translation>
    </message>
    <message>
        <source>Negative edges ({count})</source>
        <translation>负向边 ({count})</translation>
    </message>
    <message>
        <source>Zero-weight edges ({count})</source>
        <translation>零权重边 ({count})</translation>
    </message>
    <message>
        <source>Actors ({count})</source>
        <translation>行为体 ({count})</translation>
    </message>
    <message>
        <source>Restrictions (levers) ({count})</source>
        <translation>限制措施（杠杆）({count})</translation>
    </message>
    <message>
        <source>Factors ({count})</source>
        <translation>因素 ({count})</translation>
    </message>
</context>
<context>
    <name>OverrideBox</name>
    <message>
        <source>Edge in the current scenario</source>
        <translation>当前情景中的边</translation>
    </message>
    <message>
        <source>This edge&apos;s weight in the current scenario only</source>
        <translation>此边仅在当前情景中的权重</translation>
    </message>
    <message>
        <source>Use the model&apos;s weight</source>
        <translation>使用模型的权重</translation>
    </message>
    <message>
        <source>Weight in scenario</source>
        <translation>情景中的权重</translation>
    </message>
    <message>
        <source>“{scenario}” uses the model&apos;s weight {weight}.</source>
        <translation>“{scenario}”使用模型的权重 {weight}。</translation>
    </message>
    <message>
        <source>“{scenario}” overrides the model&apos;s weight {weight} with &lt;b&gt;{override}&lt;/b&gt;.</source>
        <translation>“{scenario}”将模型的权重 {weight} 改为 &lt;b&gt;{override}&lt;/b&gt;。</translation>
    </message>
</context>
<context>
    <name>ParallelCoordinates</name>
    <message>
        <source>Colour by:</source>
        <translation>着色依据：</translation>
    </message>
    <message>
        <source>Every objective met or not</source>
        <translation>是否达成所有目标</translation>
    </message>
</context>
<context>
    <name>ParticipantResults</name>
    <message>
        <source>{k} of {n} participants&apos; maps say {node} rises</source>
        <translation>{n} 位参与者的图中有 {k} 个认为{node}上升</translation>
    </message>
    <message>
        <source>{k} of {n} say it falls</source>
        <translation>{n} 个中有 {k} 个认为它下降</translation>
    </message>
    <message>
        <source>{k} of {n} participants&apos; maps say {node} falls</source>
        <translation>{n} 位参与者的图中有 {k} 个认为{node}下降</translation>
    </message>
    <message>
        <source>{k} of {n} see no change</source>
        <translation>{n} 个中有 {k} 个认为没有变化</translation>
    </message>
    <message>
        <source>No participant&apos;s map says {node} changes</source>
        <translation>没有参与者的图认为{node}会变化</translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation>{counts}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Their changes range from {low} to {high}.</source>
        <translation>他们的变化从 {low} 到 {high}。</translation>
    </message>
    <message>
        <source>The node whose change is charted per participant</source>
        <translation>按参与者绘制其变化的节点</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Monte Carlo over participants&apos; maps</source>
        <translation>基于参与者的图的蒙特卡洛</translation>
    </message>
    <message>
        <source>Run Monte Carlo where each sample is one participant&apos;s map, drawn by credibility (samples and seed in the engine settings); the bands and probabilities show in Results</source>
        <translation>运行蒙特卡洛，每个样本是按可信度抽取的一位参与者的图（样本数和随机种子见引擎设置）；区间带和概率显示在“结果”中</translation>
    </message>
    <message>
        <source>and their weights within bounds</source>
        <translation>并在界限内抽取其权重</translation>
    </message>
    <message>
        <source>Each sample draws a participant&apos;s map, then each edge they drew within its bounds around their weight (the uncertainty the weights&apos; Monte Carlo uses)</source>
        <translation>每个样本先抽取一位参与者的图，再在其权重周围的界限内抽取其画出的每条边（与权重的蒙特卡洛所用的不确定性相同）</translation>
    </message>
    <message>
        <source>No participants: nothing to chart per participant. Bring in their maps with File &gt; Import Participants&apos; Maps…, or add participants in the Participants dock.</source>
        <translation>没有参与者：没有可按参与者绘制的内容。请用“文件 &gt; 导入参与者的图…”导入他们的图，或在“参与者”停靠面板中添加参与者。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Heat map of ratings</source>
        <translation>评分热图</translation>
    </message>
    <message>
        <source>Running the scenario on every participant&apos;s map…</source>
        <translation>正在每位参与者的图上运行情景…</translation>
    </message>
    <message>
        <source>Results per participant</source>
        <translation>各参与者的结果</translation>
    </message>
    <message>
        <source>This model has no participants&apos; maps to draw from: bring them in with File &gt; Import Participants&apos; Maps, or add participants in the Participants dock</source>
        <translation>此模型没有可抽取的参与者的图：请用“文件 &gt; 导入参与者的图”导入，或在“参与者”中添加参与者</translation>
    </message>
    <message>
        <source>No results per participant: {reason}</source>
        <translation>没有各参与者的结果：{reason}</translation>
    </message>
    <message>
        <source>This model has no participants.</source>
        <translation>此模型没有参与者。</translation>
    </message>
    <message>
        <source>This model has no scenarios yet: add one (the Scenarios dock) to see it on every participant&apos;s map.</source>
        <translation>此模型还没有情景：添加一个（在“情景”停靠窗口中），即可查看它在每位参与者的图上的结果。</translation>
    </message>
    <message>
        <source>Choose a scenario to see it on every participant&apos;s map.</source>
        <translation>选择一个情景，查看它在每位参与者的图上的结果。</translation>
    </message>
    <message>
        <source>{scenario} on each of {count} participants&apos; maps (each against their own baseline)</source>
        <translation>{scenario}在 {count} 位参与者各自的图上（各自相对其自身的基线）</translation>
    </message>
    <message>
        <source>{scenario} on each of {count} participants&apos; maps</source>
        <translation>{scenario}在 {count} 位参与者各自的图上</translation>
    </message>
    <message>
        <source>{scenario}: {count} participants</source>
        <translation>{scenario}：{count} 位参与者</translation>
    </message>
    <message>
        <source>shaded: lowest to highest of {count} participants&apos; maps; thin line: their median</source>
        <translation>阴影：{count} 位参与者的图从最低到最高的范围；细线：其中位数</translation>
    </message>
    <message>
        <source>shared map</source>
        <translation>共享图</translation>
    </message>
    <message>
        <source>No objectives in this model: add them to score scenarios.</source>
        <translation>此模型没有目标：请添加目标以便为情景评分。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Shared map</source>
        <translation>共享图</translation>
    </message>
    <message>
        <source>{k} of {n} participants&apos; maps meet every objective at once. ✔ met, ✘ not met on each participant&apos;s map (the change of the objective&apos;s node at the last step against its threshold).</source>
        <translation>在 {n} 位参与者的图中，有 {k} 个同时达成所有目标。✔ 已达成，✘ 未达成：在每位参与者的图上，目标节点在最后一步的变化与其阈值比较。</translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message>
        <source>Import &amp;Participants&apos; Maps…</source>
        <translation>导入参与者的图(&amp;P)…</translation>
    </message>
    <message>
        <source>Several maps (one per participant) become one model of participants, concepts aligned</source>
        <translation>将多张图（每位参与者一张）合并为一个包含参与者的模型，并对齐概念</translation>
    </message>
    <message>
        <source>Import participants&apos; maps</source>
        <translation>导入参与者的图</translation>
    </message>
    <message>
        <source>The maps could not be combined</source>
        <translation>无法合并这些图</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s)</source>
        <translation>
            <numerusform>已导入 %n 位参与者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Anonymous (hide names)</source>
        <translation>匿名（隐藏姓名）</translation>
    </message>
    <message>
        <source>Disagreement lens on the map</source>
        <translation>在图上显示分歧透镜</translation>
    </message>
    <message>
        <source>&amp;Disagreement Lens</source>
        <translation>分歧透镜(&amp;D)</translation>
    </message>
    <message>
        <source>Show on the map where participants disagree</source>
        <translation>在图上显示参与者意见分歧之处</translation>
    </message>
    <message>
        <source>mean / median: credibility-weighted mean or median of the weights; linguistic: FCMpy&apos;s pipeline over the terms (Help &gt; Participants)</source>
        <translation>均值 / 中位数：按可信度加权的权重均值或中位数；语言式：FCMpy 对语言术语的处理流程（帮助 &gt; 参与者）</translation>
    </message>
    <message>
        <source>count as zero</source>
        <translation>计为零</translation>
    </message>
    <message>
        <source>are left out</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Edges a participant did not rate: count as a weight of 0 (fcmconfr&apos;s include_zeroes), or leave them out of the aggregate of that edge. An explicit &quot;no effect&quot; (NA or 0) is a rating and counts as 0 either way</source>
        <translation>参与者没有评分的边：计为权重 0（与 fcmconfr 的做法相同），或不计入这条边的汇总。明确的“没有影响”（NA 或 0）是一个评分，两种方式下都计为 0</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>边数</translation>
    </message>
    <message>
        <source>Edges rated: how many of the map&apos;s edges the participant has rated</source>
        <translation>已评分的边：该参与者已评分的图中边的数量</translation>
    </message>
    <message>
        <source>How much a participant&apos;s ratings weigh in the aggregate: a number from 0 to 100 (double-click to edit)</source>
        <translation>参与者的评分在汇总中所占的权重：0 到 100 之间的数（双击可编辑）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a participant (double-click a name to rename)</source>
        <translation>添加参与者（双击姓名可重命名）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected participant and their ratings</source>
        <translation>移除所选参与者及其评分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>语言术语</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Aggregate by</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>Absent ratings</source>
        <translation>缺失的评分</translation>
    </message>
    <message>
        <source>More below ▾</source>
        <translation>下方还有 ▾</translation>
    </message>
    <message>
        <source>How the ratings combine and the selected edge&apos;s ratings are below: click, or scroll, to see them</source>
        <translation>评分的汇总方式和所选边的评分在下方：点击或滚动即可查看</translation>
    </message>
    <message>
        <source>This model has no participants. &lt;a href=&quot;add&quot;&gt;Add one&lt;/a&gt; to rate its edges, or bring in each participant&apos;s map, or a workbook of several participants, with File &amp;gt; Import Participants&apos; Maps… (on the command line: windtunnel aggregate). See Help &amp;gt; Participants.</source>
        <translation>此模型没有参与者。可&lt;a href=&quot;add&quot;&gt;添加一位参与者&lt;/a&gt;为边评分，或用“文件 &amp;gt; 导入参与者的图”导入每位参与者的图或包含多位参与者的工作簿（命令行中用 windtunnel aggregate）。见 帮助 &amp;gt; 参与者。</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>缺失的评分计为零</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>缺失的评分不计入</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s).</source>
        <translation>
            <numerusform>%n 位参与者。</numerusform>
        </translation>
    </message>
    <message>
        <source>No edge of the map&apos;s {edges} is rated yet: each keeps the map&apos;s own weight until someone rates it, then weighs the {method} of their ratings ({zeros}).</source>
        <translation>图中 {edges} 条边尚无一条被评分：每条边在有人评分之前保留图自身的权重，之后权重是评分的{method}（{zeros}）。</translation>
    </message>
    <message numerus="yes">
        <source>The %n of the map&apos;s {edges} edges that they rated weigh the {method} of their ratings ({zeros}); the others keep the map&apos;s own weights.</source>
        <translation>
            <numerusform>图中 {edges} 条边里他们评过分的 %n 条，权重是他们评分的{method}（{zeros}）；其他边保留图自身的权重。</numerusform>
        </translation>
    </message>
    <message>
        <source>That change is not possible</source>
        <translation>无法进行该更改</translation>
    </message>
    <message>
        <source>That name is not possible</source>
        <translation>无法使用该名称</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number: a credibility is a number from 0 to 100</source>
        <translation>“{text}”不是数字：可信度是 0 到 100 之间的数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Participants&apos; Results</source>
        <translation>参与者结果</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>参与者 {number}</translation>
    </message>
    <message>
        <source>Participants {first}–{last}</source>
        <translation>参与者 {first}—{last}</translation>
    </message>
    <message>
        <source>linguistic ({implication}, {union}, {defuzzification})</source>
        <translation>语言式（{implication}、{union}、{defuzzification}）</translation>
    </message>
    <message>
        <source>Select one edge to see every participant&apos;s rating of it.</source>
        <translation>选择一条边，查看每位参与者对它的评分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source} → {target}&lt;/b&gt; (map weight {weight})</source>
        <translation>&lt;b&gt;{source} → {target}&lt;/b&gt;（图中权重 {weight}）</translation>
    </message>
    <message>
        <source>No participant rated this edge.</source>
        <translation>没有参与者为这条边评分。</translation>
    </message>
    <message>
        <source> — sign conflict</source>
        <translation> — 符号冲突</translation>
    </message>
    <message numerus="yes">
        <source>{entropy} (counting the %n who did not rate it as “no causality”)</source>
        <translation>
            <numerusform>{entropy}（把未评分的 %n 人计为“无因果关系”）</numerusform>
        </translation>
    </message>
    <message>
        <source>{raters} of {count} rated it: {raise_} raise, {lower} lower, {neutral} no effect{conflict}. Spread {spread}, range {range}, entropy {entropy}.</source>
        <translation>{count} 人中有 {raters} 人评分：{raise_} 人认为提高，{lower} 人认为降低，{neutral} 人认为无影响{conflict}。离散度 {spread}，极差 {range}，熵 {entropy}。</translation>
    </message>
    <message>
        <source>Double-click a participant&apos;s row to rate this edge as them in the Inspector.</source>
        <translation>双击某位参与者的行，即可在检查器中以其身份为此边评分。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Windtunnel kept the previous version of this file beside it: {name} (saved {when}, in {folder}). To use it, copy it to a name ending in “{suffix}” and open the copy.</source>
        <translation>Windtunnel 在此文件旁保留了它的上一个版本：{name}（保存于 {when}，位于 {folder}）。如需使用，请将其复制为以“{suffix}”结尾的文件名并打开副本。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>Rating by a participant</source>
        <translation>参与者的评分</translation>
    </message>
    <message>
        <source>The participant whose ratings you set here</source>
        <translation>在此设置其评分的参与者</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a term of the linguistic scale, -VH (very high, lowers) to +VH (very high, raises); NA: no effect</source>
        <translation>参与者以语言量表中的术语给出的评分，从 -VH（很高，降低）到 +VH（很高，提高）；NA：无影响</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a weight in [-1, 1]</source>
        <translation>参与者以 [-1, 1] 内的权重给出的评分</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>This participant gives no rating of this edge</source>
        <translation>此参与者不为这条边评分</translation>
    </message>
    <message>
        <source>Rate as</source>
        <translation>评分者</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>语言术语</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Rate this edge as {who} ↓</source>
        <translation>以 {who} 的身份为此边评分 ↓</translation>
    </message>
    <message>
        <source>Not rated by this participant yet.</source>
        <translation>此参与者尚未评分。</translation>
    </message>
    <message>
        <source>Rated by the term {term} (weight {weight}).</source>
        <translation>以语言术语 {term} 评分（权重 {weight}）。</translation>
    </message>
    <message>
        <source>≈ {term} (rated by a number)</source>
        <translation>≈ {term}（以数值评分）</translation>
    </message>
    <message>
        <source>Rated by the number {weight}; read as a term, it counts as the nearest one, {term}.</source>
        <translation>以数值 {weight} 评分；按语言术语读取时，计为最接近的 {term}。</translation>
    </message>
    <message>
        <source>That rating is not possible</source>
        <translation>无法给出该评分</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;Absent ratings setting&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;undo&quot;&gt;撤销&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;缺失评分的设置&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes it back.</source>
        <translation>编辑 &gt; 撤销 可以取消此更改。</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rate an Edge</source>
        <translation>为边评分</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a weight in [-1, 1]</source>
        <translation>参与者以 [-1, 1] 内的权重给出的评分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
</context>
<context>
    <name>RatingMenu</name>
    <message>
        <source>very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>很低</translation>
    </message>
    <message>
        <source>NA  no effect</source>
        <translation>NA  没有影响</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>使其上升</translation>
    </message>
    <message>
        <source>lowers</source>
        <translation>使其下降</translation>
    </message>
    <message>
        <source>{term}  {strength}, {direction}</source>
        <translation>{term}  {strength}，{direction}</translation>
    </message>
    <message>
        <source>Rating by {who}</source>
        <translation>{who} 的评分</translation>
    </message>
    <message>
        <source>Rate &amp;As</source>
        <translation>评分者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Weight and Confidence...</source>
        <translation>权重和置信度(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Clear Rating</source>
        <translation>清除评分(&amp;C)</translation>
    </message>
    <message>
        <source>{who}&apos;s rating of {source} → {target}</source>
        <translation>{who} 对 {source} → {target} 的评分</translation>
    </message>
</context>
<context>
    <name>RatingsHeatMap</name>
    <message>
        <source>Blue raises, vermilion lowers, deeper is stronger, blank: not rated. Most disagreed edges first (±: sign conflict, spread in amber). Click a row to select the edge on the map.</source>
        <translation>蓝色表示提高，朱红色表示降低，颜色越深越强，空白：未评分。分歧最大的边排在最前（±：符号冲突，离散度以琥珀色显示）。点击一行可在图上选中该边。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>… and {count} more (see Details).</source>
        <translation>…另有 {count} 项（见“详细信息”）。</translation>
    </message>
    <message>
        <source>Show Details…</source>
        <translation>显示详细信息…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the whole message, for a colleague or a bug report</source>
        <translation>复制整条消息，以便发给同事或用于错误报告</translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>隐藏详细信息</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Scenario matrix</source>
        <translation>情景矩阵</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>checking whether the answer is the only one…</source>
        <translation>正在检查答案是否唯一…</translation>
    </message>
    <message>
        <source>{headline} ({reason})</source>
        <translation>{headline}（{reason}）</translation>
    </message>
    <message>
        <source>No results: {error}</source>
        <translation>没有结果：{error}</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>尚无结果。</translation>
    </message>
    <message>
        <source>Baseline {verdict}</source>
        <translation>基线：{verdict}</translation>
    </message>
    <message>
        <source>{scenario}: {verdict}</source>
        <translation>{scenario}：{verdict}</translation>
    </message>
    <message>
        <source>live preview (release the slider to keep it)</source>
        <translation>实时预览（松开滑块即保留）</translation>
    </message>
    <message>
        <source> of participants&apos; maps</source>
        <translation>（取自参与者的图）</translation>
    </message>
    <message>
        <source> of participants&apos; maps and their weights</source>
        <translation>（取自参与者的图及其权重）</translation>
    </message>
    <message>
        <source>Monte Carlo {samples} samples{of}, seed {seed}</source>
        <translation>蒙特卡洛 {samples} 个样本{of}，随机种子 {seed}</translation>
    </message>
    <message>
        <source> (stale: the model changed)</source>
        <translation>（已过时：模型已更改）</translation>
    </message>
    <message>
        <source>{rule}, {activation} λ={steepness}, {steps} {unit}s</source>
        <translation>{rule}，{activation} λ={steepness}，{steps} 个{unit}</translation>
    </message>
    <message>
        <source>In detail: {evidence}.</source>
        <translation>详细说明：{evidence}。</translation>
    </message>
    <message>
        <source>Is the answer the only one? &quot;The only possible answer&quot;: the map damps every difference between two states, so every start vector ends at this answer. &quot;The same answer from every start tried&quot;: not proven, but runs from 8 different start vectors end at the same state. &quot;May depend on the start&quot;: they settle in different places; another start vector gives another answer. &quot;May cycle&quot;: they are still moving at the last step. Engine Settings &gt; Suggest steepness proposes a steepness for which the answer is unique.</source>
        <translation>答案是唯一的吗？“唯一可能的答案”：图会衰减任意两个状态之间的差异，因此每个起始向量都会到达这个答案。“所有尝试的起点得到相同答案”：未经证明，但从 8 个不同起始向量出发的运行都到达同一状态。“可能取决于起点”：运行停在不同位置；换一个起始向量会得到另一个答案。“可能循环”：到最后一步仍在变化。“引擎设置 &gt; 建议陡度”会给出使答案唯一的陡度。</translation>
    </message>
</context>
<context>
    <name>ReviewNotice</name>
    <message>
        <source>Translation may be out of date</source>
        <translation>译文可能已过时</translation>
    </message>
    <message>
        <source>The original text was edited after this translation was written: check that it still says the same</source>
        <translation>原文在这条译文写好之后被编辑过：请检查译文是否仍与原文一致</translation>
    </message>
    <message>
        <source>Mark Reviewed</source>
        <translation>标为已复核</translation>
    </message>
    <message>
        <source>The translation says what the original says now: take the mark away</source>
        <translation>译文与当前原文一致：去掉这个标记</translation>
    </message>
    <message>
        <source>Translation may be out of date: {fields}</source>
        <translation>译文可能已过时：{fields}</translation>
    </message>
</context>
<context>
    <name>ScenarioMatrix</name>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Median change (Monte Carlo)</source>
        <translation>变化中位数（蒙特卡洛）</translation>
    </message>
    <message>
        <source>P(increase) (Monte Carlo)</source>
        <translation>P(上升)（蒙特卡洛）</translation>
    </message>
    <message>
        <source>Filter nodes (label, id or group)</source>
        <translation>筛选节点（标签、ID 或组）</translation>
    </message>
    <message>
        <source>At shown step</source>
        <translation>按显示的步</translation>
    </message>
    <message>
        <source>Show the change at the step shown on the map instead of at the last step</source>
        <translation>显示图上当前所示步的变化，而不是最后一步的变化</translation>
    </message>
    <message>
        <source>What a cell shows: the change of the run, or after a Monte Carlo run the median change or the probability of a rise</source>
        <translation>单元格显示的内容：运行的变化；蒙特卡洛运行后可显示变化中位数或上升概率</translation>
    </message>
    <message>
        <source>Across participants</source>
        <translation>跨参与者</translation>
    </message>
    <message>
        <source>Run every scenario on every participant&apos;s map too, and add to each cell how many maps agree with the shared map (4/6 ↑: four of six say it rises)</source>
        <translation>也在每位参与者的图上运行每个情景，并在每个单元格中加上有多少张图与共享的图一致（4/6 ↑：六张中有四张认为它上升）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Scenarios on every participant&apos;s map</source>
        <translation>在每位参与者的图上运行情景</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>{unit} {step}</source>
        <translation>第 {step} {unit}</translation>
    </message>
    <message>
        <source>the last {unit} ({steps})</source>
        <translation>最后一个{unit}（{steps}）</translation>
    </message>
    <message>
        <source>Probability that the node ends above the baseline at {when}, over {samples} Monte Carlo samples (50%: undecided, white: no sample moves it)</source>
        <translation>在 {when} 节点高于基线的概率，基于 {samples} 个蒙特卡洛样本（50%：不确定；白色：没有样本使其变化）</translation>
    </message>
    <message>
        <source>0% (falls)</source>
        <translation>0%（下降）</translation>
    </message>
    <message>
        <source>(rises) 100%</source>
        <translation>（上升）100%</translation>
    </message>
    <message>
        <source>Median change from baseline at {when} over {samples} Monte Carlo samples</source>
        <translation>在 {when} 相对基线变化的中位数，基于 {samples} 个蒙特卡洛样本</translation>
    </message>
    <message>
        <source> (run Monte Carlo for medians and probabilities)</source>
        <translation>（运行蒙特卡洛可得到中位数和概率）</translation>
    </message>
    <message>
        <source>Change from baseline at {when}{extra}</source>
        <translation>在 {when} 相对基线的变化{extra}</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add an empty scenario</source>
        <translation>添加一个空情景</translation>
    </message>
    <message>
        <source>No scenarios yet. A scenario is a policy option: Add one, then set its levers below.</source>
        <translation>还没有情景。情景是一个政策选项：点击“添加”新建一个，然后在下方设置它的杠杆。</translation>
    </message>
    <message>
        <source>Copy the current scenario</source>
        <translation>复制当前情景</translation>
    </message>
    <message>
        <source>Delete the current scenario (undoable)</source>
        <translation>删除当前情景（可撤销）</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>边</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Override selected edge</source>
        <translation>覆盖所选边</translation>
    </message>
    <message>
        <source>Give the edge selected on the map another weight in this scenario</source>
        <translation>在此情景中为图上所选的边设置另一个权重</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Edge-weight overrides</source>
        <translation>边权重覆盖</translation>
    </message>
    <message>
        <source>Mark Translation Reviewed</source>
        <translation>将译文标为已复核</translation>
    </message>
    <message>
        <source>The scenario&apos;s translated name says what its original says now: take the mark away</source>
        <translation>情景的译名与当前原文一致：去掉这个标记</translation>
    </message>
    <message>
        <source>Translated name may be out of date</source>
        <translation>译名可能已过时</translation>
    </message>
    <message>
        <source>Renamed, the name is the scenario&apos;s own in every language</source>
        <translation>重命名后，新名称在每种语言中都是这个情景的名称</translation>
    </message>
    <message>
        <source>Renamed here, the name is its {language} translation; the original stays</source>
        <translation>在此重命名时，新名称是它的{language}译文，原文保持不变</translation>
    </message>
    <message>
        <source>Select one edge on the map to override its weight</source>
        <translation>在图上选择一条边以覆盖其权重</translation>
    </message>
    <message>
        <source>Choose an override to remove</source>
        <translation>请选择要移除的覆盖</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>No objectives in this model: add them to score scenarios.</source>
        <translation>此模型没有目标：请添加目标以便为情景评分。</translation>
    </message>
    <message>
        <source>No results to score.</source>
        <translation>没有可评分的结果。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>{objective} in {scenario}: change {change}, met</source>
        <translation>{scenario} 中的{objective}：变化 {change}，已达成</translation>
    </message>
    <message>
        <source>{objective} in {scenario}: change {change}, not met</source>
        <translation>{scenario} 中的{objective}：变化 {change}，未达成</translation>
    </message>
    <message>
        <source>{shown} (unrounded {value})</source>
        <translation>{shown}（未舍入值 {value}）</translation>
    </message>
    <message>
        <source>✔ met, ✘ not met: the change of the objective&apos;s node at the last step against its threshold. Score: importance-weighted share met.</source>
        <translation>✔ 已达成，✘ 未达成：目标节点在最后一步的变化与其阈值比较。得分：按重要性加权的达成比例。</translation>
    </message>
    <message>
        <source>New Objective…</source>
        <translation>新建目标…</translation>
    </message>
    <message>
        <source>Edit Objective…</source>
        <translation>编辑目标…</translation>
    </message>
    <message>
        <source>Delete Objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>✔ met, ✘ not met</source>
        <translation>✔ 已达成，✘ 未达成</translation>
    </message>
    <message>
        <source> · P: share of Monte Carlo samples meeting it</source>
        <translation> · P：达成目标的蒙特卡洛样本比例</translation>
    </message>
    <message>
        <source> P: share of Monte Carlo samples meeting it.</source>
        <translation>P：达成目标的蒙特卡洛样本比例。</translation>
    </message>
    <message>
        <source>{objective}  (increase {node} by at least {threshold}, weight {weight})</source>
        <translation>{objective}（使 {node} 至少提高 {threshold}，权重 {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (decrease {node} by at least {threshold}, weight {weight})</source>
        <translation>{objective}（使 {node} 至少降低 {threshold}，权重 {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (do not lower {node}: change ≥ 0, weight {weight})</source>
        <translation>{objective}（不使 {node} 降低：变化 ≥ 0，权重 {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (do not raise {node}: change ≤ 0, weight {weight})</source>
        <translation>{objective}（不使 {node} 提高：变化 ≤ 0，权重 {weight}）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fill in the conventions of another FCM tool so that results match it exactly.</source>
        <translation>填入另一种 FCM 工具的约定，使结果与其完全一致。</translation>
    </message>
    <message>
        <source>Kosko: a node is only what its causes make it; modified Kosko also keeps its own previous level; rescaled maps levels to [-1, 1] before summing (Papageorgiou).</source>
        <translation>Kosko：节点只由其原因决定；改进 Kosko 还保留自身上一步的水平；重标度在求和前把水平映射到 [-1, 1]（Papageorgiou）。</translation>
    </message>
    <message>
        <source>How the summed push becomes a level: sigmoid (0..1), tanh (-1..1), bivalent (0/1), trivalent (-1/0/1) or clip (linear, capped at ±1).</source>
        <translation>合计推动如何转为水平：sigmoid (0..1)、tanh (-1..1)、二值 (0/1)、三值 (-1/0/1) 或截断（线性，限制在 ±1）。</translation>
    </message>
    <message>
        <source>Lambda: how sharply the activation responds; larger saturates sooner. Suggest proposes the largest with one answer from every start.</source>
        <translation>λ：激活函数响应的陡峭程度；越大越快饱和。“建议”会给出从任何起点都只有一个答案的最大值。</translation>
    </message>
    <message>
        <source>How many time steps each run lasts (also the cap for convergence).</source>
        <translation>每次运行持续的时间步数（也是收敛的上限）。</translation>
    </message>
    <message>
        <source>The name of one step in charts and exports (month, quarter, round).</source>
        <translation>图表和导出中一步的名称（月、季度、轮）。</translation>
    </message>
    <message>
        <source>Start each run from every node&apos;s initial level, or from all ones as Mental Modeler does.</source>
        <translation>每次运行从各节点的初始水平开始，或像 Mental Modeler 那样全部从 1 开始。</translation>
    </message>
    <message>
        <source>Nodes without causes are held at their start level (FCMpy) or updated like any node (Mental Modeler, R fcm).</source>
        <translation>没有原因的节点保持在起始水平 (FCMpy)，或像其他节点一样更新 (Mental Modeler, R fcm)。</translation>
    </message>
    <message>
        <source>A run has converged when no node moves more than this between steps.</source>
        <translation>当两步之间没有节点的变化超过此值时，运行即已收敛。</translation>
    </message>
    <message>
        <source>Compare changes with &lt; instead of &lt;= tolerance (R fcm).</source>
        <translation>用 &lt; 而不是 &lt;= 与容差比较 (R fcm)。</translation>
    </message>
    <message>
        <source>End a run at convergence instead of running every step.</source>
        <translation>收敛时结束运行，而不是运行每一步。</translation>
    </message>
    <message>
        <source>Count the initial state as step 1 when reporting &apos;converged at step k&apos;.</source>
        <translation>报告“在第 k 步收敛”时把初始状态计为第 1 步。</translation>
    </message>
    <message>
        <source>How many random draws of the uncertain edge weights Monte Carlo uses.</source>
        <translation>蒙特卡洛对不确定边权重进行随机抽样的次数。</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same Monte Carlo numbers, bit for bit.</source>
        <translation>随机种子：相同的种子给出逐位相同的蒙特卡洛结果。</translation>
    </message>
    <message>
        <source>For large runs: Monte Carlo in float32 is about twice as fast; its bands agree with float64&apos;s within 1e-6, and a seed still fixes every number.</source>
        <translation>适用于大型运行：以 float32 运行的蒙特卡洛约快一倍；其区间带与 float64 的相差不超过 1e-6，种子仍决定每个数字。</translation>
    </message>
    <message>
        <source>Engine settings</source>
        <translation>引擎设置</translation>
    </message>
    <message>
        <source>(the model&apos;s own)</source>
        <translation>（模型自身的设置）</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Fill in the largest steepness for which every run has exactly one answer, whatever the start</source>
        <translation>填入最大的陡度，使无论从何处开始，每次运行都恰好只有一个答案</translation>
    </message>
    <message>
        <source>strict comparison</source>
        <translation>严格比较</translation>
    </message>
    <message>
        <source>stop at convergence</source>
        <translation>收敛时停止</translation>
    </message>
    <message>
        <source>initial state counts as step 1</source>
        <translation>初始状态计为第 1 步</translation>
    </message>
    <message>
        <source>Monte Carlo in float32</source>
        <translation>以 float32 运行蒙特卡洛</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Steepness (λ)</source>
        <translation>陡度 (λ)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <source>Start vector</source>
        <translation>起始向量</translation>
    </message>
    <message>
        <source>Driver nodes</source>
        <translation>驱动节点</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>蒙特卡洛样本数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>No suggestion: {reason}</source>
        <translation>没有建议：{reason}</translation>
    </message>
    <message>
        <source>No steepness makes a {activation} activation provably give one answer (a step has no slope bound); sigmoid, tanh or clip have one.</source>
        <translation>对于 {activation} 激活函数，任何陡度都无法保证只有一个答案（阶跃函数没有斜率上界）；sigmoid、tanh 或截断函数有。</translation>
    </message>
    <message>
        <source>Any steepness gives one answer: no node&apos;s level feeds another&apos;s change here (no weights to bound).</source>
        <translation>任何陡度都只有一个答案：这里没有节点的水平会影响另一个节点的变化（没有需要约束的权重）。</translation>
    </message>
    <message>
        <source>λ {value}: below {bound}, the largest steepness for which the map damps every difference between two states ({activation}, {rule} rule, {norm}-norm of the weights {norm_value}), so every run has one answer whatever its start. </source>
        <translation>λ {value}：低于 {bound}，这是使图衰减任意两个状态之间差异的最大陡度（{activation}，{rule} 规则，权重的 {norm}-范数为 {norm_value}），因此无论从何处开始，每次运行都只有一个答案。</translation>
    </message>
    <message>
        <source>fcmconfr&apos;s estimate, which keeps the inputs in the near-linear part of the curve, is {estimate}. </source>
        <translation>fcmconfr 的估计值（使输入保持在曲线近似线性的部分）为 {estimate}。</translation>
    </message>
    <message>
        <source>With λ {steepness} the factor is {factor} (inside the bound).</source>
        <translation>当 λ 为 {steepness} 时，收缩系数为 {factor}（在界限内）。</translation>
    </message>
    <message>
        <source>With λ {steepness} the factor is {factor}: one answer is not guaranteed; the results panel says whether runs from different starts agree.</source>
        <translation>当 λ 为 {steepness} 时，收缩系数为 {factor}：不能保证只有一个答案；结果面板会说明从不同起点出发的运行是否一致。</translation>
    </message>
</context>
<context>
    <name>SobolBars</name>
    <message>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Sobol&apos; indices not computed: {reason}</source>
        <translation>未计算 Sobol&apos; 指数：{reason}</translation>
    </message>
    <message>
        <source>Sobol&apos; indices not computed: no uncertain condition.</source>
        <translation>未计算 Sobol&apos; 指数：没有不确定的条件。</translation>
    </message>
    <message>
        <source>“{option}”, {futures} futures. Share of the objective&apos;s variance each condition explains: blue with its interactions (total), vermilion alone (first order); whiskers: 95% intervals.</source>
        <translation>“{option}”，{futures} 种未来情形。每个条件解释的目标方差比例：蓝色为含交互作用（总效应），朱红色为单独作用（一阶）；须线：95% 区间。</translation>
    </message>
    <message>
        <source>Sobol&apos; index (share of variance)</source>
        <translation>Sobol&apos; 指数（方差占比）</translation>
    </message>
    <message>
        <source>Too few samples to trust these indices: run again with a Sobol&apos; base sample of {base} or more.</source>
        <translation>样本太少，这些指数不可信：请将 Sobol&apos; 基础样本设为 {base} 或更多后重新运行。</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A year, a year and month, or a whole date: 2026, 2026-06 or 2026-06-25, or as the Sources list writes it (June 25, 2026)</source>
        <translation>年份、年月或完整日期：2026、2026-06 或 2026-06-25，也可以照来源列表的写法（2026年6月25日）</translation>
    </message>
    <message>
        <source>Optional: the web address where the source can be read (http:// or https://); it is shown and copied, never opened by Windtunnel</source>
        <translation>可选：可以阅读该来源的网址（http:// 或 https://）；只显示和复制，Windtunnel 不会打开它</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>&quot;{date}&quot; is not a date: write a year, a year and month, or a whole date, as 2026, 2026-06 or 2026-06-25</source>
        <translation>“{date}”不是日期：请写年份、年月或完整日期，如 2026、2026-06 或 2026-06-25</translation>
    </message>
</context>
<context>
    <name>SourcesField</name>
    <message>
        <source>No sources yet: add them in the Sources panel</source>
        <translation>尚无来源：请在“来源”面板中添加</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>被引用</translation>
    </message>
    <message>
        <source>How many nodes and edges cite the source</source>
        <translation>引用该来源的节点和边的数量</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>添加一个来源</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the chosen source</source>
        <translation>编辑所选来源</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the chosen source</source>
        <translation>删除所选来源</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Cite the chosen source from the selected nodes and edges</source>
        <translation>让所选节点和边引用所选来源</translation>
    </message>
    <message>
        <source>Uncite</source>
        <translation>取消引用</translation>
    </message>
    <message>
        <source>Remove the chosen source from the selected nodes and edges</source>
        <translation>从所选节点和边中移除所选来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a source in the list first.</source>
        <translation>请先在列表中选择一个来源。</translation>
    </message>
    <message>
        <source>Select nodes or edges on the map first.</source>
        <translation>请先在图上选择节点或边。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) now cite it.</source>
        <translation>
            <numerusform>%n 个所选项目现在引用此来源。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) no longer cite it.</source>
        <translation>
            <numerusform>%n 个所选项目不再引用此来源。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryMode</name>
    <message>
        <source>Tell the &amp;Story</source>
        <translation>讲述故事(&amp;S)</translation>
    </message>
    <message>
        <source>Reveal the scenario step by step: levers, first effects, channels, outcomes (Right / Left, PageDown / PageUp or Space)</source>
        <translation>逐步展示情景：杠杆、初步影响、传导渠道、结果（→ / ←、PageDown / PageUp 或空格键）</translation>
    </message>
    <message>
        <source>No story yet</source>
        <translation>尚无故事</translation>
    </message>
    <message>
        <source>Choose a scenario that sets a lever; its story shows here. Escape ends the story.</source>
        <translation>请选择一个设置了杠杆的情景；它的故事会显示在这里。按 Esc 结束故事。</translation>
    </message>
    <message>
        <source>{number} of {count}; →: on, ←: back, Esc: end</source>
        <translation>第 {number}/{count} 章；→：下一章，←：上一章，Esc：结束</translation>
    </message>
    <message>
        <source>{title} ({where})</source>
        <translation>{title}（{where}）</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
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
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
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
        <source>Find chokepoints</source>
        <translation>查找瓶颈</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>回路</translation>
    </message>
    <message>
        <source>Loops over time</source>
        <translation>回路随时间变化</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actors (choose one or more):</source>
        <translation>行为体（选择一个或多个）：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Chokepoints</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Finding feedback loops…</source>
        <translation>正在查找反馈回路…</translation>
    </message>
    <message>
        <source>The structure could not be found</source>
        <translation>无法找到结构</translation>
    </message>
    <message>
        <source>No structure: {reason}</source>
        <translation>没有结构：{reason}</translation>
    </message>
    <message>
        <source>Finding loops and metrics</source>
        <translation>正在查找回路和指标</translation>
    </message>
    <message>
        <source>Stopped. The tables show the structure before the last edit; open the tab again to compute it.</source>
        <translation>已停止。表格显示的是上次编辑之前的结构；再次打开此标签页即可重新计算。</translation>
    </message>
    <message>
        <source>Stopped before the loops were found; open the tab again to compute them.</source>
        <translation>在找到回路之前已停止；再次打开此标签页即可计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback loop(s): {reinforcing} reinforcing (a change feeds itself), {balancing} balancing (a change damps itself); {note}. Click a loop to highlight it.</source>
        <translation>
            <numerusform>%n 个反馈回路：{reinforcing} 个增强回路（变化自我强化），{balancing} 个平衡回路（变化自我抑制）；{note}。点击回路可将其突出显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} edges, density {density}, {per_node} edges per node; {drivers} drivers, {receivers} receivers, {ordinary} ordinary; complexity (receivers / drivers) {complexity}; hierarchy index {hierarchy}.</source>
        <translation>{nodes} 个节点，{edges} 条边，密度 {density}，每个节点 {per_node} 条边；{drivers} 个驱动节点，{receivers} 个接收节点，{ordinary} 个普通节点；复杂度（接收 / 驱动）{complexity}；层级指数 {hierarchy}。</translation>
    </message>
    <message>
        <source>Choose at least one actor and an outcome.</source>
        <translation>请至少选择一个行为体和一个结果。</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>无法进行：{reason}</translation>
    </message>
    <message>
        <source>No path of positive influence leads from the chosen actors to &lt;b&gt;{outcome}&lt;/b&gt;.</source>
        <translation>没有正向影响路径从所选行为体通向 &lt;b&gt;{outcome}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> Directly connected (no node can cut them): {actors}.</source>
        <translation>直接相连（任何节点都无法切断）：{actors}。</translation>
    </message>
    <message>
        <source>Cutting {nodes} removes every positive path to &lt;b&gt;{outcome}&lt;/b&gt;.{direct}</source>
        <translation>切断 {nodes} 会移除所有通向 &lt;b&gt;{outcome}&lt;/b&gt; 的正向路径。{direct}</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>The current scenario: what the levers edit and the map shows (PageUp / PageDown in workshop mode)</source>
        <translation>当前情景：杠杆所编辑、图所显示的内容（研讨会模式下按 PageUp / PageDown）</translation>
    </message>
    <message>
        <source>Results on the map (tints)</source>
        <translation>在图上显示结果（着色）</translation>
    </message>
    <message>
        <source>Halos around changed nodes</source>
        <translation>变化节点周围的光晕</translation>
    </message>
    <message>
        <source>Edge flows</source>
        <translation>边的流向</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>What the map draws after a run</source>
        <translation>运行后图上绘制的内容</translation>
    </message>
    <message>
        <source>Replay the run step by step (Space in workshop mode)</source>
        <translation>逐步回放运行过程（研讨会模式下按空格键）</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>情景：</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>{unit} {step} of {steps}</source>
        <translation>第 {step}/{steps} {unit}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>TornadoView</name>
    <message>
        <source>Run sensitivity</source>
        <translation>运行敏感性分析</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效应</translation>
    </message>
    <message>
        <source>Elasticity</source>
        <translation>弹性</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>逐一变动</translation>
    </message>
    <message>
        <source>Sobol&apos; indices</source>
        <translation>Sobol&apos; 指数</translation>
    </message>
    <message>
        <source>Choose an objective and run the sensitivity analysis for “{scenario}”.</source>
        <translation>请选择一个目标，并对“{scenario}”运行敏感性分析。</translation>
    </message>
    <message>
        <source>Sensitivity needs a scenario and an objective.</source>
        <translation>敏感性分析需要一个情景和一个目标。</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <source>The sensitivity analysis failed</source>
        <translation>敏感性分析失败</translation>
    </message>
    <message>
        <source>Sensitivity cancelled; the previous results are kept</source>
        <translation>敏感性分析已取消；保留之前的结果</translation>
    </message>
    <message>
        <source>The scenario, objective or model changed while the sensitivity ran: run it again</source>
        <translation>敏感性分析运行期间情景、目标或模型已更改：请重新运行</translation>
    </message>
    <message>
        <source>This model has no edges to vary.</source>
        <translation>此模型没有可变动的边。</translation>
    </message>
    <message>
        <source>objective value (change at the last step)</source>
        <translation>目标值（最后一步的变化）</translation>
    </message>
    <message>
        <source>{objective} under “{scenario}”: central value {base}. Each bar spans the value with one edge at its low bound (vermilion) and at its high bound (blue); the {shown} widest of {count} edges. Wide bars are the weights worth checking first.</source>
        <translation>“{scenario}”下的{objective}：中心值 {base}。每根条形表示一条边取下限（朱红色）和上限（蓝色）时的数值范围；显示 {count} 条边中最宽的 {shown} 条。条形越宽的权重越值得优先核查。</translation>
    </message>
</context>
<context>
    <name>TradeOff</name>
    <message>
        <source>Trade-off:</source>
        <translation>权衡：</translation>
    </message>
    <message>
        <source>against</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>{objective}: progress →</source>
        <translation>{objective}：进展 →</translation>
    </message>
    <message>
        <source>{objective}: progress ↑</source>
        <translation>{objective}：进展 ↑</translation>
    </message>
    <message>
        <source>Each point is one option in one future. Across: progress toward “{across}”, the {across_change} of {across_node} from the baseline; up: progress toward “{up}”, the {up_change} of {up_node}. More is better on both; each objective is met from its dashed line on (to its right, above it).</source>
        <translation>每个点是一个选项在一个未来中的结果。横轴：朝“{across}”的进展，即 {across_node} 相对基线的{across_change}；纵轴：朝“{up}”的进展，即 {up_node} 的{up_change}。两者都是越大越好；每个目标从其虚线起（虚线右侧、上方）即达成。</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>fall</source>
        <translation>下降</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>所有情景</translation>
    </message>
    <message>
        <source>No nodes yet: add some to the map to chart them.</source>
        <translation>还没有节点：在图上添加节点后即可在此绘制图表。</translation>
    </message>
    <message>
        <source>Select nodes on the map to chart them.</source>
        <translation>在图上选择节点以绘制其图表。</translation>
    </message>
    <message>
        <source>No results: {reason}</source>
        <translation>没有结果：{reason}</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>没有可运行的内容</translation>
    </message>
    <message>
        <source>; shaded: 5-95% and 25-75% of {samples} Monte Carlo samples</source>
        <translation>；阴影：{samples} 个蒙特卡洛样本的 5-95% 和 25-75% 区间</translation>
    </message>
    <message>
        <source>; Monte Carlo bands hidden: the model changed since the run</source>
        <translation>；已隐藏蒙特卡洛区间带：运行后模型已更改</translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>无情景</translation>
    </message>
    <message>
        <source>Selected nodes: dashed = baseline, solid = {scenario}{bands}.</source>
        <translation>所选节点：虚线 = 基线，实线 = {scenario}{bands}。</translation>
    </message>
    <message>
        <source>The objectives&apos; nodes: dashed = baseline, solid = {scenario}{bands}.</source>
        <translation>目标的节点：虚线 = 基线，实线 = {scenario}{bands}。</translation>
    </message>
    <message>
        <source>{node}, {unit} {step}: 5-95% from {low} to {high}, 25-75% from {inner_low} to {inner_high} ({samples} Monte Carlo samples)</source>
        <translation>{node}，第 {step} {unit}：5-95% 从 {low} 到 {high}，25-75% 从 {inner_low} 到 {inner_high}（{samples} 个蒙特卡洛样本）</translation>
    </message>
    <message>
        <source>A band narrower than a few pixels is drawn that thick around its middle, so that it shows.</source>
        <translation>窄于几个像素的带围绕其中线按这个厚度绘制，以便看得见。</translation>
    </message>
</context>
<context>
    <name>WeightChange</name>
    <message>
        <source>First rating: weight {after}, not the map&apos;s own {before}.</source>
        <translation>第一个评分：权重为 {after}，而非图本身的 {before}。</translation>
    </message>
    <message>
        <source>Weight now {after} (was {before}).</source>
        <translation>权重现为 {after}（原为 {before}）。</translation>
    </message>
    <message>
        <source>{absent} of {count} not rating it count as 0.</source>
        <translation>{count} 人中未评分的 {absent} 人计为 0。</translation>
    </message>
    <message>
        <source>First rating of this edge: its weight is now the participants&apos; aggregate ({method}), {after}, not the map&apos;s own {before}.</source>
        <translation>这是此边的第一个评分：其权重现为参与者的汇总（{method}）{after}，而不再是图本身的 {before}。</translation>
    </message>
    <message>
        <source>The edge&apos;s weight is now the participants&apos; aggregate ({method}), {after} (was {before}).</source>
        <translation>此边的权重现为参与者的汇总（{method}）{after}（原为 {before}）。</translation>
    </message>
    <message>
        <source>The {absent} of {count} who have not rated it count as 0.</source>
        <translation>{count} 人中尚未评分的 {absent} 人计为 0。</translation>
    </message>
    <message>
        <source>No one rates this edge now: it keeps {weight}.</source>
        <translation>现在无人为此边评分：权重保持 {weight}。</translation>
    </message>
    <message>
        <source>No one rates this edge now: back to its own {weight} (was {was}).</source>
        <translation>现在无人为此边评分：权重恢复为图本身的 {weight}（之前为 {was}）。</translation>
    </message>
    <message>
        <source>No participant rates this edge now: it keeps {weight}, its weight when the file was opened (a file saved by an older Windtunnel does not keep the weight from before the ratings).</source>
        <translation>现在没有参与者为此边评分：权重保持打开文件时的 {weight}（旧版 Windtunnel 保存的文件不保留评分之前的权重）。</translation>
    </message>
    <message>
        <source>No participant rates this edge now: its weight is back to {weight}, the map&apos;s own from before the first rating (the participants&apos; aggregate was {was}).</source>
        <translation>现在没有参与者为此边评分：权重恢复为 {weight}，即第一个评分之前图本身的权重（参与者的汇总值为 {was}）。</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By lever</source>
        <translation>按杠杆</translation>
    </message>
    <message>
        <source>By input edge</source>
        <translation>按输入边</translation>
    </message>
    <message>
        <source>By route</source>
        <translation>按路径</translation>
    </message>
    <message>
        <source>Sharing the change among the levers</source>
        <translation>正在把变化分配给各杠杆</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>经由</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Shares are of the total change: a row that pulls the other way has a negative share, so the others add up to more than 100%.</source>
        <translation>占比是相对于总变化而言的：朝相反方向拉动的行占比为负，因此其他行加起来会超过 100%。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run a scenario to explain its changes.</source>
        <translation>运行一个情景以解释其变化。</translation>
    </message>
    <message>
        <source>Select a node on the map to see why it changed.</source>
        <translation>在图上选择一个节点，查看它为什么变化。</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>正在解释…</translation>
    </message>
    <message>
        <source>Explaining the change</source>
        <translation>正在解释变化</translation>
    </message>
    <message>
        <source>Could not explain: {reason}</source>
        <translation>无法解释：{reason}</translation>
    </message>
    <message>
        <source>Stopped. Select the node again (or move the time slider) to explain it.</source>
        <translation>已停止。请再次选择该节点（或移动时间滑块）以解释它。</translation>
    </message>
    <message>
        <source>Why did &lt;b&gt;{node}&lt;/b&gt; change by &lt;b&gt;{change}&lt;/b&gt; in &lt;b&gt;{scenario}&lt;/b&gt; at &lt;b&gt;{unit} {step}&lt;/b&gt; of {steps}?</source>
        <translation>为什么 &lt;b&gt;{node}&lt;/b&gt; 在 &lt;b&gt;{scenario}&lt;/b&gt; 中于第 &lt;b&gt;{step} {unit}&lt;/b&gt;（共 {steps}）变化了 &lt;b&gt;{change}&lt;/b&gt;？</translation>
    </message>
    <message>
        <source> Move the time slider to explain another {unit}; click a row to highlight it on the map.</source>
        <translation>移动时间滑块可解释另一个{unit}；点击一行可在图上突出显示。</translation>
    </message>
    <message>
        <source>The reasons follow when the replay stops; By lever and By input edge follow every {unit}.</source>
        <translation>回放停止后显示原因；“按杠杆”和“按输入边”会随每个{unit}更新。</translation>
    </message>
    <message>
        <source>Tracing the routes at {unit} {step}…</source>
        <translation>正在追踪第 {step} {unit}的路径…</translation>
    </message>
    <message>
        <source>Pulls the other way: {change} against a total change of {total}</source>
        <translation>朝相反方向拉动：总变化为 {total}，此行为 {change}</translation>
    </message>
    <message>
        <source>Total: the change</source>
        <translation>合计：变化</translation>
    </message>
    <message>
        <source>The {count} reasons carry {share} of the change. Routes: {note}.</source>
        <translation>这 {count} 个原因承载了变化的 {share}。路径：{note}。</translation>
    </message>
    <message>
        <source>{node} does not change at this step: there is nothing to explain.</source>
        <translation>{node} 在这一步没有变化，没有需要解释的内容。</translation>
    </message>
    <message>
        <source>One reason carries {share} of the change; the last row gathers everything else. Routes: {note}.</source>
        <translation>一个原因承载了变化的 {share}；最后一行汇总其余所有部分。路径：{note}。</translation>
    </message>
    <message>
        <source>One reason carries {share} of the change. Routes: {note}.</source>
        <translation>一个原因承载了变化的 {share}。路径：{note}。</translation>
    </message>
    <message>
        <source>The {count} reasons carry {share} of the change; the last row gathers everything else. Routes: {note}.</source>
        <translation>这 {count} 个原因承载了变化的 {share}；最后一行汇总其余所有部分。路径：{note}。</translation>
    </message>
    <message>
        <source>This scenario sets no lever and changes no weight.</source>
        <translation>此情景没有设置杠杆，也没有更改权重。</translation>
    </message>
    <message>
        <source>Each lever&apos;s fair share of the change ({method}): what it adds on average over every order in which the levers could be set.</source>
        <translation>每个杠杆在变化中的公平份额（{method}）：在所有可能的杠杆设置顺序上，它平均增加的部分。</translation>
    </message>
    <message>
        <source>its own previous level ({rule} rule)</source>
        <translation>自身上一步的水平（{rule} 规则）</translation>
    </message>
    <message>
        <source>set by a lever on it</source>
        <translation>由作用于它的杠杆设定</translation>
    </message>
    <message>
        <source>What arrived through each incoming edge at this step: each edge&apos;s push, shared in proportion to how the node&apos;s curve turned the summed push into its level.</source>
        <translation>在这一步中经由每条输入边到达的部分：每条边的推动，按节点曲线将合计推动转换为其水平的方式按比例分配。</translation>
    </message>
    <message>
        <source> (not followed further)</source>
        <translation>（未继续追踪）</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller route(s)</source>
        <translation>
            <numerusform>%n 条较小的路径</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) from the levers through the map over time (around loops too), largest first; {note}.</source>
        <translation>
            <numerusform>随时间从杠杆经由图的 %n 条路径（也包括绕回路的），按大小排序；{note}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>No scenario</source>
        <translation>没有情景</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>研讨会模式(&amp;W)</translation>
    </message>
    <message>
        <source>Full screen for a room: large type, the map and the levers</source>
        <translation>面向会场的全屏：大字体、图和杠杆</translation>
    </message>
    <message>
        <source>Workshop levers</source>
        <translation>研讨会杠杆</translation>
    </message>
    <message>
        <source>scenario {number} of {count} · Ctrl+PgUp / Ctrl+PgDown</source>
        <translation>第 {number}/{count} 个情景 · Ctrl+PgUp / Ctrl+PgDown</translation>
    </message>
    <message>
        <source>scenario {number} of {count} · PageUp / PageDown</source>
        <translation>第 {number}/{count} 个情景 · PageUp / PageDown</translation>
    </message>
    <message>
        <source>Show levers (L)</source>
        <translation>显示杠杆 (L)</translation>
    </message>
    <message>
        <source>Hide levers (L)</source>
        <translation>隐藏杠杆 (L)</translation>
    </message>
</context>
<context>
    <name>_ScenarioRows</name>
    <message>
        <source>{name} (sets no lever: as the baseline)</source>
        <translation>{name}（未设置杠杆：与基线相同）</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a blank model</source>
        <translation>新建空白模型</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a model from Mental Modeler, Kumu, Gephi, GraphML, GEXF, CSV or a workbook</source>
        <translation>从 Mental Modeler、Kumu、Gephi、GraphML、GEXF、CSV 或工作簿导入模型</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Map as S&amp;VG…</source>
        <translation>将图导出为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>关闭窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>删除所选内容</translation>
    </message>
    <message>
        <source>Re&amp;name Node</source>
        <translation>重命名节点(&amp;N)</translation>
    </message>
    <message>
        <source>Edit the selected node&apos;s label on the map</source>
        <translation>在图上编辑所选节点的标签</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;Actor</source>
        <translation>添加行为体(&amp;A)</translation>
    </message>
    <message>
        <source>Add an actor in the middle of the view</source>
        <translation>在视图中央添加一个行为体</translation>
    </message>
    <message>
        <source>Add a restriction: a policy lever</source>
        <translation>添加一项限制措施：政策杠杆</translation>
    </message>
    <message>
        <source>Add &amp;Factor</source>
        <translation>添加因素(&amp;F)</translation>
    </message>
    <message>
        <source>Add a factor: an outcome or an intermediate</source>
        <translation>添加一个因素：结果或中间因素</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Nodes</source>
        <translation>连接所选节点(&amp;O)</translation>
    </message>
    <message>
        <source>Draw edges between the selected nodes, in the order selected</source>
        <translation>按选择顺序在所选节点之间绘制边</translation>
    </message>
    <message>
        <source>Swap the direction of the selected edges</source>
        <translation>调换所选边的方向</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>偏好设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>适应图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to show the whole map</source>
        <translation>缩放以显示整张图</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Export Map as PN&amp;G…</source>
        <translation>将图导出为 PNG(&amp;G)…</translation>
    </message>
    <message>
        <source>Se&amp;lect All</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>查找(&amp;I)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Add Re&amp;striction (Lever)</source>
        <translation>添加限制措施（杠杆）(&amp;S)</translation>
    </message>
    <message>
        <source>Reverse Ed&amp;ge</source>
        <translation>反转边(&amp;G)</translation>
    </message>
    <message>
        <source>Show Le&amp;gend</source>
        <translation>显示图例(&amp;G)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation>水平居中对齐</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation>垂直居中对齐</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>水平分布(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>垂直分布(&amp;V)</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>自动布局(&amp;L)</translation>
    </message>
    <message>
        <source>Lay out the selected nodes (or all), keeping groups together</source>
        <translation>对所选节点（或全部节点）进行布局，同组节点保持在一起</translation>
    </message>
    <message>
        <source>La&amp;yered Layout (Levers to Outcomes)</source>
        <translation>分层布局（从杠杆到结果）(&amp;Y)</translation>
    </message>
    <message>
        <source>Columns from the levers on the left to the outcomes on the right, groups in bands</source>
        <translation>从左侧的杠杆到右侧的结果分列排布，各组成带状</translation>
    </message>
    <message>
        <source>Nudge Left</source>
        <translation>微移向左</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>微移向右</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>微移向上</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>微移向下</translation>
    </message>
    <message>
        <source>Nudge Far Left</source>
        <translation>向左大幅移动</translation>
    </message>
    <message>
        <source>Nudge Far Right</source>
        <translation>向右大幅移动</translation>
    </message>
    <message>
        <source>Nudge Far Up</source>
        <translation>向上大幅移动</translation>
    </message>
    <message>
        <source>Nudge Far Down</source>
        <translation>向下大幅移动</translation>
    </message>
    <message>
        <source>Windtunnel &amp;Help</source>
        <translation>Windtunnel 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Windtunnel</source>
        <translation>关于 Windtunnel(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Nudge (arrow keys)</source>
        <translation>微移（方向键）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除菜单</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>行为体</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制措施</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>analysis_commands</name>
    <message>
        <source>New scenario</source>
        <translation>新情景</translation>
    </message>
    <message>
        <source>Add scenario &quot;{name}&quot;</source>
        <translation>添加情景“{name}”</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;{name}&quot;</source>
        <translation>复制情景“{name}”</translation>
    </message>
    <message>
        <source>Rename scenario &quot;{old}&quot; to &quot;{new}&quot;</source>
        <translation>将情景“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Mark the translated name of scenario &quot;{name}&quot; as reviewed</source>
        <translation>将情景“{name}”的译名标为已复核</translation>
    </message>
    <message>
        <source>Delete scenario &quot;{name}&quot;</source>
        <translation>删除情景“{name}”</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node</source>
        <translation>{value} 在 {activation} 激活函数给节点的水平 {low} 到 {high} 之外</translation>
    </message>
    <message>
        <source>Set lever {lever} to {value} in {scenario}</source>
        <translation>在 {scenario} 中将杠杆 {lever} 设为 {value}</translation>
    </message>
    <message>
        <source>Release lever {lever} in {scenario}</source>
        <translation>在 {scenario} 中释放杠杆 {lever}</translation>
    </message>
    <message>
        <source>Override {edge} ({weight}) in {scenario}</source>
        <translation>在 {scenario} 中覆盖{edge}（{weight}）</translation>
    </message>
    <message>
        <source>Remove override of {edge} in {scenario}</source>
        <translation>在 {scenario} 中移除{edge}的覆盖</translation>
    </message>
    <message>
        <source>Add objective &quot;{name}&quot;</source>
        <translation>添加目标“{name}”</translation>
    </message>
    <message>
        <source>Edit objective &quot;{name}&quot;</source>
        <translation>编辑目标“{name}”</translation>
    </message>
    <message>
        <source>Delete objective &quot;{name}&quot;</source>
        <translation>删除目标“{name}”</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>粘贴 %n 个节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>colours</name>
    <message>
        <source>−{span} fall</source>
        <translation>−{span} 下降</translation>
    </message>
    <message>
        <source>rise +{span}</source>
        <translation>上升 +{span}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>edge {source} → {target}</source>
        <translation>边 {source} → {target}</translation>
    </message>
    <message>
        <source>node &quot;{name}&quot;</source>
        <translation>节点“{name}”</translation>
    </message>
    <message>
        <source>scenario &quot;{name}&quot;</source>
        <translation>情景“{name}”</translation>
    </message>
    <message>
        <source>objective &quot;{name}&quot;</source>
        <translation>目标“{name}”</translation>
    </message>
    <message>
        <source>source &quot;{name}&quot;</source>
        <translation>来源“{name}”</translation>
    </message>
    <message>
        <source>participant &quot;{name}&quot;</source>
        <translation>参与者“{name}”</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>添加{what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>删除{what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit model details</source>
        <translation>编辑模型详情</translation>
    </message>
    <message>
        <source>Translate group names</source>
        <translation>翻译组名</translation>
    </message>
    <message>
        <source>{nodes} and {edges}</source>
        <translation>{nodes}和{edges}</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>settings in %n scenario(s)</source>
        <translation>
            <numerusform>%n 个情景中的设置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant rating(s)</source>
        <translation>
            <numerusform>%n 条参与者评分</numerusform>
        </translation>
    </message>
    <message>
        <source>the convergence nodes, so convergence is judged on every node</source>
        <translation>收敛判定节点（此后按所有节点判定收敛）</translation>
    </message>
    <message numerus="yes">
        <source>%n of the convergence nodes</source>
        <translation>
            <numerusform>%n 个收敛判定节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {what} with {along}</source>
        <translation>删除{what}及{along}</translation>
    </message>
    <message>
        <source>Edit engine settings</source>
        <translation>编辑引擎设置</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 条边</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>• {title}{where}, autosaved {when}</source>
        <translation>• {title}{where}，自动保存于 {when}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>Windtunnel did not close properly last time. Recover the unsaved work?</source>
        <translation>Windtunnel 上次未正常关闭。要恢复未保存的工作吗？</translation>
    </message>
    <message>
        <source>Recovered documents open as new, unsaved documents; your files are not changed. Discard deletes the recovery files.</source>
        <translation>恢复的文档会作为新的未保存文档打开；您的文件不会被更改。“丢弃”会删除恢复文件。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>A large analysis</source>
        <translation>大型分析</translation>
    </message>
    <message>
        <source>This analysis is larger than Windtunnel runs without asking.</source>
        <translation>此分析的规模超出了 Windtunnel 无需询问即可运行的范围。</translation>
    </message>
    <message>
        <source>Run it anyway? The window stays usable, and Cancel stops it; a computer with less free memory than that may slow down or stop the app.</source>
        <translation>仍要运行吗？窗口仍可使用，“取消”可停止运行；若计算机的可用内存少于此数，可能会变慢或使程序停止。</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>水平居中对齐</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>垂直居中对齐</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>Connect nodes</source>
        <translation>连接节点</translation>
    </message>
    <message numerus="yes">
        <source>Reverse %n edge(s)</source>
        <translation>
            <numerusform>反转 %n 条边</numerusform>
        </translation>
    </message>
    <message>
        <source>Nudge nodes</source>
        <translation>微移节点</translation>
    </message>
    <message>
        <source>Distribute nodes</source>
        <translation>分布节点</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自动布局</translation>
    </message>
    <message>
        <source>Layered layout</source>
        <translation>分层布局</translation>
    </message>
    <message>
        <source>Cite source &quot;{name}&quot;</source>
        <translation>引用来源“{name}”</translation>
    </message>
    <message>
        <source>Uncite source &quot;{name}&quot;</source>
        <translation>取消引用来源“{name}”</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>not enough memory for this file</source>
        <translation>内存不足，无法处理此文件</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>文件嵌套层级过深</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {text}); nothing was changed. Start Windtunnel with {switch}=1 to see the details</source>
        <translation>意外错误（{kind}：{text}）；未做任何更改。请以 {switch}=1 启动 Windtunnel 查看详细信息</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>All supported files ({patterns})</source>
        <translation>所有支持的文件 ({patterns})</translation>
    </message>
    <message>
        <source>Workbooks and tables ({patterns})</source>
        <translation>工作簿和表格 ({patterns})</translation>
    </message>
    <message>
        <source>Mental Modeler, GraphML, GEXF, FCMpy ({patterns})</source>
        <translation>Mental Modeler、GraphML、GEXF、FCMpy ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Windtunnel models ({patterns})</source>
        <translation>Windtunnel 模型 ({patterns})</translation>
    </message>
    <message>
        <source>Imported from {name}</source>
        <translation>导入自 {name}</translation>
    </message>
    <message>
        <source>{title} (a copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>Windtunnel cannot open {suffix} files (it opens {known})</source>
        <translation>Windtunnel 无法打开 {suffix} 文件（可打开 {known}）</translation>
    </message>
    <message>
        <source>Windtunnel cannot open files without an extension (it opens {known})</source>
        <translation>Windtunnel 无法打开没有扩展名的文件（可打开 {known}）</translation>
    </message>
    <message>
        <source>cannot tell the format of a {suffix} file: Windtunnel opens .json and .xml files that are Mental Modeler, expert-ratings (FCMpy), GraphML, GEXF, Kumu (blueprint), FSDM, graphology or node-link (networkx, D3) files, telling them by how they start, and this one starts like none of them</source>
        <translation>无法判断 {suffix} 文件的格式：Windtunnel 打开的 .json 和 .xml 文件是 Mental Modeler、专家评分（FCMpy）、GraphML、GEXF、Kumu（blueprint）、FSDM、graphology 或节点-链接（networkx、D3）文件，按文件开头识别，而此文件的开头与它们都不相符</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{unit}s</source>
        <translation>{unit}</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>QDate pattern of a month and its year</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>hover</name>
    <message>
        <source>{unit} {step}: baseline {baseline} · scenario {scenario} · &lt;b&gt;change {change}&lt;/b&gt;</source>
        <translation>第 {step} {unit}：基线 {baseline} · 情景 {scenario} · &lt;b&gt;变化 {change}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{edge}, {unit} 0: nothing has been pushed yet</source>
        <translation>{edge}，第 0 {unit}：尚未有任何推动</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution {value} (pushes {target} {amount} further up than in the baseline)</source>
        <translation>{edge}，第 {step} {unit}：贡献 {value}（比基线多把 {target} 向上推 {amount}）</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution {value} (pushes {target} {amount} further down than in the baseline)</source>
        <translation>{edge}，第 {step} {unit}：贡献 {value}（比基线多把 {target} 向下推 {amount}）</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution 0 (the same push as in the baseline)</source>
        <translation>{edge}，第 {step} {unit}：贡献 0（与基线中的推动相同）</translation>
    </message>
    <message>
        <source>= weight × rescaled level of {source} at {unit} {step}: {weight} × {level} here, {baseline_weight} × {baseline_level} in the baseline</source>
        <translation>= 权重 × {source} 在第 {step} {unit}的重标度水平：此处为 {weight} × {level}，基线中为 {baseline_weight} × {baseline_level}</translation>
    </message>
    <message>
        <source>= weight × level of {source} at {unit} {step}: {weight} × {level} here, {baseline_weight} × {baseline_level} in the baseline</source>
        <translation>= 权重 × {source} 在第 {step} {unit}的水平：此处为 {weight} × {level}，基线中为 {baseline_weight} × {baseline_level}</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The file could not be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>A recovered document could not be read</source>
        <translation>无法读取恢复的文档</translation>
    </message>
    <message>
        <source>Recovered: {title}</source>
        <translation>已恢复：{title}</translation>
    </message>
    <message>
        <source>No window could be opened.</source>
        <translation>无法打开任何窗口。</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <source>{path} is, or links to, the Windtunnel model file {model}: an export is never written over a model, so nothing was written. Choose another name.</source>
        <translation>{path} 就是或指向 Windtunnel 模型文件 {model}：导出绝不会覆盖模型，因此未写入任何内容。请另选一个名称。</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Clear the rating of {edge} by &quot;{who}&quot;</source>
        <translation>清除“{who}”对{edge}的评分</translation>
    </message>
    <message>
        <source>Rate {edge} for &quot;{who}&quot;</source>
        <translation>以“{who}”的身份为{edge}评分</translation>
    </message>
    <message>
        <source>a participant is already called &quot;{label}&quot;; give this one another name</source>
        <translation>已有名为“{label}”的参与者；请为此参与者另取一个名字</translation>
    </message>
    <message>
        <source>Add participant &quot;{who}&quot;; absent ratings are left out</source>
        <translation>添加参与者“{who}”；缺失的评分不计入</translation>
    </message>
    <message>
        <source>Add participant &quot;{who}&quot;</source>
        <translation>添加参与者“{who}”</translation>
    </message>
    <message>
        <source>Rename participant &quot;{old}&quot; to &quot;{new}&quot;</source>
        <translation>将参与者“{old}”重命名为“{new}”</translation>
    </message>
    <message>
        <source>Set the role of &quot;{who}&quot; to &quot;{value}&quot;</source>
        <translation>将“{who}”的角色设为“{value}”</translation>
    </message>
    <message>
        <source>Set the group of &quot;{who}&quot; to &quot;{value}&quot;</source>
        <translation>将“{who}”的组设为“{value}”</translation>
    </message>
    <message>
        <source>Set the credibility of &quot;{who}&quot; to {value}</source>
        <translation>将“{who}”的可信度设为 {value}</translation>
    </message>
    <message>
        <source>Edit participant &quot;{who}&quot;</source>
        <translation>编辑参与者“{who}”</translation>
    </message>
    <message>
        <source>Remove participant &quot;{who}&quot;</source>
        <translation>移除参与者“{who}”</translation>
    </message>
    <message>
        <source>Aggregate the participants&apos; ratings by {method}; {zeros}</source>
        <translation>按{method}汇总参与者的评分；{zeros}</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>缺失的评分计为零</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>缺失的评分不计入</translation>
    </message>
</context>
<context>
    <name>rebuild</name>
    <message>
        <source>The task under way stopped when the language changed: start it again.</source>
        <translation>切换语言时，正在进行的任务已停止：请重新开始。</translation>
    </message>
    <message>
        <source>Changing the language to {language}</source>
        <translation>正在切换语言为 {language}</translation>
    </message>
    <message>
        <source>The windows could not be built in the new language</source>
        <translation>无法以新语言构建窗口</translation>
    </message>
    <message>
        <source>Change of language cancelled: the windows stay in {language}</source>
        <translation>已取消切换语言：窗口仍使用 {language}</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Actor</source>
        <translation>行为体</translation>
    </message>
    <message>
        <source>Restriction (lever)</source>
        <translation>限制措施（杠杆）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>very weak positive</source>
        <translation>极弱正向</translation>
    </message>
    <message>
        <source>very weak negative</source>
        <translation>极弱负向</translation>
    </message>
    <message>
        <source>weak positive</source>
        <translation>弱正向</translation>
    </message>
    <message>
        <source>weak negative</source>
        <translation>弱负向</translation>
    </message>
    <message>
        <source>moderate positive</source>
        <translation>中等正向</translation>
    </message>
    <message>
        <source>moderate negative</source>
        <translation>中等负向</translation>
    </message>
    <message>
        <source>strong positive</source>
        <translation>强正向</translation>
    </message>
    <message>
        <source>strong negative</source>
        <translation>强负向</translation>
    </message>
    <message>
        <source>very strong positive</source>
        <translation>极强正向</translation>
    </message>
    <message>
        <source>very strong negative</source>
        <translation>极强负向</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Drag the handle on a node&apos;s right side, or Shift+drag the node, onto another node to draw an influence</source>
        <translation>从节点右侧的手柄拖动，或按住 Shift 拖动节点，到另一个节点上即可画出影响</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正向</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负向</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>杠杆</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>有延迟</translation>
    </message>
</context>
<context>
    <name>window_list</name>
    <message>
        <source>Opened in a new window; “{name}” is still open in its own: the Window menu lists them</source>
        <translation>已在新窗口中打开；“{name}”仍在它自己的窗口中打开：“窗口”菜单列出了所有窗口</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{caption} ({language})</source>
        <translation>{caption}（{language}）</translation>
    </message>
    <message>
        <source>Names and roles in {language}: what you type is their {language} translation, the original stays as it is.</source>
        <translation>姓名和角色为{language}：输入的内容是其{language}译文，原文保持不变。</translation>
    </message>
</context>
</TS>
