<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AbsentRatingsNote</name>
    <message>
        <source>Absent ratings are now left out: an edge&apos;s weight is the aggregate of the participants who rated it, so a first rating is not pulled towards 0 by those who have not rated the edge yet. To count absent ratings as zero instead (fcmconfr&apos;s reading), choose “count as zero” under Absent ratings.</source>
        <translation>缺失的評分現在不計入：一條邊的權重是評過它的參與者的匯總，因此第一個評分不會被尚未評分的參與者拉向 0。若要把缺失的評分計為零（fcmconfr 的讀法），請在「缺失的評分」中選擇「計為零」。</translation>
    </message>
    <message>
        <source>Absent ratings count as zero again: adding the first participant, which left them out, was undone.</source>
        <translation>缺失的評分重新計為零：加入第一個參與者（它使缺失的評分不計入）已被復原。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;zeros&quot;&gt;Count them as zero&lt;/a&gt; · &lt;a href=&quot;hide&quot;&gt;Hide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;zeros&quot;&gt;計為零&lt;/a&gt; · &lt;a href=&quot;hide&quot;&gt;隱藏&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ActivationQuestion</name>
    <message>
        <source>Change the activation</source>
        <translation>更改激活函數</translation>
    </message>
    <message numerus="yes">
        <source>The {activation} activation gives levels from {low:g} to {high:g}; %n value(s) of the scenarios&apos; levers and the nodes&apos; initial levels are outside them.</source>
        <translation>
            <numerusform>{activation} 激活函數給出的水平為 {low:g} 到 {high:g}；情景的槓桿值和節點的初始水平中有 %n 個在此範圍之外。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring into range moves each to the nearest end ({low:g} or {high:g}); Keep values leaves them as they are, marked on their sliders and in the Inspector, and the runs use them. Edit &gt; Undo takes back either.</source>
        <translation>「移入範圍」把每個值移到最近的一端（{low:g} 或 {high:g}）；「保留這些值」保持原樣，在滑桿和檢查器中標出，執行時照用。兩者都可用 編輯 &gt; 復原 取消。</translation>
    </message>
    <message>
        <source>&amp;Bring into range</source>
        <translation>移入範圍(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Keep values</source>
        <translation>保留這些值(&amp;K)</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Run &amp;Monte Carlo</source>
        <translation>執行蒙地卡羅(&amp;M)</translation>
    </message>
    <message>
        <source>Sample the uncertain edge weights (samples and seed in the engine settings) and show bands</source>
        <translation>對不確定的邊權重抽樣（樣本數和隨機種子見引擎設定），並顯示區間帶</translation>
    </message>
    <message>
        <source>&amp;Cancel Long Task</source>
        <translation>取消長時間工作(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running Monte Carlo, sensitivity or export</source>
        <translation>停止正在執行的蒙地卡羅、敏感度分析或匯出</translation>
    </message>
    <message>
        <source>C&amp;lear Monte Carlo Results</source>
        <translation>清除蒙地卡羅結果(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Engine Settings…</source>
        <translation>引擎設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Rule, activation, presets, steps, tolerance, seed</source>
        <translation>規則、激活函數、預設、步數、容差、隨機種子</translation>
    </message>
    <message>
        <source>&amp;Why Did This Change?</source>
        <translation>為甚麼會變化？(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Sensitivity of an Objective…</source>
        <translation>目標的敏感度(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;Objective…</source>
        <translation>新增目標(&amp;O)…</translation>
    </message>
    <message>
        <source>What a scenario should do to a node: the Scorecard, Explore and Sensitivity score scenarios by their objectives</source>
        <translation>情景應使節點出現的變化：評分卡、探索和敏感度按目標為情景評分</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>下一個情景(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Scenario</source>
        <translation>上一個情景(&amp;P)</translation>
    </message>
    <message>
        <source>Play / Pause &amp;Replay</source>
        <translation>播放 / 暫停重播(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;nalysis Help</source>
        <translation>分析說明(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export Results</source>
        <translation>匯出結果(&amp;E)</translation>
    </message>
    <message>
        <source>Results &amp;Workbook (.xlsx)…</source>
        <translation>結果活頁簿 (.xlsx)(&amp;W)…</translation>
    </message>
    <message>
        <source>Scenario &amp;Matrix (.csv)…</source>
        <translation>情景矩陣 (.csv)(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Trajectories (.csv)…</source>
        <translation>軌跡 (.csv)(&amp;T)…</translation>
    </message>
    <message>
        <source>Map with Results (.&amp;png)…</source>
        <translation>附結果的圖 (.png)(&amp;P)…</translation>
    </message>
    <message>
        <source>Map with Results (.s&amp;vg)…</source>
        <translation>附結果的圖 (.svg)(&amp;V)…</translation>
    </message>
    <message>
        <source>PDF &amp;Brief…</source>
        <translation>PDF 簡報(&amp;B)…</translation>
    </message>
    <message>
        <source>One page: the map with results, top changes, scorecard, a chart</source>
        <translation>一頁：附結果的圖、主要變化、評分卡和一張圖表</translation>
    </message>
    <message>
        <source>The &amp;Story (.pdf)…</source>
        <translation>故事 (.pdf)(&amp;S)…</translation>
    </message>
    <message>
        <source>The current scenario told chapter by chapter, one page each</source>
        <translation>按章節講述目前情景，每章一頁</translation>
    </message>
    <message>
        <source>The Story as P&amp;ictures (.png)…</source>
        <translation>故事圖片 (.png)(&amp;I)…</translation>
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
        <translation>無法進行該更改</translation>
    </message>
    <message>
        <source>Checking the runs</source>
        <translation>正在檢查執行結果</translation>
    </message>
    <message>
        <source>The runs could not be checked: {reason}</source>
        <translation>無法檢查執行結果：{reason}</translation>
    </message>
    <message>
        <source>Monte Carlo needs samples</source>
        <translation>蒙地卡羅需要樣本</translation>
    </message>
    <message>
        <source>set Monte Carlo samples above 0 in the engine settings</source>
        <translation>請在引擎設定中將蒙地卡羅樣本數設為大於 0</translation>
    </message>
    <message>
        <source>Monte Carlo, {samples} samples</source>
        <translation>蒙地卡羅，{samples} 個樣本</translation>
    </message>
    <message>
        <source>The Monte Carlo run failed</source>
        <translation>蒙地卡羅執行失敗</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; the previous results are kept</source>
        <translation>蒙地卡羅已取消；保留之前的結果</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; nothing was exported</source>
        <translation>蒙地卡羅已取消；未匯出任何檔案</translation>
    </message>
    <message>
        <source>Monte Carlo done: {samples} samples, seed {seed}</source>
        <translation>蒙地卡羅完成：{samples} 個樣本，隨機種子 {seed}</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Change from baseline at {unit} {step}</source>
        <translation>第 {step} {unit}相對基線的變化</translation>
    </message>
    <message numerus="yes">
        <source>Change from baseline over %n step(s) of one {unit}</source>
        <translation>
            <numerusform>相對基線的變化，共 %n 步（每步一{unit}）</numerusform>
        </translation>
    </message>
    <message>
        <source>rule {rule}, {activation} λ={steepness}</source>
        <translation>規則 {rule}，{activation} λ={steepness}</translation>
    </message>
    <message>
        <source>scenario {verdict}</source>
        <translation>情景{verdict}</translation>
    </message>
    <message numerus="yes">
        <source>Monte Carlo: %n sample(s), seed {seed}</source>
        <translation>
            <numerusform>蒙地卡羅：%n 個樣本，種子 {seed}</numerusform>
        </translation>
    </message>
    <message>
        <source>Monte Carlo left out: its results describe an earlier version of the model</source>
        <translation>未含蒙地卡羅：其結果描述的是模型的較早版本</translation>
    </message>
    <message>
        <source>blue = rise, red = fall from baseline (ColorBrewer RdBu, colour-blind safe) · a fuzzy-cognitive-map simulation: directions and relative sizes, not forecasts</source>
        <translation>藍 = 高於基線，紅 = 低於基線（ColorBrewer RdBu，色盲友善）· 模糊認知圖模擬：給出方向與相對大小，而非預測</translation>
    </message>
    <message>
        <source>{title}: where the participants disagree</source>
        <translation>{title}：參與者分歧所在</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>缺失的評分計為零</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>缺失的評分不計入</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) · the map&apos;s weights are the {method} of their ratings; {zeros} · map tinted by {scenario} at {unit} {step}</source>
        <translation>
            <numerusform>%n 位參與者 · 圖的權重是其評分的{method}；{zeros} · 圖按 {scenario} 在第 {step} {unit}的結果著色</numerusform>
        </translation>
    </message>
    <message>
        <source>The edges they disagree on most</source>
        <translation>分歧最大的邊</translation>
    </message>
    <message>
        <source>No edge is rated by two or more participants.</source>
        <translation>沒有任何邊由兩位或以上參與者評分。</translation>
    </message>
    <message>
        <source>{edge} (not on the shared map)</source>
        <translation>{edge}（不在共享圖上）</translation>
    </message>
    <message numerus="yes">
        <source>{edge}: %n rated, {up} raise, {down} lower, spread {spread}</source>
        <translation>
            <numerusform>{edge}：%n 人評分，{up} 人認為提升，{down} 人認為降低，離散度 {spread}</numerusform>
        </translation>
    </message>
    <message>
        <source>sign conflict</source>
        <translation>符號衝突</translation>
    </message>
    <message>
        <source>ratings: {ratings}</source>
        <translation>評分：{ratings}</translation>
    </message>
    <message>
        <source>{title}: {scenario}</source>
        <translation>{title}：{scenario}</translation>
    </message>
    <message>
        <source>Levers: {levers}</source>
        <translation>槓桿：{levers}</translation>
    </message>
    <message>
        <source>Largest changes at the last step (levers left out)</source>
        <translation>最後一步變化最大的節點（不含槓桿）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>No node changes from baseline.</source>
        <translation>沒有節點相對基線變化。</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>{objective}: {change}, {mark}</source>
        <translation>{objective}：{change}，{mark}</translation>
    </message>
    <message>
        <source>Score (importance-weighted share met): {score}</source>
        <translation>得分（按重要性加權的達成比例）：{score}</translation>
    </message>
    <message>
        <source>Why they changed (the parts add up)</source>
        <translation>變化的原因（各部分相加等於總變化）</translation>
    </message>
    <message numerus="yes">
        <source>{node} {change} by {unit} {step}: {covered} in %n reason(s)</source>
        <translation>
            <numerusform>{node} 至第 {step} {unit}變化 {change}：其中 {covered} 可由 %n 個原因解釋</numerusform>
        </translation>
    </message>
    <message>
        <source>Most changed nodes over time (dashed: baseline)</source>
        <translation>變化最大的節點隨時間的走勢（虛線：基線）</translation>
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
        <translation>圖的第 {part}/{count} 部分（從左到右，再從上到下）</translation>
    </message>
    <message>
        <source>{publisher}, {date}</source>
        <translation>{publisher}，{date}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges and by the participants&apos; ratings</source>
        <translation>
            <numerusform>{title} · 圖的節點和邊以及參與者的評分所引用的 %n 個來源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges</source>
        <translation>
            <numerusform>{title} · 圖的節點和邊所引用的 %n 個來源</numerusform>
        </translation>
    </message>
    <message>
        <source>The map with the disagreement lens, at a readable size, is on page {page}.</source>
        <translation>顯示分歧透鏡的可讀大小的圖在第 {page} 頁。</translation>
    </message>
    <message>
        <source>The map with the disagreement lens, at a readable size, is on pages {first}–{last}.</source>
        <translation>顯示分歧透鏡的可讀大小的圖在第 {first}–{last} 頁。</translation>
    </message>
    <message>
        <source>The map at a readable size is on page {page}.</source>
        <translation>可讀大小的圖在第 {page} 頁。</translation>
    </message>
    <message>
        <source>The map at a readable size is on pages {first}–{last}, in {count} parts.</source>
        <translation>可讀大小的圖在第 {first}–{last} 頁，分為 {count} 部分。</translation>
    </message>
    <message>
        <source>The map, its labels at a size to read on paper</source>
        <translation>圖（標籤大小可在紙上閱讀）</translation>
    </message>
    <message>
        <source>The map, part {part} of {count} (left to right, then top to bottom; neighbouring parts overlap a little)</source>
        <translation>圖，第 {part} 部分，共 {count} 部分（從左到右，再從上到下；相鄰部分略有重疊）</translation>
    </message>
</context>
<context>
    <name>ClusterSetting</name>
    <message>
        <source>This computer</source>
        <translation>這部電腦</translation>
    </message>
    <message>
        <source>A Dask cluster</source>
        <translation>Dask 叢集</translation>
    </message>
    <message>
        <source>tcp://host:8786</source>
        <translation>tcp://主機:8786</translation>
    </message>
    <message>
        <source>The address of a dask.distributed scheduler whose workers have Windtunnel installed (see Help &gt; Explore)</source>
        <translation>Dask 分散式排程器的位址，其工作程序須已安裝 Windtunnel（見 說明 &gt; 探索）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>執行於：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連接…</translation>
    </message>
    <message>
        <source>Connecting to the cluster</source>
        <translation>正在連接叢集</translation>
    </message>
    <message>
        <source>Connected: {threads} worker threads</source>
        <translation>已連接：{threads} 個工作執行緒</translation>
    </message>
</context>
<context>
    <name>DeleteQuestion</name>
    <message>
        <source>“{name}”</source>
        <translation>「{name}」</translation>
    </message>
    <message numerus="yes">
        <source>• its settings in %n scenario(s): {names}</source>
        <translation>
            <numerusform>• 在 %n 個情景中對它的設定：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n objective(s): {names}</source>
        <translation>
            <numerusform>• %n 個目標：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n participant rating(s), by {names}</source>
        <translation>
            <numerusform>• %n 條參與者評分，來自 {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>{what}?</source>
        <translation>{what}？</translation>
    </message>
    <message>
        <source>The analysis changes; this goes too:</source>
        <translation>分析結果會改變；以下內容也會一併刪除：</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation>編輯 &gt; 復原 可全部還原。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DisagreementLens</name>
    <message>
        <source>band: the wider, the more the participants&apos; ratings of an edge spread</source>
        <translation>帶：越闊，參與者對這條邊的評分越分散</translation>
    </message>
    <message>
        <source>± ring: a sign conflict (some say the edge raises its target, some that it lowers it)</source>
        <translation>± 環：正負號衝突（有人認為這條邊提高其指向的節點，有人認為降低）</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>{name} (unsaved)</source>
        <translation>{name}（未儲存）</translation>
    </message>
</context>
<context>
    <name>EdgeItem</name>
    <message>
        <source>delay {steps} {unit}</source>
        <translation>延遲 {steps} {unit}</translation>
    </message>
    <message>
        <source>weight {weight} ({term}), confidence {confidence}</source>
        <translation>權重 {weight}（{term}），置信度 {confidence}</translation>
    </message>
    <message>
        <source>, delay {steps}</source>
        <translation>，延遲 {steps}</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>出版者</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>time unit</source>
        <translation>時間單位</translation>
    </message>
    <message>
        <source>Rename {element} to &quot;{text}&quot;</source>
        <translation>將{element}重新命名為「{text}」</translation>
    </message>
    <message>
        <source>Edit the {field} of {element}</source>
        <translation>編輯{element}的{field}</translation>
    </message>
    <message>
        <source>Translate the {field} of {element} ({language})</source>
        <translation>翻譯{element}的{field}（{language}）</translation>
    </message>
    <message>
        <source>Mark the {language} {field} of {element} as reviewed</source>
        <translation>將{element}的{field}的{language}譯文標為已覆核</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>模型</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s) to the group &quot;{group}&quot;</source>
        <translation>
            <numerusform>將 %n 個節點移入組別「{group}」</numerusform>
        </translation>
    </message>
    <message>
        <source>Translate the group &quot;{group}&quot; ({language})</source>
        <translation>翻譯組別「{group}」（{language}）</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>An empty map. Add a node with Actor, Restriction or Factor in the toolbar, or by double-clicking here; or bring a map in with File &gt; Import…</source>
        <translation>圖是空的。用工具列中的「行為體」「限制措施」或「因素」加入節點，或在此處雙擊；也可以透過「檔案 &gt; 匯入…」匯入一張圖。</translation>
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
        <translation>所有水平組合</translation>
    </message>
    <message>
        <source>Explore lever</source>
        <translation>探索槓桿</translation>
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
        <translation>水平數</translation>
    </message>
    <message>
        <source>Run exploration</source>
        <translation>執行探索</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>匯出活頁簿…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show the settings of the exploration</source>
        <translation>顯示探索的設定</translation>
    </message>
    <message>
        <source>Futures:</source>
        <translation>未來情況：</translation>
    </message>
    <message>
        <source>Lever points:</source>
        <translation>槓桿取值點：</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>抽樣方法：</translation>
    </message>
    <message>
        <source>Sobol&apos; base sample:</source>
        <translation>Sobol&apos; 基礎樣本：</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>未來情況</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>權衡</translation>
    </message>
    <message>
        <source>{options} options × {futures} futures, {sampler}</source>
        <translation>{options} 個方案 × {futures} 種未來情況，{sampler}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Explore runs every scenario, and points of the levers you tick, in thousands of futures of the uncertain edge weights, and shows which option meets its objectives in most of them and where each one fails.</source>
        <translation>探索會在不確定邊權重的數千種未來情況中執行每個情景以及你勾選的槓桿取值點，顯示哪個方案在大多數情況中達成目標，以及每個方案在哪裏失敗。</translation>
    </message>
    <message>
        <source>Explore judges options by their objectives: add an objective first.</source>
        <translation>探索按目標評估方案：請先加入一個目標。</translation>
    </message>
    <message>
        <source>After a run, the futures in which the most robust options fail are described here.</source>
        <translation>執行後，這裏會描述最穩健的方案在哪些未來情況中失效。</translation>
    </message>
    <message>
        <source>The results are out of date: run the exploration again to export them</source>
        <translation>結果已過時：請重新執行探索後再匯出</translation>
    </message>
    <message>
        <source>The exploration did not start</source>
        <translation>探索未能開始</translation>
    </message>
    <message>
        <source>Give the Dask scheduler&apos;s address (such as tcp://host:8786), or run on this computer.</source>
        <translation>請提供 Dask 排程器的位址（例如 tcp://主機:8786），或在這部電腦上執行。</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>The exploration failed</source>
        <translation>探索失敗</translation>
    </message>
    <message>
        <source>Exploration cancelled; the previous results are kept</source>
        <translation>探索已取消；保留之前的結果</translation>
    </message>
    <message>
        <source>The model changed while the exploration ran: run it again</source>
        <translation>探索執行期間模型已更改：請重新執行</translation>
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
        <translation>全部達成</translation>
    </message>
    <message>
        <source>Regret p90</source>
        <translation>遺憾值 p90</translation>
    </message>
    <message>
        <source>{experiments} experiments ({options} options x {futures} futures). Most robust: “{best}”, every objective met in {share} of futures. Click a box to mark its edges on the map.</source>
        <translation>{experiments} 次試驗（{options} 個方案 × {futures} 種未來情況）。最穩健：「{best}」，在 {share} 的未來情況中達成所有目標。按一下方框可在圖上標出其邊。</translation>
    </message>
    <message>
        <source>Export the exploration workbook</source>
        <translation>匯出探索活頁簿</translation>
    </message>
    <message>
        <source>{title} - exploration</source>
        <translation>{title} - 探索</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exploration workbook</source>
        <translation>探索活頁簿</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已寫入 {path}</translation>
    </message>
    <message>
        <source>The Sobol&apos; indices of the most robust option run this many futures times the uncertainties plus two: a larger base sample gives narrower intervals</source>
        <translation>最穩健選項的 Sobol&apos; 指數運行此數乘以（不確定性數加二）個未來：基礎樣本越大，區間越窄</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失效情況</translation>
    </message>
    <message>
        <source>Where the most robust options fail: the futures in which they miss their objectives</source>
        <translation>最穩健的方案在哪些情況下失效：未能達到目標的未來情況</translation>
    </message>
    <message>
        <source>Parallel axes</source>
        <translation>平行座標</translation>
    </message>
    <message>
        <source>Parallel coordinates: one line per experiment across the levers, the uncertain weights and the objectives</source>
        <translation>平行座標：每次實驗一條線，貫穿槓桿、不確定的權重和目標</translation>
    </message>
    <message>
        <source>Sobol&apos;</source>
        <translation>Sobol&apos; 指數</translation>
    </message>
    <message>
        <source>Sobol&apos; indices: how much of each objective&apos;s variance each uncertain weight explains</source>
        <translation>Sobol&apos; 指數：每個不確定的權重解釋了各目標方差的多少</translation>
    </message>
    <message>
        <source>Out of date: these futures are the participants&apos; maps, and the participants changed (one added or removed, a rating, a credibility, a group, or how their ratings are aggregated). Run the exploration again, or undo the change, to bring them up to date.</source>
        <translation>已過時：這些未來是參與者的圖，而參與者已有更改（增刪參與者、評分、可信度、組別，或評分的匯總方式）。請重新執行探索，或復原該更改，以更新結果。</translation>
    </message>
    <message>
        <source>Out of date: these results are of the map before a change of its numbers (a weight, delay, level, rating, scenario, objective or setting). Run the exploration again, or undo the change, to bring them up to date.</source>
        <translation>已過時：這些結果屬於數值更改（權重、延遲、水平、評分、情景、目標或設定）之前的圖。請重新執行探索，或復原該更改，以更新結果。</translation>
    </message>
    <message>
        <source>The workbook could not be written</source>
        <translation>無法寫入活頁簿</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>There are no results to export</source>
        <translation>沒有可匯出的結果</translation>
    </message>
    <message>
        <source>the model could not be run</source>
        <translation>模型無法執行</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已匯出 {path}</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>無法寫入檔案</translation>
    </message>
    <message>
        <source>The Monte Carlo results describe an earlier version of the model, so the workbook would have no uncertainty bands.</source>
        <translation>蒙地卡羅結果描述的是模型的較早版本，因此工作簿將沒有不確定性區間帶。</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translation>匯出結果活頁簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook</source>
        <translation>正在寫入活頁簿</translation>
    </message>
    <message>
        <source>Monte Carlo results out of date</source>
        <translation>蒙地卡羅結果已過時</translation>
    </message>
    <message>
        <source>Run Monte Carlo again first to include them: the export follows when it is done, and cancelling the run writes nothing.</source>
        <translation>如需包含區間帶，請先再次執行蒙地卡羅：執行完成後隨即匯出；取消執行則不會寫入任何檔案。</translation>
    </message>
    <message>
        <source>Run Monte Carlo, Then Export</source>
        <translation>執行蒙地卡羅後匯出</translation>
    </message>
    <message>
        <source>Export Without Bands</source>
        <translation>不含區間帶匯出</translation>
    </message>
    <message>
        <source>The story needs a scenario</source>
        <translation>故事需要一個情景</translation>
    </message>
    <message>
        <source>Choose a scenario (or add one) to tell its story.</source>
        <translation>請選擇（或加入）一個情景來講述它的故事。</translation>
    </message>
    <message>
        <source> - {scenario} - story</source>
        <translation> - {scenario} - 故事</translation>
    </message>
    <message>
        <source>Export the story (PDF)</source>
        <translation>匯出故事 (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the story</source>
        <translation>正在寫入故事</translation>
    </message>
    <message>
        <source>Export the story as pictures (one per page)</source>
        <translation>將故事匯出為圖片（每頁一張）</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Writing the story&apos;s pictures</source>
        <translation>正在寫入故事圖片</translation>
    </message>
    <message>
        <source> matrix</source>
        <translation> 情景矩陣</translation>
    </message>
    <message>
        <source> trajectories</source>
        <translation> 軌跡</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>將結果匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the CSV table</source>
        <translation>正在寫入 CSV 表格</translation>
    </message>
    <message>
        <source>The brief needs a scenario</source>
        <translation>簡報需要一個情景</translation>
    </message>
    <message>
        <source>Choose a scenario (or add one) to write its brief.</source>
        <translation>請選擇（或加入）一個情景來撰寫簡報。</translation>
    </message>
    <message>
        <source>The Monte Carlo results describe an earlier version of the model, so the brief would have no uncertainty bands.</source>
        <translation>蒙地卡羅結果描述的是模型的較早版本，因此簡報將沒有不確定性區間帶。</translation>
    </message>
    <message>
        <source>Export PDF brief</source>
        <translation>匯出 PDF 簡報</translation>
    </message>
    <message>
        <source>Explaining the changes for the brief</source>
        <translation>正在為簡報解釋變化</translation>
    </message>
    <message>
        <source>The brief could not be made</source>
        <translation>無法產生簡報</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>comma, separated</source>
        <translation>用逗號分隔</translation>
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
        <translation>未儲存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>關閉前儲存對「{name}」的更改嗎？</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>開啟模型</translation>
    </message>
    <message>
        <source>Import a model from another tool</source>
        <translation>從其他工具匯入模型</translation>
    </message>
    <message>
        <source>{path} was changed by another program. Reload it?</source>
        <translation>{path} 已被其他程式更改。重新載入嗎？</translation>
    </message>
    <message>
        <source>Your unsaved changes in this window would be lost.</source>
        <translation>此視窗中未儲存的更改將會遺失。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁碟上的檔案已更改</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>無法寫入檔案</translation>
    </message>
    <message>
        <source>The template could not be read</source>
        <translation>無法讀取範本</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已開啟 {name}</translation>
    </message>
    <message>
        <source>Imported {name} ({format})</source>
        <translation>已匯入 {name}（{format}）</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在匯入 {name}</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was opened</source>
        <translation>已取消匯入 {name}；未開啟任何內容</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>正在開啟 {name}</translation>
    </message>
    <message>
        <source>Opening of {name} cancelled; nothing was opened</source>
        <translation>已取消開啟 {name}；未開啟任何內容</translation>
    </message>
    <message>
        <source>Reloading {name}</source>
        <translation>正在重新載入 {name}</translation>
    </message>
    <message>
        <source>Reload of {name} cancelled; the window shows the file as it was</source>
        <translation>已取消重新載入 {name}；視窗仍顯示檔案原來的內容</translation>
    </message>
    <message>
        <source>Reload of {name} dropped: your changes are kept (save to write them over the file)</source>
        <translation>已放棄重新載入 {name}：您的更改仍保留（儲存即可覆寫該檔案）</translation>
    </message>
    <message>
        <source>You changed the map while {name} was read again. Show the file and lose those changes, or keep your changes?</source>
        <translation>重新讀取 {name} 期間您修改了圖。要顯示檔案並失去這些更改，還是保留您的更改？</translation>
    </message>
    <message>
        <source>Show the File</source>
        <translation>顯示檔案</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>保留我的更改</translation>
    </message>
    <message>
        <source>{count} windows have unsaved changes. Review them before quitting?</source>
        <translation>有 {count} 個視窗包含未儲存的更改。結束前要逐一查看嗎？</translation>
    </message>
    <message>
        <source>Discarding loses every change made since each was last saved.</source>
        <translation>放棄將遺失每個模型自上次儲存以來的所有更改。</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>逐一查看更改(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>全部放棄(&amp;D)</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>模型另存為</translation>
    </message>
    <message>
        <source>Saved {path}; the model takes its file&apos;s name, “{title}”, as its title (Edit &gt; Undo keeps the old one)</source>
        <translation>已儲存 {path}；模型以檔案名稱「{title}」作為標題（編輯 &gt; 復原 可恢復原標題）</translation>
    </message>
    <message>
        <source>The model could not be saved</source>
        <translation>無法儲存模型</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>{path} was moved or deleted; Save writes it again.</source>
        <translation>{path} 已被移動或刪除；「儲存」會重新寫入。</translation>
    </message>
    <message>
        <source>The changed file could not be read</source>
        <translation>無法讀取已更改的檔案</translation>
    </message>
    <message>
        <source>All the nodes of {name} sat on one spot: they were laid out (save to keep their new places)</source>
        <translation>{name} 的所有節點都在同一位置：已由自動版面配置放置（儲存即可保留新位置）</translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <source>Focus on What &amp;Matters</source>
        <translation>聚焦要點(&amp;M)</translation>
    </message>
    <message>
        <source>Fade the nodes and edges that carry little of the selected node&apos;s change (F)</source>
        <translation>淡化對所選節點變化貢獻很小的節點和邊 (F)</translation>
    </message>
    <message>
        <source>Focus: select a node to focus on</source>
        <translation>聚焦：請選擇要聚焦的節點</translation>
    </message>
    <message>
        <source>Focus on {node}: what influences it and what it influences (F shows everything)</source>
        <translation>聚焦於 {node}：影響它的和受它影響的（按 F 顯示全部）</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>聚焦</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n route(s) carry {share} of {node}&apos;s change (F shows everything)</source>
        <translation>
            <numerusform>聚焦：%n 條路徑承載了 {node} 變化的 {share}（按 F 顯示全部）</numerusform>
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
        <translation>以參與者的圖作為未來情況</translation>
    </message>
    <message>
        <source>Each future is one participant&apos;s map (each equally likely), its weights drawn around their ratings</source>
        <translation>每種未來情況是一位參與者的圖（各自機率相同），其權重圍繞該參與者的評分抽取</translation>
    </message>
    <message>
        <source>Vary the delay of</source>
        <translation>改變延遲的邊</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Each delay you vary multiplies the runs&apos; batches: keep them few.</source>
        <translation>每改變一個延遲，執行的批次就成倍增加：請盡量少選。</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Spread</source>
        <translation>離散度</translation>
    </message>
    <message>
        <source>The credibility-weighted standard deviation of the ratings</source>
        <translation>按可信度加權的評分標準差</translation>
    </message>
    <message>
        <source>±: a sign conflict (some raise, some lower)</source>
        <translation>±：正負號衝突（有人認為提高，有人認為降低）</translation>
    </message>
    <message>
        <source>{who}: not rated</source>
        <translation>{who}：未評分</translation>
    </message>
    <message>
        <source>{who} on {edge}: {weight}</source>
        <translation>{who} 對 {edge} 的權重：{weight}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Windtunnel Help</source>
        <translation>Windtunnel 說明</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>搜尋說明</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>說明目錄</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>There is no help page “{name}”.</source>
        <translation>沒有名為「{name}」的說明頁。</translation>
    </message>
    <message>
        <source>{page} — Windtunnel Help</source>
        <translation>{page} — Windtunnel 說明</translation>
    </message>
    <message>
        <source>A link to the web (open it in your browser): {url}</source>
        <translation>網頁連結（請在瀏覽器中開啟）：{url}</translation>
    </message>
    <message>
        <source>Not a help page: {url}</source>
        <translation>不是說明頁：{url}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) match</source>
        <translation>
            <numerusform>%n 個段落相符</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation>（最先的幾個）</translation>
    </message>
    <message>
        <source>Nothing in the help matches “{query}”.</source>
        <translation>說明中沒有與「{query}」相符的內容。</translation>
    </message>
</context>
<context>
    <name>ImportQuestion</name>
    <message>
        <source>The sheet “{sheet}”</source>
        <translation>工作表「{sheet}」</translation>
    </message>
    <message>
        <source>Only sheet “{sheet}”</source>
        <translation>僅工作表「{sheet}」</translation>
    </message>
    <message>
        <source>{question}. How should Windtunnel read them? (The import&apos;s note records the answer.)</source>
        <translation>{question}。Windtunnel 應如何讀取它們？（匯入說明會記錄你的回答。）</translation>
    </message>
    <message>
        <source>Undirected edges</source>
        <translation>無向邊</translation>
    </message>
    <message>
        <source>Both ways (each tie influences both nodes)</source>
        <translation>雙向（每條聯繫同時影響兩個節點）</translation>
    </message>
    <message>
        <source>One way, as the file lists them</source>
        <translation>單向，按檔案所列</translation>
    </message>
    <message>
        <source>Weights outside [-1, 1]</source>
        <translation>超出 [-1, 1] 的權重</translation>
    </message>
    <message>
        <source>Stop the import, to correct those weights first</source>
        <translation>停止匯入，先更正這些權重</translation>
    </message>
    <message>
        <source>Rescale (divide every weight by the largest)</source>
        <translation>重新縮放（每個權重除以最大值）</translation>
    </message>
    <message>
        <source>Edges listed more than once</source>
        <translation>被列出不止一次的邊</translation>
    </message>
    <message>
        <source>Stop the import, to correct those edges first</source>
        <translation>停止匯入，先更正這些邊</translation>
    </message>
    <message>
        <source>Add their weights (as Gephi merges parallel edges)</source>
        <translation>把權重相加（與 Gephi 合併平行邊的方式相同）</translation>
    </message>
    <message>
        <source>Take the mean of their weights</source>
        <translation>取權重的平均值</translation>
    </message>
    <message>
        <source>Names that may be typing slips</source>
        <translation>可能是輸入錯誤的名稱</translation>
    </message>
    <message>
        <source>Stop the import, to correct those names first</source>
        <translation>停止匯入，先更正這些名稱</translation>
    </message>
    <message>
        <source>Make each name a node of its own</source>
        <translation>讓每個名稱各自成為一個節點</translation>
    </message>
    <message>
        <source>Numbers without a header</source>
        <translation>沒有表頭的數字</translation>
    </message>
    <message>
        <source>A list of edges: From, To and Weight on each row</source>
        <translation>邊列表：每行依次是起點（From）、終點（To）和權重（Weight）</translation>
    </message>
    <message>
        <source>A matrix without labels: each row a node&apos;s influences</source>
        <translation>無標籤的矩陣：每行是一個節點的影響</translation>
    </message>
    <message>
        <source>Which sheet lists the nodes</source>
        <translation>哪個工作表列出節點</translation>
    </message>
    <message>
        <source>One sheet per participant</source>
        <translation>每位參與者一個工作表</translation>
    </message>
    <message>
        <source>Every sheet as a participant (the map is their aggregate)</source>
        <translation>每個工作表作為一位參與者（圖是他們的匯總）</translation>
    </message>
    <message>
        <source>Only their aggregate (no participants kept)</source>
        <translation>只保留匯總（不保留參與者）</translation>
    </message>
    <message>
        <source>Rescale and Import</source>
        <translation>重新縮放並匯入</translation>
    </message>
    <message>
        <source>Rescale and Import divides every weight by the largest, so that they all lie in [-1, 1], their signs and proportions kept.</source>
        <translation>「重新縮放並匯入」會把每個權重除以最大值，使它們都落在 [-1, 1] 之內，符號和比例保持不變。</translation>
    </message>
    <message>
        <source>Cancel Import stops the import: nothing is read from the file.</source>
        <translation>「取消匯入」會停止匯入：不從檔案讀取任何內容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>取消匯入</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Engine settings</source>
        <translation>引擎設定</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>組別</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>組別名稱</translation>
    </message>
    <message>
        <source>Initial level</source>
        <translation>初始水平</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>a policy lever</source>
        <translation>政策槓桿</translation>
    </message>
    <message>
        <source>A lever gets a slider in the Levers panel; restrictions always are levers</source>
        <translation>槓桿會在「槓桿」面板中獲得一個滑桿；限制措施一律是槓桿</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標記</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延遲</translation>
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
        <translation>標題</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>時間單位</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函數</translation>
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
        <translation>驅動節點</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>strict (&lt; tolerance)</source>
        <translation>嚴格（&lt; 容差）</translation>
    </message>
    <message>
        <source>stop at convergence</source>
        <translation>收斂時停止</translation>
    </message>
    <message>
        <source>initial state counts as a step</source>
        <translation>初始狀態計為一步</translation>
    </message>
    <message>
        <source>Convergence nodes</source>
        <translation>收斂判定節點</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>蒙地卡羅樣本數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Node: {label}</source>
        <translation>節點：{label}</translation>
    </message>
    <message>
        <source>Edge: {source} → {target}</source>
        <translation>邊：{source} → {target}</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選取</translation>
    </message>
    <message>
        <source>{nodes} and {edges} selected.

Use Arrange to align, distribute or lay them out; Delete removes them.</source>
        <translation>已選取 {nodes}和{edges}。

使用「排列」可對齊、分佈或版面配置；「刪除」會移除它們。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 個節點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 條邊</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The edge&apos;s end node feels its start node as it was {delay} earlier (a step is one {unit}): a change of the start node at step s reaches the end node at step s + {arrival}. A lever set from step 0 counts as set before the run began (every node&apos;s past is its step-0 level), so it reaches the end node at step 1 whatever the delay; start it at step 1 for the delay to show.</source>
        <translation>這條邊的終點節點感受到的是起點節點 {delay} 之前的樣子（一步即一個時間單位：{unit}）：起點節點在第 s 步的變化於第 s + {arrival} 步到達終點節點。從第 0 步設定的槓桿被視為在執行開始前就已設定（每個節點的過去都是其第 0 步的水平），因此無論延遲多少，都在第 1 步到達終點節點；讓槓桿從第 1 步開始，延遲才會顯現。</translation>
    </message>
    <message>
        <source>Group in {language}</source>
        <translation>組別名稱（{language}）</translation>
    </message>
    <message>
        <source>The group&apos;s name in this language, for every node of the group (empty: the original name)</source>
        <translation>組別在此語言中的名稱，用於組別內每個節點（留空：顯示原名）</translation>
    </message>
    <message>
        <source>The node&apos;s level at step 0, from {low} to {high}: the levels the {activation} activation gives a node</source>
        <translation>節點在第 0 步的水平，從 {low} 到 {high}：{activation} 激活函數給節點的水平</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node: set a value within the range</source>
        <translation>{value} 在 {low} 到 {high}（{activation} 激活函數給節點的水平）之外：請設定範圍內的值</translation>
    </message>
</context>
<context>
    <name>LeverList</name>
    <message>
        <source>Levers</source>
        <translation>槓桿</translation>
    </message>
</context>
<context>
    <name>LeverPanel</name>
    <message>
        <source>Filter levers…</source>
        <translation>篩選槓桿…</translation>
    </message>
    <message>
        <source>Show the levers whose name, id or group contains these words</source>
        <translation>顯示名稱、ID 或組別包含這些字詞的槓桿</translation>
    </message>
    <message>
        <source>Filter levers</source>
        <translation>篩選槓桿</translation>
    </message>
    <message>
        <source>Set only</source>
        <translation>僅已設定</translation>
    </message>
    <message>
        <source>List only the levers this scenario sets</source>
        <translation>只列出此情景設定的槓桿</translation>
    </message>
    <message>
        <source>{shown} of {count}</source>
        <translation>{shown} / {count}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lever(s)</source>
        <translation>
            <numerusform>%Ln 個槓桿</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {count} levers listed; {set} set in this scenario</source>
        <translation>已列出 {shown} / {count} 個槓桿；此情景設定了 {set} 個</translation>
    </message>
    <message>
        <source>This model has no levers. Restrictions are levers; any node can be marked as one in the Inspector.</source>
        <translation>此模型沒有槓桿。限制措施就是槓桿；任何節點都可以在檢查器中標記為槓桿。</translation>
    </message>
    <message>
        <source>Add a scenario to set its levers.</source>
        <translation>加入一個情景來設定其槓桿。</translation>
    </message>
    <message>
        <source>This scenario sets no levers yet.</source>
        <translation>此情景尚未設定任何槓桿。</translation>
    </message>
    <message>
        <source>No lever matches the filter.</source>
        <translation>沒有符合篩選條件的槓桿。</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>槓桿</translation>
    </message>
</context>
<context>
    <name>LeverRow</name>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>clamp</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>pulse</source>
        <translation>脈衝</translation>
    </message>
    <message>
        <source>from </source>
        <translation>由 </translation>
    </message>
    <message>
        <source>to </source>
        <translation>至 </translation>
    </message>
    <message>
        <source>to end</source>
        <translation>至結束</translation>
    </message>
    <message>
        <source>{lever} lever</source>
        <translation>{lever} 槓桿</translation>
    </message>
    <message>
        <source>{lever}: how the scenario sets it</source>
        <translation>{lever}：情景如何設定它</translation>
    </message>
    <message>
        <source>From {low} to {high}, the levels the {activation} activation gives a node: {low} holds it at the full opposite, 0 at none of it, {high} at all of it</source>
        <translation>{low} 到 {high}：{activation} 激活函數給節點的水平。{low} 表示全力朝相反方向，0 表示完全沒有，{high} 表示全部</translation>
    </message>
    <message>
        <source>From 0 to {high}, the levels the {activation} activation gives a node: 0 holds it at none of it, {high} at all of it</source>
        <translation>0 到 {high}：{activation} 激活函數給節點的水平。0 表示完全沒有，{high} 表示全部</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node: the slider shows its nearest end; move it to set a value within the range</source>
        <translation>{value} 在 {activation} 激活函數給節點的水平 {low} 到 {high} 之外：滑桿顯示最近的一端；移動滑桿即可設為範圍內的值</translation>
    </message>
</context>
<context>
    <name>LoopDominanceChart</name>
    <message>
        <source>share of loop activity</source>
        <translation>迴路活動佔比</translation>
    </message>
    <message>
        <source>Run a scenario to see which loops drive its changes over time.</source>
        <translation>執行一個情景，查看哪些迴路隨時間推動其變化。</translation>
    </message>
    <message>
        <source>Scoring the feedback loops over time…</source>
        <translation>正在隨時間為反饋迴路評分…</translation>
    </message>
    <message>
        <source>Scoring loops over time</source>
        <translation>正在隨時間為迴路評分</translation>
    </message>
    <message>
        <source>No loop scores: {reason}</source>
        <translation>沒有迴路評分：{reason}</translation>
    </message>
    <message>
        <source>Select a node on the map to see which loops drive it over time.</source>
        <translation>在圖上選取一個節點，查看哪些迴路隨時間推動它。</translation>
    </message>
    <message>
        <source>No feedback loop runs through or into &lt;b&gt;{node}&lt;/b&gt;{note}.</source>
        <translation>沒有反饋迴路經過或進入 &lt;b&gt;{node}&lt;/b&gt;{note}。</translation>
    </message>
    <message>
        <source>Loops driving &lt;b&gt;{node}&lt;/b&gt; in &lt;b&gt;{scenario}&lt;/b&gt; (above 0 they amplify its change, below they damp it)</source>
        <translation>在 &lt;b&gt;{scenario}&lt;/b&gt; 中推動 &lt;b&gt;{node}&lt;/b&gt; 的迴路（高於 0 放大其變化，低於 0 抑制其變化）</translation>
    </message>
    <message>
        <source>Each loop&apos;s share of the loop activity reaching {node}, {unit} by {unit}. {reaching} of {count} loops reach it; {note}.</source>
        <translation>每個迴路在到達 {node} 的迴路活動中所佔的份額，按{unit}逐一計算。{count} 個迴路中有 {reaching} 個到達它；{note}。</translation>
    </message>
    <message numerus="yes">
        <source>%n other loop(s)</source>
        <translation>
            <numerusform>其他 %n 個迴路</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Dominant:&lt;/b&gt; </source>
        <translation>&lt;b&gt;主導：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{steps}: {loop}</source>
        <translation>{steps}：{loop}</translation>
    </message>
    <message>
        <source>no loop</source>
        <translation>無迴路</translation>
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
        <translation>大綱</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>檢查器</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>尋找節點 (Ctrl+F)</translation>
    </message>
    <message>
        <source>⚠ Autosave failed: save your work</source>
        <translation>⚠ 自動儲存失敗：請儲存您的工作</translation>
    </message>
    <message>
        <source>⚠ Autosave failed</source>
        <translation>⚠ 自動儲存失敗</translation>
    </message>
    <message>
        <source>The recovery copy of this model could not be written ({reason}). Until it can, a crash would lose the edits made since the last save: save your work (File &gt; Save).</source>
        <translation>無法寫入此模型的復原副本（{reason}）。在能夠寫入之前，一旦當機，自上次儲存以來的編輯都會遺失：請儲存您的工作（檔案 &gt; 儲存）。</translation>
    </message>
    <message>
        <source>{name}[*] — Windtunnel</source>
        <translation>{name}[*] — Windtunnel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln 個節點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge(s)</source>
        <translation>
            <numerusform>%Ln 條邊</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln 個來源</numerusform>
        </translation>
    </message>
    <message>
        <source>That edit is not possible</source>
        <translation>無法進行該編輯</translation>
    </message>
    <message>
        <source>The label was not changed: {reason}</source>
        <translation>標籤未更改：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln node(s)</source>
        <translation>
            <numerusform>已複製 %Ln 個節點</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}. Edit &gt; Undo brings it all back.</source>
        <translation>{what}。編輯 &gt; 復原 可全部還原。</translation>
    </message>
    <message>
        <source>To draw an edge, select two nodes (Ctrl+click, in order) and Connect, or drag from a node&apos;s round handle onto another node</source>
        <translation>要畫一條邊，請依次選擇兩個節點（Ctrl+單擊）再按「連接」，或從節點的圓形手柄拖曳到另一個節點上</translation>
    </message>
    <message>
        <source>The selected nodes are already joined in that order</source>
        <translation>所選節點已按此順序連接</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>未貼上任何內容</translation>
    </message>
    <message>
        <source>The clipboard holds no Windtunnel nodes</source>
        <translation>剪貼簿中沒有 Windtunnel 節點</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) match “{text}”</source>
        <translation>
            <numerusform>%Ln 個節點與「{text}」相符</numerusform>
        </translation>
    </message>
    <message>
        <source>Match {index} of {count}</source>
        <translation>第 {index} 個相符項，共 {count} 個</translation>
    </message>
    <message>
        <source>About Windtunnel</source>
        <translation>關於 Windtunnel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Windtunnel {version}&lt;/b&gt;&lt;br&gt;Wind-tunnel policy options on signed influence maps. Works offline.</source>
        <translation>&lt;b&gt;Windtunnel {version}&lt;/b&gt;&lt;br&gt;在帶正負號的影響圖上對政策方案進行「風洞」測試。可離線使用。</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>匯出圖</translation>
    </message>
    <message>
        <source>Another task is running</source>
        <translation>另一項工作正在執行</translation>
    </message>
    <message>
        <source>{task} is still running: wait for it to finish, or cancel it, then export again.</source>
        <translation>{task} 仍在執行：請等待它完成或將其取消，然後再匯出。</translation>
    </message>
    <message>
        <source>Exported from Windtunnel</source>
        <translation>由 Windtunnel 匯出</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>無法寫入檔案</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已匯出 {path}</translation>
    </message>
    <message>
        <source>Writing the image</source>
        <translation>正在寫入影像</translation>
    </message>
    <message>
        <source>Painting the map</source>
        <translation>正在繪製圖</translation>
    </message>
    <message>
        <source>The map could not be painted</source>
        <translation>無法繪製圖</translation>
    </message>
    <message>
        <source>Image export cancelled</source>
        <translation>影像匯出已取消</translation>
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
        <translation>相對基線的變化 · {scenario} · 第 {step}/{steps} {unit}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>組別</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>無變化</translation>
    </message>
</context>
<context>
    <name>NearMatchReview</name>
    <message>
        <source>Concepts that are only alike</source>
        <translation>僅僅相似的概念</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>圖</translation>
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
        <translation>選擇</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>保持分開</translation>
    </message>
    <message>
        <source>Merge with {concept}</source>
        <translation>與 {concept} 合併</translation>
    </message>
    <message>
        <source>Keep this concept apart, merge it with the concept it may be, or with any concept of the maps before it</source>
        <translation>保持這個概念分開，將它與它可能對應的概念合併，或與之前各圖中的任何概念合併</translation>
    </message>
    <message>
        <source>not on the other maps</source>
        <translation>不在其他圖上</translation>
    </message>
    <message>
        <source>Add to the shared map</source>
        <translation>加入共享的圖</translation>
    </message>
    <message>
        <source>Keep as {participant}&apos;s own</source>
        <translation>保留為 {participant} 自己的</translation>
    </message>
    <message>
        <source>These concepts have alike labels: in different maps, or spelled two ways in one map. Nothing is merged unless you choose Merge: merged, the map&apos;s node becomes the concept and its edges rate the concept&apos;s edges; kept apart, it stays a concept of its own.</source>
        <translation>這些概念標籤相似：來自不同的圖，或在同一圖中有兩種寫法。除非你選擇「合併」，否則不會合併任何內容：合併後，該圖的節點成為這個概念，其邊作為對該概念的邊的評分；保持分開，則它仍是一個獨立的概念。</translation>
    </message>
    <message>
        <source>Add this concept and its edges to the shared map, or keep them as this participant&apos;s own nodes and edges</source>
        <translation>將此概念及其邊加入共享的圖，或保留為該參與者自己的節點和邊</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>全部合併</translation>
    </message>
    <message>
        <source>Keep all apart</source>
        <translation>全部保持分開</translation>
    </message>
</context>
<context>
    <name>NodeNamer</name>
    <message>
        <source>Name the new actor, then Enter</source>
        <translation>輸入新行為體的名稱，然後按 Enter</translation>
    </message>
    <message>
        <source>Name the new restriction (lever), then Enter</source>
        <translation>輸入新限制措施（槓桿）的名稱，然後按 Enter</translation>
    </message>
    <message>
        <source>Name the new factor, then Enter</source>
        <translation>輸入新因素的名稱，然後按 Enter</translation>
    </message>
    <message>
        <source>Name the new node, then Enter</source>
        <translation>輸入新節點的名稱，然後按 Enter</translation>
    </message>
    <message>
        <source>The node&apos;s label, then Enter</source>
        <translation>輸入節點標籤，然後按 Enter</translation>
    </message>
</context>
<context>
    <name>NodeObjectivesBox</name>
    <message>
        <source>Objectives</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Make an Objective…</source>
        <translation>設定目標…</translation>
    </message>
    <message>
        <source>Define what a scenario should do to this node</source>
        <translation>設定情景應使此節點出現的變化</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>No objective is about this node: the Scorecard scores scenarios by their objectives.</source>
        <translation>沒有關於此節點的目標：評分卡按目標為情景評分。</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message numerus="yes">
        <source>%n note(s) on the import:</source>
        <translation>
            <numerusform>匯入說明 %n 條：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on reading the file:</source>
        <translation>
            <numerusform>讀取檔案時作了 %n 處更改：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on reading the file:</source>
        <translation>
            <numerusform>讀取檔案的説明 %n 條：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New Objective</source>
        <translation>新增目標</translation>
    </message>
    <message>
        <source>Edit Objective</source>
        <translation>編輯目標</translation>
    </message>
    <message>
        <source>The least change from baseline at the last step that meets the objective (0: no change the wrong way)</source>
        <translation>達成目標所需的、最後一步相對基線的最小變化（0：不向相反方向變化）</translation>
    </message>
    <message>
        <source>How much the objective weighs in a scenario&apos;s score</source>
        <translation>此目標在情景得分中的權重</translation>
    </message>
    <message>
        <source>The objective&apos;s name in the interface&apos;s language</source>
        <translation>目標在介面語言中的名稱</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>閾值</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Translated name may be out of date: reviewed</source>
        <translation>譯名可能已過時：已覆核</translation>
    </message>
    <message>
        <source>The original name was changed after this translation was written; tick once the name says what the original says now</source>
        <translation>原名稱在這條譯文寫好之後被修改過；譯名與目前原文一致後請勾選</translation>
    </message>
    <message>
        <source>{node} stays within [{low}, {high}]: it changes by at most {largest}.</source>
        <translation>{node} 保持在 [{low}, {high}] 之內：其變化最多為 {largest}。</translation>
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
        <translation>請先在圖中加入節點：目標針對一個節點。</translation>
    </message>
    <message>
        <source>Make an &amp;Objective of “{node}”…</source>
        <translation>以「{node}」設定目標(&amp;O)…</translation>
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
        <translation>正在編輯{language}文本。原文：{text}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>原文：{text}</translation>
    </message>
    <message>
        <source>Show the original on one line</source>
        <translation>將原文顯示為一行</translation>
    </message>
    <message>
        <source>Show the original text whole</source>
        <translation>顯示完整原文</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Filter nodes and edges…</source>
        <translation>篩選節點和邊…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown}/{total}</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（無組別）</translation>
    </message>
    <message>
        <source>Positive edges ({count})</source>
        <translation>正向邊 ({count})</translation>
    </message>
    <message>
        <source>Negative edges ({count})</source>
        <translation>負向邊 ({count})</translation>
    </message>
    <message>
        <source>Zero-weight edges ({count})</source>
        <translation>零權重邊 ({count})</translation>
    </message>
    <message>
        <source>Actors ({count})</source>
        <translation>行為體 ({count})</translation>
    </message>
    <message>
        <source>Restrictions (levers) ({count})</source>
        <translation>限制措施（槓桿）({count})</translation>
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
        <translation>目前情景中的邊</translation>
    </message>
    <message>
        <source>This edge&apos;s weight in the current scenario only</source>
        <translation>此邊僅在目前情景中的權重</translation>
    </message>
    <message>
        <source>Use the model&apos;s weight</source>
        <translation>使用模型的權重</translation>
    </message>
    <message>
        <source>Weight in scenario</source>
        <translation>情景中的權重</translation>
    </message>
    <message>
        <source>“{scenario}” uses the model&apos;s weight {weight}.</source>
        <translation>「{scenario}」使用模型的權重 {weight}。</translation>
    </message>
    <message>
        <source>“{scenario}” overrides the model&apos;s weight {weight} with &lt;b&gt;{override}&lt;/b&gt;.</source>
        <translation>「{scenario}」將模型的權重 {weight} 改為 &lt;b&gt;{override}&lt;/b&gt;。</translation>
    </message>
</context>
<context>
    <name>ParallelCoordinates</name>
    <message>
        <source>Colour by:</source>
        <translation>着色依據：</translation>
    </message>
    <message>
        <source>Every objective met or not</source>
        <translation>是否達成所有目標</translation>
    </message>
</context>
<context>
    <name>ParticipantResults</name>
    <message>
        <source>{k} of {n} participants&apos; maps say {node} rises</source>
        <translation>{n} 位參與者的圖中有 {k} 個認為{node}上升</translation>
    </message>
    <message>
        <source>{k} of {n} say it falls</source>
        <translation>{n} 個中有 {k} 個認為它下降</translation>
    </message>
    <message>
        <source>{k} of {n} participants&apos; maps say {node} falls</source>
        <translation>{n} 位參與者的圖中有 {k} 個認為{node}下降</translation>
    </message>
    <message>
        <source>{k} of {n} see no change</source>
        <translation>{n} 個中有 {k} 個認為沒有變化</translation>
    </message>
    <message>
        <source>No participant&apos;s map says {node} changes</source>
        <translation>沒有參與者的圖認為{node}會變化</translation>
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
        <translation>他們的變化從 {low} 到 {high}。</translation>
    </message>
    <message>
        <source>The node whose change is charted per participant</source>
        <translation>按參與者繪製其變化的節點</translation>
    </message>
    <message>
        <source>change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Monte Carlo over participants&apos; maps</source>
        <translation>基於參與者的圖的蒙地卡羅</translation>
    </message>
    <message>
        <source>Run Monte Carlo where each sample is one participant&apos;s map, drawn by credibility (samples and seed in the engine settings); the bands and probabilities show in Results</source>
        <translation>執行蒙地卡羅，每個樣本是按可信度抽取的一位參與者的圖（樣本數和隨機種子見引擎設定）；區間帶和機率顯示在「結果」中</translation>
    </message>
    <message>
        <source>and their weights within bounds</source>
        <translation>並在界限內抽取其權重</translation>
    </message>
    <message>
        <source>Each sample draws a participant&apos;s map, then each edge they drew within its bounds around their weight (the uncertainty the weights&apos; Monte Carlo uses)</source>
        <translation>每個樣本先抽取一位參與者的圖，再在其權重周圍的界限內抽取其畫出的每條邊（與權重的蒙地卡羅所用的不確定性相同）</translation>
    </message>
    <message>
        <source>No participants: nothing to chart per participant. Bring in their maps with File &gt; Import Participants&apos; Maps…, or add participants in the Participants dock.</source>
        <translation>沒有參與者：沒有可按參與者繪製的內容。請用「檔案 &gt; 匯入參與者的圖…」匯入他們的圖，或在「參與者」停靠面板中加入參與者。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>評分卡</translation>
    </message>
    <message>
        <source>Heat map of ratings</source>
        <translation>評分熱圖</translation>
    </message>
    <message>
        <source>Running the scenario on every participant&apos;s map…</source>
        <translation>正在每位參與者的圖上執行情景…</translation>
    </message>
    <message>
        <source>Results per participant</source>
        <translation>各參與者的結果</translation>
    </message>
    <message>
        <source>This model has no participants&apos; maps to draw from: bring them in with File &gt; Import Participants&apos; Maps, or add participants in the Participants dock</source>
        <translation>此模型沒有可抽取的參與者的圖：請用「檔案 &gt; 匯入參與者的圖」匯入，或在「參與者」中加入參與者</translation>
    </message>
    <message>
        <source>No results per participant: {reason}</source>
        <translation>沒有各參與者的結果：{reason}</translation>
    </message>
    <message>
        <source>This model has no participants.</source>
        <translation>此模型沒有參與者。</translation>
    </message>
    <message>
        <source>This model has no scenarios yet: add one (the Scenarios dock) to see it on every participant&apos;s map.</source>
        <translation>此模型還沒有情景：加入一個（在「情景」停靠視窗中），即可查看它在每位參與者的圖上的結果。</translation>
    </message>
    <message>
        <source>Choose a scenario to see it on every participant&apos;s map.</source>
        <translation>選擇一個情景，查看它在每位參與者的圖上的結果。</translation>
    </message>
    <message>
        <source>{scenario} on each of {count} participants&apos; maps (each against their own baseline)</source>
        <translation>{scenario}在 {count} 位參與者各自的圖上（各自相對其自身的基線）</translation>
    </message>
    <message>
        <source>{scenario} on each of {count} participants&apos; maps</source>
        <translation>{scenario}在 {count} 位參與者各自的圖上</translation>
    </message>
    <message>
        <source>{scenario}: {count} participants</source>
        <translation>{scenario}：{count} 位參與者</translation>
    </message>
    <message>
        <source>shaded: lowest to highest of {count} participants&apos; maps; thin line: their median</source>
        <translation>陰影：{count} 位參與者的圖由最低至最高的範圍；細線：其中位數</translation>
    </message>
    <message>
        <source>shared map</source>
        <translation>共享圖</translation>
    </message>
    <message>
        <source>No objectives in this model: add them to score scenarios.</source>
        <translation>此模型沒有目標：請加入目標以便為情景評分。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Shared map</source>
        <translation>共享圖</translation>
    </message>
    <message>
        <source>{k} of {n} participants&apos; maps meet every objective at once. ✔ met, ✘ not met on each participant&apos;s map (the change of the objective&apos;s node at the last step against its threshold).</source>
        <translation>在 {n} 位參與者的圖中，有 {k} 個同時達成所有目標。✔ 已達成，✘ 未達成：在每位參與者的圖上，目標節點在最後一步的變化與其閾值比較。</translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message>
        <source>Import &amp;Participants&apos; Maps…</source>
        <translation>匯入參與者的圖(&amp;P)…</translation>
    </message>
    <message>
        <source>Several maps (one per participant) become one model of participants, concepts aligned</source>
        <translation>將多張圖（每位參與者一張）合併為一個包含參與者的模型，並對齊概念</translation>
    </message>
    <message>
        <source>Import participants&apos; maps</source>
        <translation>匯入參與者的圖</translation>
    </message>
    <message>
        <source>The maps could not be combined</source>
        <translation>無法合併這些圖</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s)</source>
        <translation>
            <numerusform>已匯入 %n 位參與者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Anonymous (hide names)</source>
        <translation>匿名（隱藏姓名）</translation>
    </message>
    <message>
        <source>Disagreement lens on the map</source>
        <translation>在圖上顯示分歧透鏡</translation>
    </message>
    <message>
        <source>&amp;Disagreement Lens</source>
        <translation>分歧透鏡(&amp;D)</translation>
    </message>
    <message>
        <source>Show on the map where participants disagree</source>
        <translation>在圖上顯示參與者意見分歧之處</translation>
    </message>
    <message>
        <source>mean / median: credibility-weighted mean or median of the weights; linguistic: FCMpy&apos;s pipeline over the terms (Help &gt; Participants)</source>
        <translation>均值 / 中位數：按可信度加權的權重均值或中位數；語言式：FCMpy 對語言術語的處理流程（說明 &gt; 參與者）</translation>
    </message>
    <message>
        <source>count as zero</source>
        <translation>計為零</translation>
    </message>
    <message>
        <source>are left out</source>
        <translation>不計入</translation>
    </message>
    <message>
        <source>Edges a participant did not rate: count as a weight of 0 (fcmconfr&apos;s include_zeroes), or leave them out of the aggregate of that edge. An explicit &quot;no effect&quot; (NA or 0) is a rating and counts as 0 either way</source>
        <translation>參與者沒有評分的邊：計為權重 0（與 fcmconfr 的做法相同），或不計入這條邊的彙總。明確的「沒有影響」（NA 或 0）是一個評分，兩種方式下都計為 0</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>組別</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>邊數</translation>
    </message>
    <message>
        <source>Edges rated: how many of the map&apos;s edges the participant has rated</source>
        <translation>已評分的邊：該參與者已評分的圖中邊的數量</translation>
    </message>
    <message>
        <source>How much a participant&apos;s ratings weigh in the aggregate: a number from 0 to 100 (double-click to edit)</source>
        <translation>參與者的評分在匯總中所佔的權重：0 至 100 之間的數（按兩下可編輯）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Add a participant (double-click a name to rename)</source>
        <translation>加入參與者（按兩下姓名可重新命名）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected participant and their ratings</source>
        <translation>移除所選參與者及其評分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>語言術語</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Aggregate by</source>
        <translation>匯總方式</translation>
    </message>
    <message>
        <source>Absent ratings</source>
        <translation>缺失的評分</translation>
    </message>
    <message>
        <source>More below ▾</source>
        <translation>下方還有 ▾</translation>
    </message>
    <message>
        <source>How the ratings combine and the selected edge&apos;s ratings are below: click, or scroll, to see them</source>
        <translation>評分的匯總方式和所選邊的評分在下方：點擊或捲動即可查看</translation>
    </message>
    <message>
        <source>This model has no participants. &lt;a href=&quot;add&quot;&gt;Add one&lt;/a&gt; to rate its edges, or bring in each participant&apos;s map, or a workbook of several participants, with File &amp;gt; Import Participants&apos; Maps… (on the command line: windtunnel aggregate). See Help &amp;gt; Participants.</source>
        <translation>此模型沒有參與者。可&lt;a href=&quot;add&quot;&gt;加入一位參與者&lt;/a&gt;為邊評分，或用「檔案 &amp;gt; 匯入參與者的圖」匯入每位參與者的圖或包含多位參與者的活頁簿（命令列中用 windtunnel aggregate）。見 說明 &amp;gt; 參與者。</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>缺失的評分計為零</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>缺失的評分不計入</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s).</source>
        <translation>
            <numerusform>%n 位參與者。</numerusform>
        </translation>
    </message>
    <message>
        <source>No edge of the map&apos;s {edges} is rated yet: each keeps the map&apos;s own weight until someone rates it, then weighs the {method} of their ratings ({zeros}).</source>
        <translation>圖中 {edges} 條邊尚無一條被評分：每條邊在有人評分之前保留圖自身的權重，之後權重是評分的{method}（{zeros}）。</translation>
    </message>
    <message numerus="yes">
        <source>The %n of the map&apos;s {edges} edges that they rated weigh the {method} of their ratings ({zeros}); the others keep the map&apos;s own weights.</source>
        <translation>
            <numerusform>圖中 {edges} 條邊裏他們評過分的 %n 條，權重是他們評分的{method}（{zeros}）；其他邊保留圖自身的權重。</numerusform>
        </translation>
    </message>
    <message>
        <source>That change is not possible</source>
        <translation>無法進行該更改</translation>
    </message>
    <message>
        <source>That name is not possible</source>
        <translation>無法使用該名稱</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未評分）</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number: a credibility is a number from 0 to 100</source>
        <translation>「{text}」不是數字：可信度是 0 至 100 之間的數</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>Participants&apos; Results</source>
        <translation>參與者結果</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>參與者 {number}</translation>
    </message>
    <message>
        <source>Participants {first}–{last}</source>
        <translation>參與者 {first}—{last}</translation>
    </message>
    <message>
        <source>linguistic ({implication}, {union}, {defuzzification})</source>
        <translation>語言式（{implication}、{union}、{defuzzification}）</translation>
    </message>
    <message>
        <source>Select one edge to see every participant&apos;s rating of it.</source>
        <translation>選取一條邊，查看每位參與者對它的評分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source} → {target}&lt;/b&gt; (map weight {weight})</source>
        <translation>&lt;b&gt;{source} → {target}&lt;/b&gt;（圖中權重 {weight}）</translation>
    </message>
    <message>
        <source>No participant rated this edge.</source>
        <translation>沒有參與者為這條邊評分。</translation>
    </message>
    <message>
        <source> — sign conflict</source>
        <translation> — 正負號衝突</translation>
    </message>
    <message numerus="yes">
        <source>{entropy} (counting the %n who did not rate it as “no causality”)</source>
        <translation>
            <numerusform>{entropy}（把未評分的 %n 人計為「無因果關係」）</numerusform>
        </translation>
    </message>
    <message>
        <source>{raters} of {count} rated it: {raise_} raise, {lower} lower, {neutral} no effect{conflict}. Spread {spread}, range {range}, entropy {entropy}.</source>
        <translation>{count} 人中有 {raters} 人評分：{raise_} 人認為提高，{lower} 人認為降低，{neutral} 人認為無影響{conflict}。離散度 {spread}，極差 {range}，熵 {entropy}。</translation>
    </message>
    <message>
        <source>Double-click a participant&apos;s row to rate this edge as them in the Inspector.</source>
        <translation>按兩下某位參與者的行，即可在檢查器中以其身份為此邊評分。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>自動儲存間隔</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Windtunnel kept the previous version of this file beside it: {name} (saved {when}, in {folder}). To use it, copy it to a name ending in “{suffix}” and open the copy.</source>
        <translation>Windtunnel 在此檔案旁保留了它的上一個版本：{name}（儲存於 {when}，位於 {folder}）。如需使用，請將其複製為以「{suffix}」結尾的檔案名稱並開啟副本。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>Rating by a participant</source>
        <translation>參與者的評分</translation>
    </message>
    <message>
        <source>The participant whose ratings you set here</source>
        <translation>在此設定其評分的參與者</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未評分）</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a term of the linguistic scale, -VH (very high, lowers) to +VH (very high, raises); NA: no effect</source>
        <translation>參與者以語言量表中的術語給出的評分，由 -VH（很高，降低）至 +VH（很高，提高）；NA：無影響</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a weight in [-1, 1]</source>
        <translation>參與者以 [-1, 1] 內的權重給出的評分</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>This participant gives no rating of this edge</source>
        <translation>此參與者不為這條邊評分</translation>
    </message>
    <message>
        <source>Rate as</source>
        <translation>評分者</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>語言術語</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Rate this edge as {who} ↓</source>
        <translation>以 {who} 的身份為此邊評分 ↓</translation>
    </message>
    <message>
        <source>Not rated by this participant yet.</source>
        <translation>此參與者尚未評分。</translation>
    </message>
    <message>
        <source>Rated by the term {term} (weight {weight}).</source>
        <translation>以語言術語 {term} 評分（權重 {weight}）。</translation>
    </message>
    <message>
        <source>≈ {term} (rated by a number)</source>
        <translation>≈ {term}（以數值評分）</translation>
    </message>
    <message>
        <source>Rated by the number {weight}; read as a term, it counts as the nearest one, {term}.</source>
        <translation>以數值 {weight} 評分；按語言術語讀取時，計為最接近的 {term}。</translation>
    </message>
    <message>
        <source>That rating is not possible</source>
        <translation>無法給出該評分</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;Absent ratings setting&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;undo&quot;&gt;復原&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;缺失評分的設定&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes it back.</source>
        <translation>編輯 &gt; 復原 可以取消此更改。</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rate an Edge</source>
        <translation>為邊評分</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a weight in [-1, 1]</source>
        <translation>參與者以 [-1, 1] 內的權重給出的評分</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
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
        <translation>NA  沒有影響</translation>
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
        <translation>{who} 的評分</translation>
    </message>
    <message>
        <source>Rate &amp;As</source>
        <translation>評分者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Weight and Confidence...</source>
        <translation>權重和置信度(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Clear Rating</source>
        <translation>清除評分(&amp;C)</translation>
    </message>
    <message>
        <source>{who}&apos;s rating of {source} → {target}</source>
        <translation>{who} 對 {source} → {target} 的評分</translation>
    </message>
</context>
<context>
    <name>RatingsHeatMap</name>
    <message>
        <source>Blue raises, vermilion lowers, deeper is stronger, blank: not rated. Most disagreed edges first (±: sign conflict, spread in amber). Click a row to select the edge on the map.</source>
        <translation>藍色表示提高，朱紅色表示降低，顏色越深越強，空白：未評分。分歧最大的邊排在最前（±：正負號衝突，離散度以琥珀色顯示）。按一下一行可在圖上選取該邊。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>… and {count} more (see Details).</source>
        <translation>…另有 {count} 項（見「詳細資料」）。</translation>
    </message>
    <message>
        <source>Show Details…</source>
        <translation>顯示詳細資料…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the whole message, for a colleague or a bug report</source>
        <translation>複製整條訊息，以便發給同事或用於錯誤報告</translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>隱藏詳細資料</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Scenario matrix</source>
        <translation>情景矩陣</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>評分卡</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>為甚麼？</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>結構</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <source>checking whether the answer is the only one…</source>
        <translation>正在檢查答案是否唯一…</translation>
    </message>
    <message>
        <source>{headline} ({reason})</source>
        <translation>{headline}（{reason}）</translation>
    </message>
    <message>
        <source>No results: {error}</source>
        <translation>沒有結果：{error}</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>尚無結果。</translation>
    </message>
    <message>
        <source>Baseline {verdict}</source>
        <translation>基線：{verdict}</translation>
    </message>
    <message>
        <source>{scenario}: {verdict}</source>
        <translation>{scenario}：{verdict}</translation>
    </message>
    <message>
        <source>live preview (release the slider to keep it)</source>
        <translation>即時預覽（放開滑桿即保留）</translation>
    </message>
    <message>
        <source> of participants&apos; maps</source>
        <translation>（取自參與者的圖）</translation>
    </message>
    <message>
        <source> of participants&apos; maps and their weights</source>
        <translation>（取自參與者的圖及其權重）</translation>
    </message>
    <message>
        <source>Monte Carlo {samples} samples{of}, seed {seed}</source>
        <translation>蒙地卡羅 {samples} 個樣本{of}，隨機種子 {seed}</translation>
    </message>
    <message>
        <source> (stale: the model changed)</source>
        <translation>（已過時：模型已更改）</translation>
    </message>
    <message>
        <source>{rule}, {activation} λ={steepness}, {steps} {unit}s</source>
        <translation>{rule}，{activation} λ={steepness}，{steps} 個{unit}</translation>
    </message>
    <message>
        <source>In detail: {evidence}.</source>
        <translation>詳細說明：{evidence}。</translation>
    </message>
    <message>
        <source>Is the answer the only one? &quot;The only possible answer&quot;: the map damps every difference between two states, so every start vector ends at this answer. &quot;The same answer from every start tried&quot;: not proven, but runs from 8 different start vectors end at the same state. &quot;May depend on the start&quot;: they settle in different places; another start vector gives another answer. &quot;May cycle&quot;: they are still moving at the last step. Engine Settings &gt; Suggest steepness proposes a steepness for which the answer is unique.</source>
        <translation>答案是唯一的嗎？「唯一可能的答案」：圖會衰減任意兩個狀態之間的差異，因此每個起始向量都會到達這個答案。「所有嘗試的起點得到相同答案」：未經證明，但從 8 個不同起始向量出發的執行都到達同一狀態。「可能取決於起點」：執行停在不同位置；換一個起始向量會得到另一個答案。「可能循環」：到最後一步仍在變化。「引擎設定 &gt; 建議陡度」會給出使答案唯一的陡度。</translation>
    </message>
</context>
<context>
    <name>ReviewNotice</name>
    <message>
        <source>Translation may be out of date</source>
        <translation>譯文可能已過時</translation>
    </message>
    <message>
        <source>The original text was edited after this translation was written: check that it still says the same</source>
        <translation>原文在這條譯文寫好之後被編輯過：請檢查譯文是否仍與原文一致</translation>
    </message>
    <message>
        <source>Mark Reviewed</source>
        <translation>標為已覆核</translation>
    </message>
    <message>
        <source>The translation says what the original says now: take the mark away</source>
        <translation>譯文與目前原文一致：去掉這個標記</translation>
    </message>
    <message>
        <source>Translation may be out of date: {fields}</source>
        <translation>譯文可能已過時：{fields}</translation>
    </message>
</context>
<context>
    <name>ScenarioMatrix</name>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Median change (Monte Carlo)</source>
        <translation>變化中位數（蒙地卡羅）</translation>
    </message>
    <message>
        <source>P(increase) (Monte Carlo)</source>
        <translation>P(上升)（蒙地卡羅）</translation>
    </message>
    <message>
        <source>Filter nodes (label, id or group)</source>
        <translation>篩選節點（標籤、ID 或組別）</translation>
    </message>
    <message>
        <source>At shown step</source>
        <translation>按顯示的步</translation>
    </message>
    <message>
        <source>Show the change at the step shown on the map instead of at the last step</source>
        <translation>顯示圖上目前所示步的變化，而不是最後一步的變化</translation>
    </message>
    <message>
        <source>What a cell shows: the change of the run, or after a Monte Carlo run the median change or the probability of a rise</source>
        <translation>儲存格顯示的內容：執行的變化；蒙地卡羅執行後可顯示變化中位數或上升機率</translation>
    </message>
    <message>
        <source>Across participants</source>
        <translation>跨參與者</translation>
    </message>
    <message>
        <source>Run every scenario on every participant&apos;s map too, and add to each cell how many maps agree with the shared map (4/6 ↑: four of six say it rises)</source>
        <translation>也在每位參與者的圖上執行每個情景，並在每個儲存格中加上有多少張圖與共享的圖一致（4/6 ↑：六張中有四張認為它上升）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Scenarios on every participant&apos;s map</source>
        <translation>在每位參與者的圖上執行情景</translation>
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
        <translation>最後一個{unit}（{steps}）</translation>
    </message>
    <message>
        <source>Probability that the node ends above the baseline at {when}, over {samples} Monte Carlo samples (50%: undecided, white: no sample moves it)</source>
        <translation>在 {when} 節點高於基線的機率，基於 {samples} 個蒙地卡羅樣本（50%：不確定；白色：沒有樣本使其變化）</translation>
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
        <translation>在 {when} 相對基線變化的中位數，基於 {samples} 個蒙地卡羅樣本</translation>
    </message>
    <message>
        <source> (run Monte Carlo for medians and probabilities)</source>
        <translation>（執行蒙地卡羅可得到中位數和機率）</translation>
    </message>
    <message>
        <source>Change from baseline at {when}{extra}</source>
        <translation>在 {when} 相對基線的變化{extra}</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Add an empty scenario</source>
        <translation>加入一個空白情景</translation>
    </message>
    <message>
        <source>No scenarios yet. A scenario is a policy option: Add one, then set its levers below.</source>
        <translation>還沒有情景。情景是一個政策選項：按「加入」建立一個，然後在下方設定它的槓桿。</translation>
    </message>
    <message>
        <source>Copy the current scenario</source>
        <translation>複製目前情景</translation>
    </message>
    <message>
        <source>Delete the current scenario (undoable)</source>
        <translation>刪除目前情景（可復原）</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>邊</translation>
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
        <translation>覆寫所選邊</translation>
    </message>
    <message>
        <source>Give the edge selected on the map another weight in this scenario</source>
        <translation>在此情景中為圖上所選的邊設定另一個權重</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Edge-weight overrides</source>
        <translation>邊權重覆寫</translation>
    </message>
    <message>
        <source>Mark Translation Reviewed</source>
        <translation>將譯文標為已覆核</translation>
    </message>
    <message>
        <source>The scenario&apos;s translated name says what its original says now: take the mark away</source>
        <translation>情景的譯名與目前原文一致：去掉這個標記</translation>
    </message>
    <message>
        <source>Translated name may be out of date</source>
        <translation>譯名可能已過時</translation>
    </message>
    <message>
        <source>Renamed, the name is the scenario&apos;s own in every language</source>
        <translation>重新命名後，新名稱在每種語言中都是這個情景的名稱</translation>
    </message>
    <message>
        <source>Renamed here, the name is its {language} translation; the original stays</source>
        <translation>在此重新命名時，新名稱是它的{language}譯文，原文保持不變</translation>
    </message>
    <message>
        <source>Select one edge on the map to override its weight</source>
        <translation>在圖上選取一條邊以覆寫其權重</translation>
    </message>
    <message>
        <source>Choose an override to remove</source>
        <translation>請選擇要移除的覆寫</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>No objectives in this model: add them to score scenarios.</source>
        <translation>此模型沒有目標：請加入目標以便為情景評分。</translation>
    </message>
    <message>
        <source>No results to score.</source>
        <translation>沒有可評分的結果。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>{objective} in {scenario}: change {change}, met</source>
        <translation>{scenario} 中的{objective}：變化 {change}，已達成</translation>
    </message>
    <message>
        <source>{objective} in {scenario}: change {change}, not met</source>
        <translation>{scenario} 中的{objective}：變化 {change}，未達成</translation>
    </message>
    <message>
        <source>{shown} (unrounded {value})</source>
        <translation>{shown}（未捨入值 {value}）</translation>
    </message>
    <message>
        <source>✔ met, ✘ not met: the change of the objective&apos;s node at the last step against its threshold. Score: importance-weighted share met.</source>
        <translation>✔ 已達成，✘ 未達成：目標節點在最後一步的變化與其閾值比較。得分：按重要性加權的達成比例。</translation>
    </message>
    <message>
        <source>New Objective…</source>
        <translation>新增目標…</translation>
    </message>
    <message>
        <source>Edit Objective…</source>
        <translation>編輯目標…</translation>
    </message>
    <message>
        <source>Delete Objective</source>
        <translation>刪除目標</translation>
    </message>
    <message>
        <source>✔ met, ✘ not met</source>
        <translation>✔ 已達成，✘ 未達成</translation>
    </message>
    <message>
        <source> · P: share of Monte Carlo samples meeting it</source>
        <translation> · P：達成目標的蒙地卡羅樣本比例</translation>
    </message>
    <message>
        <source> P: share of Monte Carlo samples meeting it.</source>
        <translation>P：達成目標的蒙地卡羅樣本比例。</translation>
    </message>
    <message>
        <source>{objective}  (increase {node} by at least {threshold}, weight {weight})</source>
        <translation>{objective}（使 {node} 至少提高 {threshold}，權重 {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (decrease {node} by at least {threshold}, weight {weight})</source>
        <translation>{objective}（使 {node} 至少降低 {threshold}，權重 {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (do not lower {node}: change ≥ 0, weight {weight})</source>
        <translation>{objective}（不使 {node} 降低：變化 ≥ 0，權重 {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (do not raise {node}: change ≤ 0, weight {weight})</source>
        <translation>{objective}（不使 {node} 提高：變化 ≤ 0，權重 {weight}）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fill in the conventions of another FCM tool so that results match it exactly.</source>
        <translation>填入另一種 FCM 工具的慣例，使結果與其完全一致。</translation>
    </message>
    <message>
        <source>Kosko: a node is only what its causes make it; modified Kosko also keeps its own previous level; rescaled maps levels to [-1, 1] before summing (Papageorgiou).</source>
        <translation>Kosko：節點只由其原因決定；改良 Kosko 還保留自身上一步的水平；重標度在求和前把水平映射到 [-1, 1]（Papageorgiou）。</translation>
    </message>
    <message>
        <source>How the summed push becomes a level: sigmoid (0..1), tanh (-1..1), bivalent (0/1), trivalent (-1/0/1) or clip (linear, capped at ±1).</source>
        <translation>合計推動如何轉為水平：sigmoid (0..1)、tanh (-1..1)、二值 (0/1)、三值 (-1/0/1) 或截斷（線性，限制在 ±1）。</translation>
    </message>
    <message>
        <source>Lambda: how sharply the activation responds; larger saturates sooner. Suggest proposes the largest with one answer from every start.</source>
        <translation>λ：激活函數反應的陡峭程度；越大越快飽和。「建議」會給出從任何起點都只有一個答案的最大值。</translation>
    </message>
    <message>
        <source>How many time steps each run lasts (also the cap for convergence).</source>
        <translation>每次執行持續的時間步數（也是收斂的上限）。</translation>
    </message>
    <message>
        <source>The name of one step in charts and exports (month, quarter, round).</source>
        <translation>圖表和匯出中一步的名稱（月、季度、輪）。</translation>
    </message>
    <message>
        <source>Start each run from every node&apos;s initial level, or from all ones as Mental Modeler does.</source>
        <translation>每次執行從各節點的初始水平開始，或像 Mental Modeler 那樣全部從 1 開始。</translation>
    </message>
    <message>
        <source>Nodes without causes are held at their start level (FCMpy) or updated like any node (Mental Modeler, R fcm).</source>
        <translation>沒有原因的節點保持在起始水平 (FCMpy)，或像其他節點一樣更新 (Mental Modeler, R fcm)。</translation>
    </message>
    <message>
        <source>A run has converged when no node moves more than this between steps.</source>
        <translation>當兩步之間沒有節點的變化超過此值時，執行即已收斂。</translation>
    </message>
    <message>
        <source>Compare changes with &lt; instead of &lt;= tolerance (R fcm).</source>
        <translation>用 &lt; 而不是 &lt;= 與容差比較 (R fcm)。</translation>
    </message>
    <message>
        <source>End a run at convergence instead of running every step.</source>
        <translation>收斂時結束執行，而不是執行每一步。</translation>
    </message>
    <message>
        <source>Count the initial state as step 1 when reporting &apos;converged at step k&apos;.</source>
        <translation>報告「在第 k 步收斂」時把初始狀態計為第 1 步。</translation>
    </message>
    <message>
        <source>How many random draws of the uncertain edge weights Monte Carlo uses.</source>
        <translation>蒙地卡羅對不確定邊權重進行隨機抽樣的次數。</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same Monte Carlo numbers, bit for bit.</source>
        <translation>隨機種子：相同的種子給出逐位相同的蒙地卡羅結果。</translation>
    </message>
    <message>
        <source>For large runs: Monte Carlo in float32 is about twice as fast; its bands agree with float64&apos;s within 1e-6, and a seed still fixes every number.</source>
        <translation>適用於大型執行：以 float32 執行的蒙地卡羅約快一倍；其區間帶與 float64 的相差不超過 1e-6，種子仍決定每個數字。</translation>
    </message>
    <message>
        <source>Engine settings</source>
        <translation>引擎設定</translation>
    </message>
    <message>
        <source>(the model&apos;s own)</source>
        <translation>（模型自身的設定）</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Fill in the largest steepness for which every run has exactly one answer, whatever the start</source>
        <translation>填入最大的陡度，使無論從何處開始，每次執行都恰好只有一個答案</translation>
    </message>
    <message>
        <source>strict comparison</source>
        <translation>嚴格比較</translation>
    </message>
    <message>
        <source>stop at convergence</source>
        <translation>收斂時停止</translation>
    </message>
    <message>
        <source>initial state counts as step 1</source>
        <translation>初始狀態計為第 1 步</translation>
    </message>
    <message>
        <source>Monte Carlo in float32</source>
        <translation>以 float32 執行蒙地卡羅</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <source>Steepness (λ)</source>
        <translation>陡度 (λ)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>時間單位</translation>
    </message>
    <message>
        <source>Start vector</source>
        <translation>起始向量</translation>
    </message>
    <message>
        <source>Driver nodes</source>
        <translation>驅動節點</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>蒙地卡羅樣本數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>No suggestion: {reason}</source>
        <translation>沒有建議：{reason}</translation>
    </message>
    <message>
        <source>No steepness makes a {activation} activation provably give one answer (a step has no slope bound); sigmoid, tanh or clip have one.</source>
        <translation>對於 {activation} 激活函數，任何陡度都無法保證只有一個答案（階躍函數沒有斜率上界）；sigmoid、tanh 或截斷函數有。</translation>
    </message>
    <message>
        <source>Any steepness gives one answer: no node&apos;s level feeds another&apos;s change here (no weights to bound).</source>
        <translation>任何陡度都只有一個答案：這裏沒有節點的水平會影響另一個節點的變化（沒有需要約束的權重）。</translation>
    </message>
    <message>
        <source>λ {value}: below {bound}, the largest steepness for which the map damps every difference between two states ({activation}, {rule} rule, {norm}-norm of the weights {norm_value}), so every run has one answer whatever its start. </source>
        <translation>λ {value}：低於 {bound}，這是使圖衰減任意兩個狀態之間差異的最大陡度（{activation}，{rule} 規則，權重的 {norm}-範數為 {norm_value}），因此無論從何處開始，每次執行都只有一個答案。</translation>
    </message>
    <message>
        <source>fcmconfr&apos;s estimate, which keeps the inputs in the near-linear part of the curve, is {estimate}. </source>
        <translation>fcmconfr 的估計值（使輸入保持在曲線近似線性的部分）為 {estimate}。</translation>
    </message>
    <message>
        <source>With λ {steepness} the factor is {factor} (inside the bound).</source>
        <translation>當 λ 為 {steepness} 時，收縮系數為 {factor}（在界限內）。</translation>
    </message>
    <message>
        <source>With λ {steepness} the factor is {factor}: one answer is not guaranteed; the results panel says whether runs from different starts agree.</source>
        <translation>當 λ 為 {steepness} 時，收縮系數為 {factor}：不能保證只有一個答案；結果面板會說明從不同起點出發的執行是否一致。</translation>
    </message>
</context>
<context>
    <name>SobolBars</name>
    <message>
        <source>Objective:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Sobol&apos; indices not computed: {reason}</source>
        <translation>未計算 Sobol&apos; 指數：{reason}</translation>
    </message>
    <message>
        <source>Sobol&apos; indices not computed: no uncertain condition.</source>
        <translation>未計算 Sobol&apos; 指數：沒有不確定的條件。</translation>
    </message>
    <message>
        <source>“{option}”, {futures} futures. Share of the objective&apos;s variance each condition explains: blue with its interactions (total), vermilion alone (first order); whiskers: 95% intervals.</source>
        <translation>「{option}」，{futures} 種未來情況。每個條件解釋的目標方差比例：藍色為含交互作用（總效應），朱紅色為單獨作用（一階）；鬚線：95% 區間。</translation>
    </message>
    <message>
        <source>Sobol&apos; index (share of variance)</source>
        <translation>Sobol&apos; 指數（方差佔比）</translation>
    </message>
    <message>
        <source>Too few samples to trust these indices: run again with a Sobol&apos; base sample of {base} or more.</source>
        <translation>樣本太少，這些指數不可信：請將 Sobol&apos; 基礎樣本設為 {base} 或以上後重新運行。</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>編輯來源</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>加入來源</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A year, a year and month, or a whole date: 2026, 2026-06 or 2026-06-25, or as the Sources list writes it (June 25, 2026)</source>
        <translation>年份、年月或完整日期：2026、2026-06 或 2026-06-25，也可以照來源列表的寫法（2026年6月25日）</translation>
    </message>
    <message>
        <source>Optional: the web address where the source can be read (http:// or https://); it is shown and copied, never opened by Windtunnel</source>
        <translation>可選：可以閱讀該來源的網址（http:// 或 https://）；只顯示和複製，Windtunnel 不會開啟它</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>&quot;{date}&quot; is not a date: write a year, a year and month, or a whole date, as 2026, 2026-06 or 2026-06-25</source>
        <translation>「{date}」不是日期：請寫年份、年月或完整日期，如 2026、2026-06 或 2026-06-25</translation>
    </message>
</context>
<context>
    <name>SourcesField</name>
    <message>
        <source>No sources yet: add them in the Sources panel</source>
        <translation>尚無來源：請在「來源」面板中加入</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版者</translation>
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
        <translation>引用該來源的節點和邊的數量</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>加入…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>加入一個來源</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Edit the chosen source</source>
        <translation>編輯所選來源</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete the chosen source</source>
        <translation>刪除所選來源</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Cite the chosen source from the selected nodes and edges</source>
        <translation>讓所選節點和邊引用所選來源</translation>
    </message>
    <message>
        <source>Uncite</source>
        <translation>取消引用</translation>
    </message>
    <message>
        <source>Remove the chosen source from the selected nodes and edges</source>
        <translation>從所選節點和邊中移除所選來源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Choose a source in the list first.</source>
        <translation>請先在清單中選擇一個來源。</translation>
    </message>
    <message>
        <source>Select nodes or edges on the map first.</source>
        <translation>請先在圖上選取節點或邊。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) now cite it.</source>
        <translation>
            <numerusform>%n 個所選項目現在引用此來源。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) no longer cite it.</source>
        <translation>
            <numerusform>%n 個所選項目不再引用此來源。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryMode</name>
    <message>
        <source>Tell the &amp;Story</source>
        <translation>講述故事(&amp;S)</translation>
    </message>
    <message>
        <source>Reveal the scenario step by step: levers, first effects, channels, outcomes (Right / Left, PageDown / PageUp or Space)</source>
        <translation>逐步展示情景：槓桿、初步影響、傳導渠道、結果（→ / ←、PageDown / PageUp 或空白鍵）</translation>
    </message>
    <message>
        <source>No story yet</source>
        <translation>尚無故事</translation>
    </message>
    <message>
        <source>Choose a scenario that sets a lever; its story shows here. Escape ends the story.</source>
        <translation>請選擇一個設定了槓桿的情景；它的故事會顯示在這裏。按 Esc 結束故事。</translation>
    </message>
    <message>
        <source>{number} of {count}; →: on, ←: back, Esc: end</source>
        <translation>第 {number}/{count} 章；→：下一章，←：上一章，Esc：結束</translation>
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
        <translation>極性</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延遲</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>節點</translation>
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
        <translation>介數</translation>
    </message>
    <message>
        <source>Find chokepoints</source>
        <translation>尋找瓶頸</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>迴路</translation>
    </message>
    <message>
        <source>Loops over time</source>
        <translation>迴路隨時間變化</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Actors (choose one or more):</source>
        <translation>行為體（選擇一個或多個）：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Chokepoints</source>
        <translation>瓶頸</translation>
    </message>
    <message>
        <source>Finding feedback loops…</source>
        <translation>正在尋找反饋迴路…</translation>
    </message>
    <message>
        <source>The structure could not be found</source>
        <translation>無法找到結構</translation>
    </message>
    <message>
        <source>No structure: {reason}</source>
        <translation>沒有結構：{reason}</translation>
    </message>
    <message>
        <source>Finding loops and metrics</source>
        <translation>正在尋找迴路和指標</translation>
    </message>
    <message>
        <source>Stopped. The tables show the structure before the last edit; open the tab again to compute it.</source>
        <translation>已停止。表格顯示的是上次編輯之前的結構；再次開啟此分頁即可重新計算。</translation>
    </message>
    <message>
        <source>Stopped before the loops were found; open the tab again to compute them.</source>
        <translation>在找到迴路之前已停止；再次開啟此分頁即可計算。</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback loop(s): {reinforcing} reinforcing (a change feeds itself), {balancing} balancing (a change damps itself); {note}. Click a loop to highlight it.</source>
        <translation>
            <numerusform>%n 個反饋迴路：{reinforcing} 個增強迴路（變化自我強化），{balancing} 個平衡迴路（變化自我抑制）；{note}。按一下迴路可將其突出顯示。</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} edges, density {density}, {per_node} edges per node; {drivers} drivers, {receivers} receivers, {ordinary} ordinary; complexity (receivers / drivers) {complexity}; hierarchy index {hierarchy}.</source>
        <translation>{nodes} 個節點，{edges} 條邊，密度 {density}，每個節點 {per_node} 條邊；{drivers} 個驅動節點，{receivers} 個接收節點，{ordinary} 個普通節點；複雜度（接收 / 驅動）{complexity}；層級指數 {hierarchy}。</translation>
    </message>
    <message>
        <source>Choose at least one actor and an outcome.</source>
        <translation>請至少選擇一個行為體和一個結果。</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>無法進行：{reason}</translation>
    </message>
    <message>
        <source>No path of positive influence leads from the chosen actors to &lt;b&gt;{outcome}&lt;/b&gt;.</source>
        <translation>沒有正向影響路徑從所選行為體通向 &lt;b&gt;{outcome}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source> Directly connected (no node can cut them): {actors}.</source>
        <translation>直接相連（任何節點都無法切斷）：{actors}。</translation>
    </message>
    <message>
        <source>Cutting {nodes} removes every positive path to &lt;b&gt;{outcome}&lt;/b&gt;.{direct}</source>
        <translation>切斷 {nodes} 會移除所有通向 &lt;b&gt;{outcome}&lt;/b&gt; 的正向路徑。{direct}</translation>
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
        <translation>目前情景：槓桿所編輯、圖所顯示的內容（工作坊模式下按 PageUp / PageDown）</translation>
    </message>
    <message>
        <source>Results on the map (tints)</source>
        <translation>在圖上顯示結果（著色）</translation>
    </message>
    <message>
        <source>Halos around changed nodes</source>
        <translation>變化節點周圍的光暈</translation>
    </message>
    <message>
        <source>Edge flows</source>
        <translation>邊的流向</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>What the map draws after a run</source>
        <translation>執行後圖上繪製的內容</translation>
    </message>
    <message>
        <source>Replay the run step by step (Space in workshop mode)</source>
        <translation>逐步重播執行過程（工作坊模式下按空白鍵）</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>時間步</translation>
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
        <translation>暫停</translation>
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
        <translation>執行敏感度分析</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效應</translation>
    </message>
    <message>
        <source>Elasticity</source>
        <translation>彈性</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>逐一變動</translation>
    </message>
    <message>
        <source>Sobol&apos; indices</source>
        <translation>Sobol&apos; 指數</translation>
    </message>
    <message>
        <source>Choose an objective and run the sensitivity analysis for “{scenario}”.</source>
        <translation>請選擇一個目標，並對「{scenario}」執行敏感度分析。</translation>
    </message>
    <message>
        <source>Sensitivity needs a scenario and an objective.</source>
        <translation>敏感度分析需要一個情景和一個目標。</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <source>The sensitivity analysis failed</source>
        <translation>敏感度分析失敗</translation>
    </message>
    <message>
        <source>Sensitivity cancelled; the previous results are kept</source>
        <translation>敏感度分析已取消；保留之前的結果</translation>
    </message>
    <message>
        <source>The scenario, objective or model changed while the sensitivity ran: run it again</source>
        <translation>敏感度分析執行期間情景、目標或模型已更改：請重新執行</translation>
    </message>
    <message>
        <source>This model has no edges to vary.</source>
        <translation>此模型沒有可變動的邊。</translation>
    </message>
    <message>
        <source>objective value (change at the last step)</source>
        <translation>目標值（最後一步的變化）</translation>
    </message>
    <message>
        <source>{objective} under “{scenario}”: central value {base}. Each bar spans the value with one edge at its low bound (vermilion) and at its high bound (blue); the {shown} widest of {count} edges. Wide bars are the weights worth checking first.</source>
        <translation>「{scenario}」下的{objective}：中心值 {base}。每根條形表示一條邊取下限（朱紅色）和上限（藍色）時的數值範圍；顯示 {count} 條邊中最闊的 {shown} 條。條形越闊的權重越值得優先核查。</translation>
    </message>
</context>
<context>
    <name>TradeOff</name>
    <message>
        <source>Trade-off:</source>
        <translation>權衡：</translation>
    </message>
    <message>
        <source>against</source>
        <translation>對比</translation>
    </message>
    <message>
        <source>{objective}: progress →</source>
        <translation>{objective}：進展 →</translation>
    </message>
    <message>
        <source>{objective}: progress ↑</source>
        <translation>{objective}：進展 ↑</translation>
    </message>
    <message>
        <source>Each point is one option in one future. Across: progress toward “{across}”, the {across_change} of {across_node} from the baseline; up: progress toward “{up}”, the {up_change} of {up_node}. More is better on both; each objective is met from its dashed line on (to its right, above it).</source>
        <translation>每個點是一個選項在一個未來中的結果。橫軸：朝「{across}」的進展，即 {across_node} 相對基線的{across_change}；縱軸：朝「{up}」的進展，即 {up_node} 的{up_change}。兩者都是越大越好；每個目標從其虛線起（虛線右側、上方）即達成。</translation>
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
        <translation>還沒有節點：在圖上加入節點後即可在此繪製圖表。</translation>
    </message>
    <message>
        <source>Select nodes on the map to chart them.</source>
        <translation>在圖上選取節點以繪製其圖表。</translation>
    </message>
    <message>
        <source>No results: {reason}</source>
        <translation>沒有結果：{reason}</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>沒有可執行的內容</translation>
    </message>
    <message>
        <source>; shaded: 5-95% and 25-75% of {samples} Monte Carlo samples</source>
        <translation>；陰影：{samples} 個蒙地卡羅樣本的 5-95% 和 25-75% 區間</translation>
    </message>
    <message>
        <source>; Monte Carlo bands hidden: the model changed since the run</source>
        <translation>；已隱藏蒙地卡羅區間帶：執行後模型已更改</translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>無情景</translation>
    </message>
    <message>
        <source>Selected nodes: dashed = baseline, solid = {scenario}{bands}.</source>
        <translation>所選節點：虛線 = 基線，實線 = {scenario}{bands}。</translation>
    </message>
    <message>
        <source>The objectives&apos; nodes: dashed = baseline, solid = {scenario}{bands}.</source>
        <translation>目標的節點：虛線 = 基線，實線 = {scenario}{bands}。</translation>
    </message>
    <message>
        <source>{node}, {unit} {step}: 5-95% from {low} to {high}, 25-75% from {inner_low} to {inner_high} ({samples} Monte Carlo samples)</source>
        <translation>{node}，第 {step} {unit}：5-95% 從 {low} 到 {high}，25-75% 從 {inner_low} 到 {inner_high}（{samples} 個蒙地卡羅樣本）</translation>
    </message>
    <message>
        <source>A band narrower than a few pixels is drawn that thick around its middle, so that it shows.</source>
        <translation>窄於幾個像素的帶圍繞其中線按這個厚度繪製，以便看得見。</translation>
    </message>
</context>
<context>
    <name>WeightChange</name>
    <message>
        <source>First rating: weight {after}, not the map&apos;s own {before}.</source>
        <translation>第一個評分：權重為 {after}，而非圖本身的 {before}。</translation>
    </message>
    <message>
        <source>Weight now {after} (was {before}).</source>
        <translation>權重現為 {after}（原為 {before}）。</translation>
    </message>
    <message>
        <source>{absent} of {count} not rating it count as 0.</source>
        <translation>{count} 人中未評分的 {absent} 人計為 0。</translation>
    </message>
    <message>
        <source>First rating of this edge: its weight is now the participants&apos; aggregate ({method}), {after}, not the map&apos;s own {before}.</source>
        <translation>這是此邊的第一個評分：其權重現為參與者的匯總（{method}）{after}，而不再是圖本身的 {before}。</translation>
    </message>
    <message>
        <source>The edge&apos;s weight is now the participants&apos; aggregate ({method}), {after} (was {before}).</source>
        <translation>此邊的權重現為參與者的匯總（{method}）{after}（原為 {before}）。</translation>
    </message>
    <message>
        <source>The {absent} of {count} who have not rated it count as 0.</source>
        <translation>{count} 人中尚未評分的 {absent} 人計為 0。</translation>
    </message>
    <message>
        <source>No one rates this edge now: it keeps {weight}.</source>
        <translation>現在無人為此邊評分：權重保持 {weight}。</translation>
    </message>
    <message>
        <source>No one rates this edge now: back to its own {weight} (was {was}).</source>
        <translation>現在無人為此邊評分：權重恢復為圖本身的 {weight}（之前為 {was}）。</translation>
    </message>
    <message>
        <source>No participant rates this edge now: it keeps {weight}, its weight when the file was opened (a file saved by an older Windtunnel does not keep the weight from before the ratings).</source>
        <translation>現在沒有參與者為此邊評分：權重保持開啟檔案時的 {weight}（舊版 Windtunnel 儲存的檔案不保留評分之前的權重）。</translation>
    </message>
    <message>
        <source>No participant rates this edge now: its weight is back to {weight}, the map&apos;s own from before the first rating (the participants&apos; aggregate was {was}).</source>
        <translation>現在沒有參與者為此邊評分：權重恢復為 {weight}，即第一個評分之前圖本身的權重（參與者的匯總值為 {was}）。</translation>
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
        <translation>按槓桿</translation>
    </message>
    <message>
        <source>By input edge</source>
        <translation>按輸入邊</translation>
    </message>
    <message>
        <source>By route</source>
        <translation>按路徑</translation>
    </message>
    <message>
        <source>Sharing the change among the levers</source>
        <translation>正在把變化分配給各槓桿</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>經由</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Shares are of the total change: a row that pulls the other way has a negative share, so the others add up to more than 100%.</source>
        <translation>佔比是相對於總變化而言的：朝相反方向拉動的行佔比為負，因此其他行加起來會超過 100%。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run a scenario to explain its changes.</source>
        <translation>執行一個情景以解釋其變化。</translation>
    </message>
    <message>
        <source>Select a node on the map to see why it changed.</source>
        <translation>在圖上選取一個節點，查看它為甚麼變化。</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>正在解釋…</translation>
    </message>
    <message>
        <source>Explaining the change</source>
        <translation>正在解釋變化</translation>
    </message>
    <message>
        <source>Could not explain: {reason}</source>
        <translation>無法解釋：{reason}</translation>
    </message>
    <message>
        <source>Stopped. Select the node again (or move the time slider) to explain it.</source>
        <translation>已停止。請再次選取該節點（或移動時間滑桿）以解釋它。</translation>
    </message>
    <message>
        <source>Why did &lt;b&gt;{node}&lt;/b&gt; change by &lt;b&gt;{change}&lt;/b&gt; in &lt;b&gt;{scenario}&lt;/b&gt; at &lt;b&gt;{unit} {step}&lt;/b&gt; of {steps}?</source>
        <translation>為甚麼 &lt;b&gt;{node}&lt;/b&gt; 在 &lt;b&gt;{scenario}&lt;/b&gt; 中於第 &lt;b&gt;{step} {unit}&lt;/b&gt;（共 {steps}）變化了 &lt;b&gt;{change}&lt;/b&gt;？</translation>
    </message>
    <message>
        <source> Move the time slider to explain another {unit}; click a row to highlight it on the map.</source>
        <translation>移動時間滑桿可解釋另一個{unit}；按一下一行可在圖上突出顯示。</translation>
    </message>
    <message>
        <source>The reasons follow when the replay stops; By lever and By input edge follow every {unit}.</source>
        <translation>重播停止後顯示原因；「按槓桿」和「按輸入邊」會隨每個{unit}更新。</translation>
    </message>
    <message>
        <source>Tracing the routes at {unit} {step}…</source>
        <translation>正在追蹤第 {step} {unit}的路徑…</translation>
    </message>
    <message>
        <source>Pulls the other way: {change} against a total change of {total}</source>
        <translation>朝相反方向拉動：總變化為 {total}，此行為 {change}</translation>
    </message>
    <message>
        <source>Total: the change</source>
        <translation>合計：變化</translation>
    </message>
    <message>
        <source>The {count} reasons carry {share} of the change. Routes: {note}.</source>
        <translation>這 {count} 個原因承載了變化的 {share}。路徑：{note}。</translation>
    </message>
    <message>
        <source>{node} does not change at this step: there is nothing to explain.</source>
        <translation>{node} 在這一步沒有變化，沒有需要解釋的內容。</translation>
    </message>
    <message>
        <source>One reason carries {share} of the change; the last row gathers everything else. Routes: {note}.</source>
        <translation>一個原因承載了變化的 {share}；最後一行匯總其餘所有部分。路徑：{note}。</translation>
    </message>
    <message>
        <source>One reason carries {share} of the change. Routes: {note}.</source>
        <translation>一個原因承載了變化的 {share}。路徑：{note}。</translation>
    </message>
    <message>
        <source>The {count} reasons carry {share} of the change; the last row gathers everything else. Routes: {note}.</source>
        <translation>這 {count} 個原因承載了變化的 {share}；最後一行匯總其餘所有部分。路徑：{note}。</translation>
    </message>
    <message>
        <source>This scenario sets no lever and changes no weight.</source>
        <translation>此情景沒有設定槓桿，也沒有更改權重。</translation>
    </message>
    <message>
        <source>Each lever&apos;s fair share of the change ({method}): what it adds on average over every order in which the levers could be set.</source>
        <translation>每個槓桿在變化中的公平份額（{method}）：在所有可能的槓桿設定順序上，它平均增加的部分。</translation>
    </message>
    <message>
        <source>its own previous level ({rule} rule)</source>
        <translation>自身上一步的水平（{rule} 規則）</translation>
    </message>
    <message>
        <source>set by a lever on it</source>
        <translation>由作用於它的槓桿設定</translation>
    </message>
    <message>
        <source>What arrived through each incoming edge at this step: each edge&apos;s push, shared in proportion to how the node&apos;s curve turned the summed push into its level.</source>
        <translation>在這一步中經由每條輸入邊到達的部分：每條邊的推動，按節點曲線將合計推動轉換為其水平的方式按比例分配。</translation>
    </message>
    <message>
        <source> (not followed further)</source>
        <translation>（未繼續追蹤）</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller route(s)</source>
        <translation>
            <numerusform>%n 條較小的路徑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) from the levers through the map over time (around loops too), largest first; {note}.</source>
        <translation>
            <numerusform>隨時間從槓桿經由圖的 %n 條路徑（也包括繞迴路的），按大小排序；{note}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>No scenario</source>
        <translation>沒有情景</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>工作坊模式(&amp;W)</translation>
    </message>
    <message>
        <source>Full screen for a room: large type, the map and the levers</source>
        <translation>面向會場的全屏幕：大字體、圖和槓桿</translation>
    </message>
    <message>
        <source>Workshop levers</source>
        <translation>工作坊槓桿</translation>
    </message>
    <message>
        <source>scenario {number} of {count} · Ctrl+PgUp / Ctrl+PgDown</source>
        <translation>第 {number}/{count} 個情景 · Ctrl+PgUp / Ctrl+PgDown</translation>
    </message>
    <message>
        <source>scenario {number} of {count} · PageUp / PageDown</source>
        <translation>第 {number}/{count} 個情景 · PageUp / PageDown</translation>
    </message>
    <message>
        <source>Show levers (L)</source>
        <translation>顯示槓桿 (L)</translation>
    </message>
    <message>
        <source>Hide levers (L)</source>
        <translation>隱藏槓桿 (L)</translation>
    </message>
</context>
<context>
    <name>_ScenarioRows</name>
    <message>
        <source>{name} (sets no lever: as the baseline)</source>
        <translation>{name}（未設定槓桿：與基線相同）</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <source>Start a blank model</source>
        <translation>開始一個空白模型</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>開啟模型檔案</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a model from Mental Modeler, Kumu, Gephi, GraphML, GEXF, CSV or a workbook</source>
        <translation>從 Mental Modeler、Kumu、Gephi、GraphML、GEXF、CSV 或活頁簿匯入模型</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>儲存模型</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Map as S&amp;VG…</source>
        <translation>將圖匯出為 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>關閉視窗(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>刪除所選內容</translation>
    </message>
    <message>
        <source>Re&amp;name Node</source>
        <translation>重新命名節點(&amp;N)</translation>
    </message>
    <message>
        <source>Edit the selected node&apos;s label on the map</source>
        <translation>在圖上編輯所選節點的標籤</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>尋找上一個(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;Actor</source>
        <translation>加入行為體(&amp;A)</translation>
    </message>
    <message>
        <source>Add an actor in the middle of the view</source>
        <translation>在檢視中央加入一個行為體</translation>
    </message>
    <message>
        <source>Add a restriction: a policy lever</source>
        <translation>加入一項限制措施：政策槓桿</translation>
    </message>
    <message>
        <source>Add &amp;Factor</source>
        <translation>加入因素(&amp;F)</translation>
    </message>
    <message>
        <source>Add a factor: an outcome or an intermediate</source>
        <translation>加入一個因素：結果或中間因素</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Nodes</source>
        <translation>連接所選節點(&amp;O)</translation>
    </message>
    <message>
        <source>Draw edges between the selected nodes, in the order selected</source>
        <translation>按選取次序在所選節點之間繪製邊</translation>
    </message>
    <message>
        <source>Swap the direction of the selected edges</source>
        <translation>調換所選邊的方向</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>偏好設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>符合圖大小(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to show the whole map</source>
        <translation>縮放以顯示整幅圖</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Export Map as PN&amp;G…</source>
        <translation>將圖匯出為 PNG(&amp;G)…</translation>
    </message>
    <message>
        <source>Se&amp;lect All</source>
        <translation>全選(&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>尋找(&amp;I)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>尋找下一個(&amp;X)</translation>
    </message>
    <message>
        <source>Add Re&amp;striction (Lever)</source>
        <translation>加入限制措施（槓桿）(&amp;S)</translation>
    </message>
    <message>
        <source>Reverse Ed&amp;ge</source>
        <translation>反轉邊(&amp;G)</translation>
    </message>
    <message>
        <source>Show Le&amp;gend</source>
        <translation>顯示圖例(&amp;G)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>靠左對齊</translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation>水平置中對齊</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>靠右對齊</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>靠上對齊</translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation>垂直置中對齊</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>靠下對齊</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>水平分佈(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>垂直分佈(&amp;V)</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>自動版面配置(&amp;L)</translation>
    </message>
    <message>
        <source>Lay out the selected nodes (or all), keeping groups together</source>
        <translation>對所選節點（或全部節點）進行版面配置，同組節點保持在一起</translation>
    </message>
    <message>
        <source>La&amp;yered Layout (Levers to Outcomes)</source>
        <translation>分層版面配置（由槓桿到結果）(&amp;Y)</translation>
    </message>
    <message>
        <source>Columns from the levers on the left to the outcomes on the right, groups in bands</source>
        <translation>由左側的槓桿到右側的結果分欄排列，各組成帶狀</translation>
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
        <translation>向左大幅移動</translation>
    </message>
    <message>
        <source>Nudge Far Right</source>
        <translation>向右大幅移動</translation>
    </message>
    <message>
        <source>Nudge Far Up</source>
        <translation>向上大幅移動</translation>
    </message>
    <message>
        <source>Nudge Far Down</source>
        <translation>向下大幅移動</translation>
    </message>
    <message>
        <source>Windtunnel &amp;Help</source>
        <translation>Windtunnel 說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Windtunnel</source>
        <translation>關於 Windtunnel(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>從範本新增(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Nudge (arrow keys)</source>
        <translation>微移（方向鍵）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>視窗(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>清除選單</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>沒有最近的檔案</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>行為體</translation>
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
        <translation>連接</translation>
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
        <translation>加入情景「{name}」</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;{name}&quot;</source>
        <translation>複製情景「{name}」</translation>
    </message>
    <message>
        <source>Rename scenario &quot;{old}&quot; to &quot;{new}&quot;</source>
        <translation>將情景「{old}」重新命名為「{new}」</translation>
    </message>
    <message>
        <source>Mark the translated name of scenario &quot;{name}&quot; as reviewed</source>
        <translation>將情景「{name}」的譯名標為已覆核</translation>
    </message>
    <message>
        <source>Delete scenario &quot;{name}&quot;</source>
        <translation>刪除情景「{name}」</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node</source>
        <translation>{value} 在 {activation} 激活函數給節點的水平 {low} 到 {high} 之外</translation>
    </message>
    <message>
        <source>Set lever {lever} to {value} in {scenario}</source>
        <translation>在 {scenario} 中將槓桿 {lever} 設為 {value}</translation>
    </message>
    <message>
        <source>Release lever {lever} in {scenario}</source>
        <translation>在 {scenario} 中釋放槓桿 {lever}</translation>
    </message>
    <message>
        <source>Override {edge} ({weight}) in {scenario}</source>
        <translation>在 {scenario} 中覆寫{edge}（{weight}）</translation>
    </message>
    <message>
        <source>Remove override of {edge} in {scenario}</source>
        <translation>在 {scenario} 中移除{edge}的覆寫</translation>
    </message>
    <message>
        <source>Add objective &quot;{name}&quot;</source>
        <translation>加入目標「{name}」</translation>
    </message>
    <message>
        <source>Edit objective &quot;{name}&quot;</source>
        <translation>編輯目標「{name}」</translation>
    </message>
    <message>
        <source>Delete objective &quot;{name}&quot;</source>
        <translation>刪除目標「{name}」</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>貼上 %n 個節點</numerusform>
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
        <translation>邊 {source} → {target}</translation>
    </message>
    <message>
        <source>node &quot;{name}&quot;</source>
        <translation>節點「{name}」</translation>
    </message>
    <message>
        <source>scenario &quot;{name}&quot;</source>
        <translation>情景「{name}」</translation>
    </message>
    <message>
        <source>objective &quot;{name}&quot;</source>
        <translation>目標「{name}」</translation>
    </message>
    <message>
        <source>source &quot;{name}&quot;</source>
        <translation>來源「{name}」</translation>
    </message>
    <message>
        <source>participant &quot;{name}&quot;</source>
        <translation>參與者「{name}」</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>加入{what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>刪除{what}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>編輯{what}</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>移動 %n 個節點</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit model details</source>
        <translation>編輯模型詳情</translation>
    </message>
    <message>
        <source>Translate group names</source>
        <translation>翻譯組別名稱</translation>
    </message>
    <message>
        <source>{nodes} and {edges}</source>
        <translation>{nodes}和{edges}</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n 個目標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>settings in %n scenario(s)</source>
        <translation>
            <numerusform>%n 個情景中的設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant rating(s)</source>
        <translation>
            <numerusform>%n 條參與者評分</numerusform>
        </translation>
    </message>
    <message>
        <source>the convergence nodes, so convergence is judged on every node</source>
        <translation>收斂判定節點（此後按所有節點判定收斂）</translation>
    </message>
    <message numerus="yes">
        <source>%n of the convergence nodes</source>
        <translation>
            <numerusform>%n 個收斂判定節點</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {what} with {along}</source>
        <translation>刪除{what}及{along}</translation>
    </message>
    <message>
        <source>Edit engine settings</source>
        <translation>編輯引擎設定</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 個節點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 條邊</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>• {title}{where}, autosaved {when}</source>
        <translation>• {title}{where}，自動儲存於 {when}</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>還原未儲存的工作</translation>
    </message>
    <message>
        <source>Windtunnel did not close properly last time. Recover the unsaved work?</source>
        <translation>Windtunnel 上次未正常關閉。要還原未儲存的工作嗎？</translation>
    </message>
    <message>
        <source>Recovered documents open as new, unsaved documents; your files are not changed. Discard deletes the recovery files.</source>
        <translation>還原的文件會作為新的未儲存文件開啟；你的檔案不會被更改。「捨棄」會刪除還原檔案。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>A large analysis</source>
        <translation>大型分析</translation>
    </message>
    <message>
        <source>This analysis is larger than Windtunnel runs without asking.</source>
        <translation>此分析的規模超出了 Windtunnel 無需詢問即可執行的範圍。</translation>
    </message>
    <message>
        <source>Run it anyway? The window stays usable, and Cancel stops it; a computer with less free memory than that may slow down or stop the app.</source>
        <translation>仍要執行嗎？視窗仍可使用，「取消」可停止執行；若電腦的可用記憶體少於此數，可能會變慢或使程式停止。</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Align left</source>
        <translation>靠左對齊</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>水平置中對齊</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>靠右對齊</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>靠上對齊</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>垂直置中對齊</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>靠下對齊</translation>
    </message>
    <message>
        <source>Connect nodes</source>
        <translation>連接節點</translation>
    </message>
    <message numerus="yes">
        <source>Reverse %n edge(s)</source>
        <translation>
            <numerusform>反轉 %n 條邊</numerusform>
        </translation>
    </message>
    <message>
        <source>Nudge nodes</source>
        <translation>微移節點</translation>
    </message>
    <message>
        <source>Distribute nodes</source>
        <translation>分佈節點</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自動版面配置</translation>
    </message>
    <message>
        <source>Layered layout</source>
        <translation>分層版面配置</translation>
    </message>
    <message>
        <source>Cite source &quot;{name}&quot;</source>
        <translation>引用來源「{name}」</translation>
    </message>
    <message>
        <source>Uncite source &quot;{name}&quot;</source>
        <translation>取消引用來源「{name}」</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>not enough memory for this file</source>
        <translation>記憶體不足，無法處理此檔案</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>檔案巢狀層級過深</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（無訊息）</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {text}); nothing was changed. Start Windtunnel with {switch}=1 to see the details</source>
        <translation>意外錯誤（{kind}：{text}）；未作任何更改。請以 {switch}=1 啟動 Windtunnel 查看詳細資料</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>All supported files ({patterns})</source>
        <translation>所有支援的檔案 ({patterns})</translation>
    </message>
    <message>
        <source>Workbooks and tables ({patterns})</source>
        <translation>活頁簿和表格 ({patterns})</translation>
    </message>
    <message>
        <source>Mental Modeler, GraphML, GEXF, FCMpy ({patterns})</source>
        <translation>Mental Modeler、GraphML、GEXF、FCMpy ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Windtunnel models ({patterns})</source>
        <translation>Windtunnel 模型 ({patterns})</translation>
    </message>
    <message>
        <source>Imported from {name}</source>
        <translation>匯入自 {name}</translation>
    </message>
    <message>
        <source>{title} (a copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>Windtunnel cannot open {suffix} files (it opens {known})</source>
        <translation>Windtunnel 無法開啟 {suffix} 檔案（可開啟 {known}）</translation>
    </message>
    <message>
        <source>Windtunnel cannot open files without an extension (it opens {known})</source>
        <translation>Windtunnel 無法開啟沒有副檔名的檔案（可開啟 {known}）</translation>
    </message>
    <message>
        <source>cannot tell the format of a {suffix} file: Windtunnel opens .json and .xml files that are Mental Modeler, expert-ratings (FCMpy), GraphML, GEXF, Kumu (blueprint), FSDM, graphology or node-link (networkx, D3) files, telling them by how they start, and this one starts like none of them</source>
        <translation>無法判斷 {suffix} 檔案的格式：Windtunnel 開啟的 .json 和 .xml 檔案是 Mental Modeler、專家評分（FCMpy）、GraphML、GEXF、Kumu（blueprint）、FSDM、graphology 或節點-連結（networkx、D3）檔案，按檔案開頭識別，而此檔案的開頭與它們都不相符</translation>
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
        <translation>第 {step} {unit}：基線 {baseline} · 情景 {scenario} · &lt;b&gt;變化 {change}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{edge}, {unit} 0: nothing has been pushed yet</source>
        <translation>{edge}，第 0 {unit}：尚未有任何推動</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution {value} (pushes {target} {amount} further up than in the baseline)</source>
        <translation>{edge}，第 {step} {unit}：貢獻 {value}（比基線多把 {target} 向上推 {amount}）</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution {value} (pushes {target} {amount} further down than in the baseline)</source>
        <translation>{edge}，第 {step} {unit}：貢獻 {value}（比基線多把 {target} 向下推 {amount}）</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution 0 (the same push as in the baseline)</source>
        <translation>{edge}，第 {step} {unit}：貢獻 0（與基線中的推動相同）</translation>
    </message>
    <message>
        <source>= weight × rescaled level of {source} at {unit} {step}: {weight} × {level} here, {baseline_weight} × {baseline_level} in the baseline</source>
        <translation>= 權重 × {source} 在第 {step} {unit}的重標度水平：此處為 {weight} × {level}，基線中為 {baseline_weight} × {baseline_level}</translation>
    </message>
    <message>
        <source>= weight × level of {source} at {unit} {step}: {weight} × {level} here, {baseline_weight} × {baseline_level} in the baseline</source>
        <translation>= 權重 × {source} 在第 {step} {unit}的水平：此處為 {weight} × {level}，基線中為 {baseline_weight} × {baseline_level}</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The file could not be opened</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>A recovered document could not be read</source>
        <translation>無法讀取還原的文件</translation>
    </message>
    <message>
        <source>Recovered: {title}</source>
        <translation>已還原：{title}</translation>
    </message>
    <message>
        <source>No window could be opened.</source>
        <translation>無法開啟任何視窗。</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <source>{path} is, or links to, the Windtunnel model file {model}: an export is never written over a model, so nothing was written. Choose another name.</source>
        <translation>{path} 就是或指向 Windtunnel 模型檔案 {model}：匯出絕不會覆寫模型，因此未寫入任何內容。請另選一個名稱。</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Clear the rating of {edge} by &quot;{who}&quot;</source>
        <translation>清除「{who}」對{edge}的評分</translation>
    </message>
    <message>
        <source>Rate {edge} for &quot;{who}&quot;</source>
        <translation>以「{who}」的身份為{edge}評分</translation>
    </message>
    <message>
        <source>a participant is already called &quot;{label}&quot;; give this one another name</source>
        <translation>已有名為「{label}」的參與者；請為此參與者另取一個名字</translation>
    </message>
    <message>
        <source>Add participant &quot;{who}&quot;; absent ratings are left out</source>
        <translation>加入參與者「{who}」；缺失的評分不計入</translation>
    </message>
    <message>
        <source>Add participant &quot;{who}&quot;</source>
        <translation>加入參與者「{who}」</translation>
    </message>
    <message>
        <source>Rename participant &quot;{old}&quot; to &quot;{new}&quot;</source>
        <translation>將參與者「{old}」重新命名為「{new}」</translation>
    </message>
    <message>
        <source>Set the role of &quot;{who}&quot; to &quot;{value}&quot;</source>
        <translation>將「{who}」的角色設為「{value}」</translation>
    </message>
    <message>
        <source>Set the group of &quot;{who}&quot; to &quot;{value}&quot;</source>
        <translation>將「{who}」的組別設為「{value}」</translation>
    </message>
    <message>
        <source>Set the credibility of &quot;{who}&quot; to {value}</source>
        <translation>將「{who}」的可信度設為 {value}</translation>
    </message>
    <message>
        <source>Edit participant &quot;{who}&quot;</source>
        <translation>編輯參與者「{who}」</translation>
    </message>
    <message>
        <source>Remove participant &quot;{who}&quot;</source>
        <translation>移除參與者「{who}」</translation>
    </message>
    <message>
        <source>Aggregate the participants&apos; ratings by {method}; {zeros}</source>
        <translation>按{method}匯總參與者的評分；{zeros}</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>缺失的評分計為零</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>缺失的評分不計入</translation>
    </message>
</context>
<context>
    <name>rebuild</name>
    <message>
        <source>The task under way stopped when the language changed: start it again.</source>
        <translation>切換語言時，進行中的工作已停止：請重新開始。</translation>
    </message>
    <message>
        <source>Changing the language to {language}</source>
        <translation>正在切換語言為 {language}</translation>
    </message>
    <message>
        <source>The windows could not be built in the new language</source>
        <translation>無法以新語言建立視窗</translation>
    </message>
    <message>
        <source>Change of language cancelled: the windows stay in {language}</source>
        <translation>已取消切換語言：視窗仍使用 {language}</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Actor</source>
        <translation>行為體</translation>
    </message>
    <message>
        <source>Restriction (lever)</source>
        <translation>限制措施（槓桿）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>因素</translation>
    </message>
    <message>
        <source>very weak positive</source>
        <translation>極弱正向</translation>
    </message>
    <message>
        <source>very weak negative</source>
        <translation>極弱負向</translation>
    </message>
    <message>
        <source>weak positive</source>
        <translation>弱正向</translation>
    </message>
    <message>
        <source>weak negative</source>
        <translation>弱負向</translation>
    </message>
    <message>
        <source>moderate positive</source>
        <translation>中等正向</translation>
    </message>
    <message>
        <source>moderate negative</source>
        <translation>中等負向</translation>
    </message>
    <message>
        <source>strong positive</source>
        <translation>強正向</translation>
    </message>
    <message>
        <source>strong negative</source>
        <translation>強負向</translation>
    </message>
    <message>
        <source>very strong positive</source>
        <translation>極強正向</translation>
    </message>
    <message>
        <source>very strong negative</source>
        <translation>極強負向</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Drag the handle on a node&apos;s right side, or Shift+drag the node, onto another node to draw an influence</source>
        <translation>從節點右側的手柄拖曳，或按住 Shift 拖曳節點，到另一個節點上即可畫出影響</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正向</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>負向</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>有延遲</translation>
    </message>
</context>
<context>
    <name>window_list</name>
    <message>
        <source>Opened in a new window; “{name}” is still open in its own: the Window menu lists them</source>
        <translation>已在新視窗中開啟；「{name}」仍在它自己的視窗中開啟：「視窗」選單列出了所有視窗</translation>
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
        <translation>姓名和角色為{language}：輸入的內容是其{language}譯文，原文保持不變。</translation>
    </message>
</context>
</TS>
