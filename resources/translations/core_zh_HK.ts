<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>aggregate</name>
    <message>
        <source>combine participants&apos; maps into one model with participants</source>
        <translation>將參與者的圖合併為一個帶參與者的模型</translation>
    </message>
    <message>
        <source>Combine several maps (files, folders, or one file of several participants) into one model whose participants are their authors; the map&apos;s weights are their aggregate.</source>
        <translation>將多張圖（檔案、資料夾，或一個包含多位參與者的檔案）合併為一個模型，其參與者即各圖的作者；圖的權重為他們的彙總值。</translation>
    </message>
    <message>
        <source>maps (.wtm models, or any file import reads), folders of maps, or a file of several participants</source>
        <translation>圖（.wtm 模型，或 import 能讀取的任何檔案）、圖所在的資料夾，或一個包含多位參與者的檔案</translation>
    </message>
    <message>
        <source>how ratings become one weight (default: the first map&apos;s recorded method, mean for maps that record none)</source>
        <translation>評分如何合成為一個權重（預設：第一張圖記錄的方法；未記錄方法的圖用均值）</translation>
    </message>
    <message>
        <source>a rating a participant did not give counts as 0 (include) or is left out of its edge&apos;s aggregate (ignore); an explicit 0 or NA counts as 0 either way; default: the first map&apos;s recorded choice, include for maps that record none</source>
        <translation>參與者沒有給出的評分計為 0（include），或不計入該邊的彙總（ignore）；明確的 0 或 NA 兩種方式下都計為 0；預設：第一張圖記錄的選擇，未記錄的圖為 include</translation>
    </message>
    <message>
        <source>merge near matches of concepts listed: alone, every one; else those named by their numbers (1,3) or as the list writes them (&quot;bob: Export control&quot;); repeatable (default: keep them apart)</source>
        <translation>合併列出的相近概念：不帶值時合併全部；否則合併按編號（1,3）或按列表寫法（&quot;bob: Export control&quot;）指定的；可重複（預設：保持分開）</translation>
    </message>
    <message>
        <source>the model&apos;s title (default: the maps&apos; title when they all share it, else one naming them: &quot;Aggregate of 2 maps: alice, bob&quot;)</source>
        <translation>模型的標題（預設：各圖標題相同時用該標題，否則列出各圖的名稱：「2 張圖的彙總：alice、bob」）</translation>
    </message>
    <message>
        <source>edges listed by disagreement (default 10)</source>
        <translation>按分歧列出的邊數（預設 10）</translation>
    </message>
    <message>
        <source>near match {number}: {match}</source>
        <translation>近似配對 {number}：{match}</translation>
    </message>
    <message>
        <source>near match {number} (new: it appears once those accepted are merged): {match}</source>
        <translation>近似配對 {number}（新：合併所接受的之後出現）：{match}</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合併</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>wrote {output}</source>
        <translation>已寫入 {output}</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} is a map, not a near match: give the maps before --accept-matches, or write --accept-matches=WHICH</source>
        <translation>--accept-matches：{value!r} 是一張圖，不是近似配對：請把圖寫在 --accept-matches 之前，或寫作 --accept-matches=WHICH</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} names no near match: none was found</source>
        <translation>--accept-matches：{value!r} 沒有對應的近似配對：未找到任何近似配對</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} names no near match listed (numbers 1-{count}, or PARTICIPANT: LABEL as listed)</source>
        <translation>--accept-matches：{value!r} 不對應列出的任何近似配對（編號 1-{count}，或按列表所寫的 參與者：標籤）</translation>
    </message>
    <message>
        <source>{count} participants; {conflicts} of {edges} rated edges have a sign conflict</source>
        <translation>{count} 名參與者；{edges} 條已評分的邊中有 {conflicts} 條符號衝突</translation>
    </message>
    <message>
        <source>most disagreed edges:</source>
        <translation>分歧最大的邊：</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>邊</translation>
    </message>
    <message>
        <source>raters</source>
        <translation>評分人數</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>離散度</translation>
    </message>
    <message>
        <source>range</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>符號</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>衝突</translation>
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
        <translation>沒有情景 {scenario_id!r}</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>the archive has {count:,} parts; a workbook has at most {parts:,}</source>
        <translation>壓縮檔有 {count:,} 個部件；活頁簿最多 {parts:,} 個</translation>
    </message>
    <message>
        <source>unpacks to {file_size:,.0f} MB; the limit is {part_bytes} MB</source>
        <translation>解壓後為 {file_size:,.0f} MB；上限為 {part_bytes} MB</translation>
    </message>
    <message>
        <source>is compressed {ratio:,.0f} to 1, more than any real spreadsheet ({ratio2:.0f} to 1): refused as a possible zip bomb</source>
        <translation>壓縮比為 {ratio:,.0f} 比 1，超過任何真實電子表格（{ratio2:.0f} 比 1）：疑似壓縮炸彈，已拒絕</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {total_bytes} MB; refused</source>
        <translation>壓縮檔解壓後超過 {total_bytes} MB；已拒絕</translation>
    </message>
    <message>
        <source>declares a DTD or entities, which spreadsheets never do: refused (possible entity-expansion attack)</source>
        <translation>聲明瞭 DTD 或實體，電子表格從不這樣做：已拒絕（可能是實體擴展攻擊）</translation>
    </message>
    <message>
        <source>is damaged ({exc})</source>
        <translation>已損壞（{exc}）</translation>
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
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此幫助資訊並退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>顯示程式版本號並退出</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需參數：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>無法識別的參數：%s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：錯誤：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>參數 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無效的選擇：%(value)r（可選：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一個參數</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能與參數 %s 同時使用</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>必須提供參數 %s 之一</translation>
    </message>
</context>
<context>
    <name>arguments</name>
    <message>
        <source>random seed (default: the model&apos;s)</source>
        <translation>隨機種子（預設：模型的種子）</translation>
    </message>
    <message>
        <source>the model file to write (.wtm)</source>
        <translation>要寫入的模型檔案（.wtm）</translation>
    </message>
    <message>
        <source>the output name is empty</source>
        <translation>輸出名稱為空</translation>
    </message>
    <message>
        <source>replace the output file if it exists (keeping a .bak)</source>
        <translation>若輸出檔案已存在則替換（保留 .bak 備份）</translation>
    </message>
    <message>
        <source>{text} is not a whole number from {minimum:,} to {maximum:,}</source>
        <translation>{text} 不是 {minimum:,} 到 {maximum:,} 之間的整數</translation>
    </message>
    <message>
        <source>{value:,} is outside {minimum:,} to {maximum:,}</source>
        <translation>{value:,} 超出 {minimum:,} 到 {maximum:,} 的範圍</translation>
    </message>
    <message>
        <source>a title cannot be blank</source>
        <translation>標題不能為空</translation>
    </message>
    <message>
        <source>a title has at most {max_label} characters, not {count:,}</source>
        <translation>標題最多 {max_label} 個字元，而不是 {count:,} 個</translation>
    </message>
    <message>
        <source>{text} is not ID=LOW:HIGH or ID=LOW:HIGH:LEVELS</source>
        <translation>{text} 不是 ID=LOW:HIGH 或 ID=LOW:HIGH:LEVELS 的形式</translation>
    </message>
    <message>
        <source>{text}: LOW and HIGH are numbers from -1 to 1</source>
        <translation>{text}：LOW 和 HIGH 是 -1 到 1 之間的數</translation>
    </message>
    <message>
        <source>{output}: the output must be a Windtunnel model file (.wtm)</source>
        <translation>{output}：輸出必須是 Windtunnel 模型檔案（.wtm）</translation>
    </message>
    <message>
        <source>{output} exists; use --force to replace it</source>
        <translation>{output} 已存在；使用 --force 替換它</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>{path}: could not replace the file ({strerror}); every file of the set is as it was</source>
        <translation>{path}：無法替換該檔案（{strerror}）；這一組檔案全部保持原樣</translation>
    </message>
    <message>
        <source>{path}: could not replace the file ({strerror}); these files of the set were written already and could not be put back: {files}</source>
        <translation>{path}：無法替換該檔案（{strerror}）；這一組中以下檔案已經寫入，且無法恢復原樣：{files}</translation>
    </message>
    <message>
        <source>{path}: could not write ({strerror})</source>
        <translation>{path}：無法寫入（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: could not replace the file ({strerror}); the previous version is intact</source>
        <translation>{path}：無法替換該檔案（{strerror}）；之前的版本完好無損</translation>
    </message>
</context>
<context>
    <name>attribution</name>
    <message>
        <source>exact Shapley values ({count} coalitions)</source>
        <translation>精確沙普利值（{count} 個聯盟）</translation>
    </message>
    <message>
        <source>Shapley values estimated from {count} random join orders</source>
        <translation>由 {count} 個隨機加入次序估計的沙普利值</translation>
    </message>
</context>
<context>
    <name>bound_files</name>
    <message>
        <source>not paired with {file}: {problem}</source>
        <translation>未與 {file} 配對：{problem}</translation>
    </message>
    <message>
        <source>not paired with {file}: it holds no matrix of the same nodes in the same order, as the bounds of one map&apos;s weights do</source>
        <translation>未與 {file} 配對：同一張圖的權重上下限應是同樣節點、同樣次序的矩陣，而此檔案中沒有這樣的矩陣</translation>
    </message>
    <message>
        <source>read the files {files} (found beside one another, as fcmconfr writes a map&apos;s bounds) as the sheets {sheets} of one workbook</source>
        <translation>把檔案 {files}（按 fcmconfr 寫出圖的上下限的方式，放在同一處）當作一個活頁簿的工作表 {sheets} 讀取</translation>
    </message>
    <message>
        <source>{file} holds the {bound} of a map&apos;s weights, and {missing} is not beside it: imported {file} alone, its values as the weights, with no range</source>
        <translation>{file} 存放圖的權重的{bound}，但 {missing} 不在同一處：只匯入了 {file}，以其中的值為權重，沒有範圍</translation>
    </message>
    <message>
        <source>imported {file} alone, its values as the weights, with no range</source>
        <translation>只匯入了 {file}，以其中的值為權重，沒有範圍</translation>
    </message>
    <message>
        <source>lower bounds</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>modes</source>
        <translation>眾數</translation>
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
        <translation>未知檢視 {view!r}；請使用 reasons、levers、inputs 或 routes</translation>
    </message>
    <message>
        <source>{step} is outside 0..{steps}</source>
        <translation>{step} 超出 0..{steps}</translation>
    </message>
    <message>
        <source>the changed weight of {source} → {target}</source>
        <translation>{source} → {target} 的已更改權重</translation>
    </message>
    <message>
        <source>the largest routes were followed one by one, {count} search steps in all; the smaller ones are grouped by the node they last pass through</source>
        <translation>從最大的路徑開始逐條追溯，共搜索 {count} 步；較小的路徑按其最後經過的節點歸組</translation>
    </message>
    <message>
        <source>routes that go around feedback loops many times are grouped by the node they last pass through</source>
        <translation>多次繞行反饋迴路的路徑按其最後經過的節點歸組</translation>
    </message>
    <message>
        <source>every route was followed to a lever or override</source>
        <translation>每條路徑都追溯到了槓桿或覆蓋值</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>the {what} needs about {bytes} of memory, more than the limit of {bytes2} ({sizes})</source>
        <translation>{what}約需 {bytes} 記憶體，超過上限 {bytes2}（{sizes}）</translation>
    </message>
    <message>
        <source>the {what} would take about {duration} ({updates:.2g} updates), more than the limit of {duration2} ({sizes})</source>
        <translation>{what}約需 {duration}（{updates:.2g} 次更新），超過上限 {duration2}（{sizes}）</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>validate a model file and summarise it</source>
        <translation>校驗模型檔案並給出摘要</translation>
    </message>
    <message>
        <source>Validate a model file, print a summary and warnings. Exit 1 when it is invalid.</source>
        <translation>校驗模型檔案，輸出摘要和警告。檔案無效時退出碼為 1。</translation>
    </message>
    <message>
        <source>also suggest a steepness (lambda) with a unique stable fixed point</source>
        <translation>同時建議一個具有唯一穩定不動點的陡度（lambda）</translation>
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
        <translation>{count} 條警告</translation>
    </message>
    <message>
        <source>steepness (lambda):</source>
        <translation>陡度（lambda）：</translation>
    </message>
    <message>
        <source>  now:       {steepness} with {activation}, rule {rule}: {bound}</source>
        <translation>  目前：      {steepness}，激活函數 {activation}，規則 {rule}：{bound}</translation>
    </message>
    <message>
        <source>  no bound for a step activation; use sigmoid, tanh or clip for one</source>
        <translation>  階躍激活函數沒有界限；如需界限，請使用 sigmoid、tanh 或截斷函數</translation>
    </message>
    <message>
        <source>  bound:     a unique stable fixed point is guaranteed for lambda &lt; {steepness} ({norm}-norm of the weights)</source>
        <translation>  界限：      lambda &lt; {steepness} 時保證存在唯一穩定不動點（權重的 {norm}範數）</translation>
    </message>
    <message>
        <source>  fcmconfr:  {steepness} (its estimate, keeping inputs in the near-linear part of the curve)</source>
        <translation>  fcmconfr： {steepness}（其估計值，使輸入保持在曲線的近線性部分）</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（無分組）</translation>
    </message>
    <message>
        <source>{count} actor{s}</source>
        <translation>{count} 個行為體</translation>
    </message>
    <message>
        <source>{count} restriction{s}</source>
        <translation>{count} 項限制措施</translation>
    </message>
    <message>
        <source>{count} factor{s}</source>
        <translation>{count} 個因素</translation>
    </message>
    <message>
        <source>  title:      {title}</source>
        <translation>  標題：      {title}</translation>
    </message>
    <message>
        <source>  nodes:      {count} ({kinds})</source>
        <translation>  節點：      {count}（{kinds}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>  groups:     {groups}</source>
        <translation>  分組：      {groups}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>  edges:      {count} ({positive} positive, {negative} negative, {delayed} delayed)</source>
        <translation>  邊：        {count}（{positive} 條正向，{negative} 條負向，{delayed} 條有延遲）</translation>
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
        <translation>  目標：      {count}</translation>
    </message>
    <message>
        <source>  sources:    {count}</source>
        <translation>  來源：      {count}</translation>
    </message>
    <message>
        <source>  participants: {count} ({ratings} ratings; weights are the {aggregation}, zeros {zeros}d)</source>
        <translation>  參與者：    {count}（{ratings} 條評分；權重為 {aggregation}，零值 {zeros}）</translation>
    </message>
    <message>
        <source>node {node} has no edges</source>
        <translation>節點 {node} 沒有邊</translation>
    </message>
    <message>
        <source>objective {objective}: no lever can reach node {node}</source>
        <translation>目標 {objective}：沒有槓桿能影響到節點 {node}</translation>
    </message>
    <message>
        <source>{count} rating(s) of edges between shared nodes that the map does not have (first: participant {participant} rates {source} → {target}); runs leave them out: add the edge to the map to count it</source>
        <translation>有 {count} 個評分針對圖中沒有的邊（共享節點之間）（第一個：參與者 {participant} 對 {source} → {target} 的評分）；執行時不計入它們：要計入，請把該邊加入圖</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 等另外 {count} 條</translation>
    </message>
    <message>
        <source>{count} edge{s} without a source: {shown}{more}</source>
        <translation>{count} 條邊未引用來源：{shown}{more}</translation>
    </message>
    <message>
        <source>{count} edges do not weigh what the participants&apos; aggregate says (first: {source} → {target} weighs {weight:+.3f}, the aggregate is {aggregate:+.3f}); run windtunnel aggregate on the model to recompute</source>
        <translation>{count} 條邊的權重與參與者的彙總不一致（第一條：{source} → {target} 的權重為 {weight:+.3f}，彙總為 {aggregate:+.3f}）；對該模型執行 windtunnel aggregate 以重新計算</translation>
    </message>
    <message>
        <source>{count} edge does not weigh what the participants&apos; aggregate says (first: {source} → {target} weighs {weight:+.3f}, the aggregate is {aggregate:+.3f}); run windtunnel aggregate on the model to recompute</source>
        <translation>{count} 條邊的權重與參與者的彙總不一致（第一條：{source} → {target} 的權重為 {weight:+.3f}，彙總為 {aggregate:+.3f}）；對該模型執行 windtunnel aggregate 以重新計算</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>actor</source>
        <translation>行為體</translation>
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
        <translation>脈衝</translation>
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
        <translation>改良 Kosko</translation>
    </message>
    <message>
        <source>Rescaled</source>
        <translation>重標度</translation>
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
        <translation>截斷</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>初始水平</translation>
    </message>
    <message>
        <source>ones</source>
        <translation>全部為 1</translation>
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
        <translation>中位數</translation>
    </message>
    <message>
        <source>linguistic</source>
        <translation>語言式</translation>
    </message>
    <message>
        <source>include</source>
        <translation>計入</translation>
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
        <translation>代數和</translation>
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
        <translation>面積平分法</translation>
    </message>
    <message>
        <source>mean of maxima</source>
        <translation>最大值平均法</translation>
    </message>
    <message>
        <source>reinforcing</source>
        <translation>增強</translation>
    </message>
    <message>
        <source>balancing</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>驅動</translation>
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
        <translation>在帶符號的影響圖上對政策方案做「風洞」試驗。不帶命令時開啟桌面應用（如給出 FILE 則開啟該檔案）。</translation>
    </message>
    <message>
        <source>print the traceback of an unexpected error (or set {variable}=1)</source>
        <translation>輸出意外錯誤的回溯資訊（或設定 {variable}=1）</translation>
    </message>
    <message>
        <source>the language of messages and help: {choices} (default: the environment&apos;s LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>消息和幫助的語言：{choices}（預設：環境變量 LC_ALL、LC_MESSAGES 或 LANG）</translation>
    </message>
    <message>
        <source>unknown command {word}; did you mean {command}?</source>
        <translation>未知命令 {word}；你是指 {command} 嗎？</translation>
    </message>
    <message>
        <source>unknown command {word}; the commands are {commands}</source>
        <translation>未知命令 {word}；可用的命令有 {commands}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中斷</translation>
    </message>
    <message>
        <source>{head}: not enough memory for this input</source>
        <translation>{head}：記憶體不足，無法處理此輸入</translation>
    </message>
    <message>
        <source>{head}: the input is nested too deeply</source>
        <translation>{head}：輸入嵌套過深</translation>
    </message>
    <message>
        <source>the traceback follows</source>
        <translation>回溯資訊如下</translation>
    </message>
    <message>
        <source>run again with --debug (or {variable}=1) to see the traceback</source>
        <translation>使用 --debug（或 {variable}=1）再次執行以查看回溯資訊</translation>
    </message>
    <message>
        <source>{head}: unexpected error ({kind}: {text}); {follows}</source>
        <translation>{head}：意外錯誤（{kind}：{text}）；{follows}</translation>
    </message>
    <message>
        <source>--language needs a language tag</source>
        <translation>--language 需要一個語言標記</translation>
    </message>
    <message>
        <source>unknown language {tag}: choose from {choices}</source>
        <translation>未知語言 {tag}：請從 {choices} 中選擇</translation>
    </message>
    <message>
        <source>a model file (.wtm)</source>
        <translation>模型檔案（.wtm）</translation>
    </message>
    <message>
        <source>the language of the model&apos;s text in what is printed and written: {choices} (default: the original)</source>
        <translation>打印和寫出的模型文字所用的語言：{choices}（預設：原文）</translation>
    </message>
</context>
<context>
    <name>cognitivemapr</name>
    <message>
        <source>holds cognitivemapr&apos;s normative value of each concept (1 positive or neutral, -1 negative: whether the speaker deems it good or bad), not its starting level: kept as the tags {good!r} and {bad!r} ({count} valued -1), and every node starts at its default level</source>
        <translation>存放 cognitivemapr 中每個概念的規範價值（1 為正面或中性，-1 為負面：説話者認為該概念是好是壞），而非其初始水平：保留為標籤 {good!r} 和 {bad!r}（{count} 個為 -1），每個節點都從預設水平開始</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>has no {headers} column</source>
        <translation>沒有 {headers} 欄</translation>
    </message>
    <message>
        <source>has no {headers} columns</source>
        <translation>沒有 {headers} 欄</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>compare two maps (similarity, Mental Modeler&apos;s score) or a model&apos;s participants</source>
        <translation>比較兩張圖（相似度、Mental Modeler 的評分）或一個模型的參與者</translation>
    </message>
    <message>
        <source>Compare map B with map A (the reference): similarity and the edges that differ. With one model of participants, compare the participants.</source>
        <translation>將圖 B 與圖 A（參照圖）比較：相似度以及不同的邊。給出一個帶參與者的模型時，比較其參與者。</translation>
    </message>
    <message>
        <source>the reference map A and the map B (any format Windtunnel reads), or one model with participants</source>
        <translation>參照圖 A 和圖 B（Windtunnel 可讀的任何格式），或一個帶參與者的模型</translation>
    </message>
    <message>
        <source>edges listed per kind of difference (default 20)</source>
        <translation>每類差異列出的邊數（預設 20）</translation>
    </message>
    <message>
        <source>{count} files given; compare takes two maps or one model with participants</source>
        <translation>給出了 {count} 個檔案；compare 需要兩張圖或一個帶參與者的模型</translation>
    </message>
    <message>
        <source>{b} against {a} (the reference):</source>
        <translation>{b} 與 {a}（參照）比較：</translation>
    </message>
    <message>
        <source>  edge-set Jaccard     {value}</source>
        <translation>  邊集合 Jaccard 系數  {value}</translation>
    </message>
    <message>
        <source>  weighted similarity  {value}</source>
        <translation>  加權相似度          {value}</translation>
    </message>
    <message>
        <source>  Mental Modeler score {score} (correctly signed {correct} - extra {extra} - missing {missing})</source>
        <translation>  Mental Modeler 得分  {score}（符號正確 {correct} - 多出 {extra} - 缺少 {missing}）</translation>
    </message>
    <message>
        <source>extra edges (in B only)</source>
        <translation>多出的邊（僅在 B 中）</translation>
    </message>
    <message>
        <source>missing edges (in A only)</source>
        <translation>缺少的邊（僅在 A 中）</translation>
    </message>
    <message>
        <source>wrongly signed edges</source>
        <translation>符號錯誤的邊</translation>
    </message>
    <message>
        <source>reversed edges (B has A&apos;s edge the other way)</source>
        <translation>方向相反的邊（B 中 A 的邊方向相反）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>target</source>
        <translation>終點</translation>
    </message>
    <message>
        <source>concepts in B only</source>
        <translation>僅在 B 中的概念</translation>
    </message>
    <message>
        <source>concepts in A only</source>
        <translation>僅在 A 中的概念</translation>
    </message>
    <message>
        <source>one model compares its participants only when it has two or more; give two maps to compare them</source>
        <translation>一個模型只有在有兩位或更多參與者時才比較其參與者；要比較兩張圖，請給出兩張圖</translation>
    </message>
    <message>
        <source>{count} participants, over the edges each rated (an edge a participant did not rate never counts as agreeing):</source>
        <translation>{count} 位參與者，只比較各自評分過的邊（參與者未評分的邊從不算作一致）：</translation>
    </message>
    <message>
        <source>  rated     the shared map&apos;s edges they rated</source>
        <translation>  已評分    共享的圖中其評分過的邊</translation>
    </message>
    <message>
        <source>  Jaccard   their edges against the shared map&apos;s (1 = they rated every edge and no other)</source>
        <translation>  Jaccard   其邊與共享的圖的邊相比（1 = 評分了每條邊且沒有其他邊）</translation>
    </message>
    <message>
        <source>  others    their weights against the others&apos; aggregate on the edges another rated too (1 = the same weights; - : none)</source>
        <translation>  他人      在他人也評分過的邊上，其權重與其他人彙總的比較（1 = 權重相同；- ：沒有）</translation>
    </message>
    <message>
        <source>  1, 2, ... the weighted similarity of each pair on the edges both rated (- : none in common)</source>
        <translation>  1, 2, ... 每對參與者在兩人都評分過的邊上的加權相似度（- ：沒有共同的邊）</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>已評分</translation>
    </message>
    <message>
        <source>others</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>參與者</translation>
    </message>
</context>
<context>
    <name>compile</name>
    <message>
        <source>there is no node {node_id!r}; valid nodes: {node_ids}</source>
        <translation>沒有節點 {node_id!r}；有效節點：{node_ids}</translation>
    </message>
    <message>
        <source>there is no edge from {source!r} to {target!r}</source>
        <translation>沒有從 {source!r} 到 {target!r} 的邊</translation>
    </message>
    <message>
        <source>shape {shape} is not square</source>
        <translation>形狀 {shape} 不是方陣</translation>
    </message>
    <message>
        <source>has shape {shape}, not ({n},)</source>
        <translation>形狀為 {shape}，而不是 ({n},)</translation>
    </message>
</context>
<context>
    <name>control_text</name>
    <message>
        <source>holds only control characters ({message})</source>
        <translation>只含控制字元（{message}）</translation>
    </message>
    <message>
        <source>the model&apos;s description</source>
        <translation>模型的說明</translation>
    </message>
    <message>
        <source>removed control characters (such as a terminal colour code) from {count:,} text(s), which no export can carry</source>
        <translation>已從 {count:,} 處文字中刪除控制字元（如終端機顏色代碼），因為任何匯出格式都無法保存它們</translation>
    </message>
    <message>
        <source>holds the control character {code} at character {position} (of {count:,} text(s) holding one), which a model file does not keep: remove it and save again</source>
        <translation>第 {position} 個字元是控制字元 {code}（共有 {count:,} 處文字含有控制字元），模型檔案不保存控制字元：請刪除後再儲存</translation>
    </message>
    <message>
        <source>the model&apos;s title</source>
        <translation>模型的標題</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>the file holds NUL bytes: it is not a text (CSV) file</source>
        <translation>檔案含有 NUL 位元組：它不是文字（CSV）檔案</translation>
    </message>
    <message>
        <source>a cell holds more than {limit:,} characters, the most a cell may hold</source>
        <translation>儲存格超過 {limit:,} 個字元，即儲存格所能容納的上限</translation>
    </message>
    <message>
        <source>not valid CSV ({exc})</source>
        <translation>不是有效的 CSV（{exc}）</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a cell here and is never closed, so the rest of the file reads as that one cell; close the quote or remove it</source>
        <translation>此處的引號（&quot;）開始了一個儲存格但從未閉合，因此檔案其餘部分都被讀作這一個儲存格；請閉合或刪除該引號</translation>
    </message>
    <message>
        <source>the file starts as UTF-32 text but is not valid UTF-32</source>
        <translation>檔案以 UTF-32 文字開頭，但不是有效的 UTF-32</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 text but is not valid UTF-16</source>
        <translation>檔案以 UTF-16 文字開頭，但不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>{character}, the first character outside ASCII: </source>
        <translation>{character}，第一個非 ASCII 字元：</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text, and whether it is {code_pages} cannot be told for sure (a wrong guess would garble every label): in Excel, save it with File &gt; Save As, as &quot;CSV UTF-8 (Comma delimited)&quot;, and import it again</source>
        <translation>該檔案不是 UTF-8 文字，可能是 {code_pages}，但無法確定（猜錯會令每個標籤都變成亂碼）：請在 Excel 選擇「檔案 &gt; 另存新檔」，存檔類型選「CSV UTF-8 (逗號分隔)」，然後重新匯入</translation>
    </message>
    <message>
        <source>the file reads as UTF-8 text and as {code_pages} alike, and which it is cannot be told for sure (a wrong guess would garble every label): in Excel, save it with File &gt; Save As, as &quot;CSV UTF-8 (Comma delimited)&quot;, and import it again</source>
        <translation>該檔案既能按 UTF-8 文字讀取，也能按 {code_pages}讀取，無法確定是哪一種（猜錯會令每個標籤都變成亂碼）：請在 Excel 選擇「檔案 &gt; 另存新檔」，存檔類型選「CSV UTF-8 (逗號分隔)」，然後重新匯入</translation>
    </message>
    <message>
        <source>a byte-order mark (U+FEFF, an invisible character that starts a text file) in the middle of the file, as joining two files leaves, was taken out of line {lines}</source>
        <translation>檔案中間有一個位元組順序標記（U+FEFF，文字檔開頭的不可見字元，把兩個檔案拼接起來時會留在中間），已從第 {lines} 行去掉</translation>
    </message>
    <message>
        <source>byte-order marks (U+FEFF, an invisible character that starts a text file) in the middle of the file, as joining files leaves, were taken out of lines {lines}</source>
        <translation>檔案中間有位元組順序標記（U+FEFF，文字檔開頭的不可見字元，把檔案拼接起來時會留在中間），已從以下各行去掉：{lines}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>GBK (Simplified Chinese Windows)</source>
        <translation>GBK（簡體中文 Windows）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese Windows)</source>
        <translation>Big5（繁體中文 Windows）</translation>
    </message>
    <message>
        <source>Big5-HKSCS (Traditional Chinese Windows with Hong Kong&apos;s supplementary characters)</source>
        <translation>Big5-HKSCS（含香港增補字符集的繁體中文 Windows）</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Windows)</source>
        <translation>Shift_JIS（日文 Windows）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European Windows)</source>
        <translation>Windows-1252（西歐語言 Windows）</translation>
    </message>
    <message>
        <source>not UTF-8: read as {code_page}, the one code page its text reads plausibly in</source>
        <translation>不是 UTF-8：已按 {code_page}讀取（唯一能把其文字讀通的代碼頁）</translation>
    </message>
    <message>
        <source>byte 0x{data:02X} is not UTF-8, though the rest of the file is UTF-8 (a character in another encoding, such as Windows-1252, was pasted in?); save the file as UTF-8 and import it again</source>
        <translation>位元組 0x{data:02X} 不是 UTF-8，而檔案其餘部分都是 UTF-8（是否貼上了其他編碼的字元，例如 Windows-1252？）；請將檔案另存為 UTF-8 後重新匯入</translation>
    </message>
    <message>
        <source>the file is neither UTF-8, UTF-16 nor Windows-1252 text</source>
        <translation>檔案既不是 UTF-8、UTF-16，也不是 Windows-1252 文字</translation>
    </message>
</context>
<context>
    <name>date_names</name>
    <message>
        <source>holds the date {date} where a name is expected: read as the text {text!r}; a spreadsheet turns a name typed as 3-5 or Jan 2 into a date, so if it held another name, write that name again as text (with an apostrophe before it)</source>
        <translation>應填名稱的儲存格中存放的是日期 {date}：已讀作文字 {text!r}；試算表會把輸入的 3-5 或 Jan 2 這類名稱變成日期，如果這裏原本是別的名稱，請以文字形式重新輸入（在前面加一個撇號）</translation>
    </message>
    <message>
        <source>{date} on row {row}</source>
        <translation>第 {row} 行的 {date}</translation>
    </message>
    <message>
        <source>{date} in column {column}</source>
        <translation>欄 {column} 的 {date}</translation>
    </message>
    <message>
        <source>{count} cells hold dates where names are expected ({cells}): read as the dates&apos; text; a spreadsheet turns a name typed as 3-5 or Jan 2 into a date, so if one held another name, write that name again as text (with an apostrophe before it)</source>
        <translation>{count} 個應填名稱的儲存格中存放的是日期（{cells}）：已讀作日期的文字；試算表會把輸入的 3-5 或 Jan 2 這類名稱變成日期，如果其中有原本是別的名稱的，請以文字形式重新輸入（在前面加一個撇號）</translation>
    </message>
    <message>
        <source>holds the date {date} where a label is expected: read as {text!r}, the same node&apos;s label as the other side of the matrix holds it (a spreadsheet turns a label typed as {text!r} into a date)</source>
        <translation>應填標籤的儲存格中存放的是日期 {date}：已按矩陣另一側同一節點的標籤讀作 {text!r}（試算表會把輸入的 {text!r} 這類標籤變成日期）</translation>
    </message>
    <message>
        <source>holds the date {date} where a node&apos;s name is expected: read as the node {node}, whose name on the Nodes sheet a spreadsheet turns into that date as it is typed (and so wherever the edges hold this date)</source>
        <translation>在應為節點名稱處存放日期 {date}：讀作節點 {node}，它在 Nodes 工作表中的名稱在輸入時會被試算表變成這一日期（邊中其他位置的這一日期也同樣讀取）</translation>
    </message>
</context>
<context>
    <name>designs</name>
    <message>
        <source>participant</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>delay of {source} → {target}</source>
        <translation>{source} → {target} 的延遲</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>a Sobol&apos; sequence covers at most {sobol_dimensions:,} uncertainties, not {dimensions:,}; use the Latin hypercube (lhs)</source>
        <translation>Sobol&apos; 序列最多覆蓋 {sobol_dimensions:,} 個不確定量，而不是 {dimensions:,} 個；請使用拉丁超立方（lhs）</translation>
    </message>
    <message>
        <source>this build of Windtunnel has no Sobol&apos; sequences (scipy.stats is left out of the desktop app); use the Latin hypercube (lhs), or the command line of a Python installation</source>
        <translation>此版本的 Windtunnel 沒有 Sobol&apos; 序列（桌面應用未包含 scipy.stats）；請使用拉丁超立方（lhs），或使用 Python 安裝的命令列</translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{option} meets {objective} in every future</source>
        <translation>{option} 在每種未來中都達到 {objective}</translation>
    </message>
    <message>
        <source>{option} meets every objective in every future</source>
        <translation>{option} 在每種未來中都達到所有目標</translation>
    </message>
    <message>
        <source>{option} misses {objective} in every future</source>
        <translation>{option} 在每種未來中都未達到 {objective}</translation>
    </message>
    <message>
        <source>{option} fails in every future</source>
        <translation>{option} 在每種未來中都失效</translation>
    </message>
    <message>
        <source>{option} misses {objective} in {share} of futures, in no box of conditions with 80% failures</source>
        <translation>{option} 在 {share} 的未來中未達到 {objective}，但沒有失效率達 80% 的條件框</translation>
    </message>
    <message>
        <source>{option} fails in {share} of futures, in no box of conditions with 80% failures</source>
        <translation>{option} 在 {share} 的未來中失效，但沒有失效率達 80% 的條件框</translation>
    </message>
    <message>
        <source>there is no option {option!r}; options: {ids}</source>
        <translation>沒有方案 {option!r}；方案：{ids}</translation>
    </message>
    <message>
        <source>there is no objective {objective!r}; objectives: {goals}</source>
        <translation>沒有目標 {objective!r}；目標：{goals}</translation>
    </message>
    <message>
        <source>{option} misses {objective} in {density:.0%} of futures where {conditions} ({mass:.0%} of all futures, {coverage:.0%} of its misses)</source>
        <translation>在 {conditions} 的未來中，{option} 有 {density:.0%} 未達到 {objective}（佔全部未來的 {mass:.0%}，佔其未達情形的 {coverage:.0%}）</translation>
    </message>
    <message>
        <source>{option} misses an objective in {density:.0%} of futures where {conditions} ({mass:.0%} of all futures, {coverage:.0%} of its misses)</source>
        <translation>在 {conditions} 的未來中，{option} 有 {density:.0%} 未達到某個目標（佔全部未來的 {mass:.0%}，佔其未達情形的 {coverage:.0%}）</translation>
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
        <translation>id 是穩定的，不能更改</translation>
    </message>
    <message>
        <source>must be text of 1-{max_label} characters</source>
        <translation>必須是 1-{max_label} 個字元的文字</translation>
    </message>
    <message>
        <source>must be text of at most {max_text:,} characters</source>
        <translation>必須是最多 {max_text:,} 個字元的文字</translation>
    </message>
    <message>
        <source>there is no {kind} {key!r}</source>
        <translation>沒有{kind} {key!r}</translation>
    </message>
</context>
<context>
    <name>dynamic_values</name>
    <message>
        <source>{value!r} reads as Gephi&apos;s dynamic weight but not as intervals [start, end, weight] or timestamps [time, weight]</source>
        <translation>{value!r} 看似 Gephi 的動態權重，但既不能讀作區間 [開始, 結束, 權重]，也不能讀作時間戳 [時間, 權重]</translation>
    </message>
    <message>
        <source>weights that change over time (Gephi&apos;s dynamic weights) in {count} row{s}: each took the weight in effect at the end (of its interval that ends last, or its latest timestamp); the earlier weights were not kept, since a map has no time line</source>
        <translation>{count} 行中的權重隨時間變化（Gephi 的動態權重）：每行取結束時有效的權重（最後結束的區間或最晚時間戳的權重）；圖沒有時間軸，因此未保留之前的權重</translation>
    </message>
</context>
<context>
    <name>edge_direction</name>
    <message>
        <source>{value!r} is not a direction Windtunnel reads: directed, undirected or mutual</source>
        <translation>{value!r} 不是 Windtunnel 能讀取的方向：應為 directed、undirected 或 mutual</translation>
    </message>
    <message>
        <source>{count} row{s} marked undirected or mutual became an edge each way</source>
        <translation>{count} 行標為 undirected 或 mutual，各變為雙向的邊</translation>
    </message>
    <message>
        <source>{count} row{s} marked undirected or mutual were read one way, from From to To</source>
        <translation>{count} 行標為 undirected 或 mutual，按單向讀取，從 From 指向 To</translation>
    </message>
</context>
<context>
    <name>edges_sheet</name>
    <message>
        <source>{raw!r} could be {thousands} (a point between thousands, as with the decimal commas of this column&apos;s other weights) or {decimal}; write it without the point, or with a decimal comma</source>
        <translation>{raw!r} 可以是 {thousands}（本欄其他權重以逗號作小數點，因此這個點可能是千位分隔符），也可以是 {decimal}；請去掉這個點，或用小數逗號書寫</translation>
    </message>
    <message>
        <source>skipped {count} self-loop{s}, an edge from a node to itself ({rows})</source>
        <translation>跳過了 {count} 個自環，即從節點指向自身的邊（{rows}）</translation>
    </message>
    <message>
        <source>has no {header} column</source>
        <translation>沒有 {header} 欄</translation>
    </message>
    <message>
        <source>the edges have no weight attribute, and this attribute was read as categories, not signs: every edge got the weight {weight:+g}</source>
        <translation>邊沒有 weight 屬性，而這個屬性被讀作類別而不是符號：每條邊的權重都設為 {weight:+g}</translation>
    </message>
    <message>
        <source>no Weight column, and this Type column was read as categories, not signs: every edge got the weight {weight:+g}</source>
        <translation>沒有 Weight 欄，而這個 Type 欄被讀作類別而不是符號：每條邊的權重都設為 {weight:+g}</translation>
    </message>
    <message>
        <source>the edges have no weight attribute: every edge got the weight {weight:+g}</source>
        <translation>邊沒有 weight 屬性：每條邊的權重都設為 {weight:+g}</translation>
    </message>
    <message>
        <source>no Weight or Type column: every edge got the weight {weight:+g}</source>
        <translation>沒有 Weight 欄或 Type 欄：每條邊的權重都設為 {weight:+g}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
    <message>
        <source>holds signed weights ({example}) but is not read as the weights: without a Weight column every edge would get {weight:+g} and the negative ones would turn positive; head the column Weight (or Strength, Influence), or delete it to import every edge with {weight:+g}</source>
        <translation>含有帶符號的權重（{example}），但沒有作為權重讀取：沒有 Weight 欄時每條邊的權重都是 {weight:+g}，負的影響會變成正的；請把欄標題改為 Weight（或 Strength、Influence），或刪除此欄，以 {weight:+g} 匯入每條邊</translation>
    </message>
    <message>
        <source>{place}: {weight},{digits}</source>
        <translation>{place}：{weight},{digits}</translation>
    </message>
    <message>
        <source>a weight of 0 followed by a cell of digits looks like a decimal comma, which the file&apos;s commas split in two (read as the weight 0 and the digits in the next column): {rows}; write the weight with a point (0.4), or quote it (&quot;0,4&quot;)</source>
        <translation>權重為 0、下一個儲存格只有數字的行看來用了小數逗號，被檔案的分隔逗號拆成兩半（讀作權重 0 和下一欄的數字）：{rows}；請用小數點寫權重（0.4），或加上引號（&quot;0,4&quot;）</translation>
    </message>
    <message>
        <source>holds numbers ({example}), not the levels low, medium and high: the column was not kept and every edge has the confidence medium (Windtunnel does not guess which numbers mean which level); write low, medium or high in it to keep it</source>
        <translation>含有數字（{example}），而不是 low、medium、high 這些級別：該欄未匯入，每條邊的置信度均為 medium（Windtunnel 不猜測哪些數字對應哪一級）；如要保留，請在其中寫 low、medium 或 high</translation>
    </message>
    <message>
        <source>{count} edge{s} had no weight ({rows}): each got {weight:g}, with its sign, as its final weight</source>
        <translation>{count} 條邊沒有權重（{rows}）：每條按其符號設為 {weight:g}，作為其最終權重</translation>
    </message>
    <message>
        <source>entry {rows}</source>
        <translation>第 {rows} 項</translation>
    </message>
    <message>
        <source>entries {rows}</source>
        <translation>第 {rows} 項</translation>
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
        <translation>建立了 1 個在邊中出現但不在 Nodes 工作表中的節點：{nodes}</translation>
    </message>
    <message>
        <source>created {count} nodes named in the edges but not in a Nodes sheet: {nodes}</source>
        <translation>建立了 {count} 個在邊中出現但不在 Nodes 工作表中的節點：{nodes}</translation>
    </message>
    <message>
        <source>{name!r} ({place}) is close to {near!r} ({other})</source>
        <translation>{name!r}（{place}）與 {near!r}（{other}）相近</translation>
    </message>
    <message>
        <source>{name!r} ({place}) is close to {near!r}</source>
        <translation>{name!r}（{place}）與 {near!r} 相近</translation>
    </message>
    <message>
        <source>names that may be typing slips, each made a node of its own: {pairs}</source>
        <translation>可能是輸入錯誤的名稱，各自成了單獨的節點：{pairs}</translation>
    </message>
    <message>
        <source>{name!r} is close to {near!r}: correct the name if they are one node, or import the file again and choose “Make each name a node of its own” when Windtunnel asks about these names</source>
        <translation>{name!r} 與 {near!r} 相近：如果它們是同一個節點，請更正名稱，或重新匯入該檔案，並在 Windtunnel 詢問這些名稱時選擇「讓每個名稱各自成為一個節點」</translation>
    </message>
    <message>
        <source>{name!r} is close to {near!r}: correct the name if they are one node, or import choosing to create both (--near-names create)</source>
        <translation>{name!r} 與 {near!r} 相近：如果它們是同一個節點，請更正名稱，或選擇兩個都建立後匯入（--near-names create）</translation>
    </message>
    <message>
        <source>names that may be typing slips, each made a node of its own: {pairs}; correct the names in the file if they are one node</source>
        <translation>可能是輸入錯誤的名稱，各自成了單獨的節點：{pairs}；如果它們是同一個節點，請在檔案中更正名稱</translation>
    </message>
    <message>
        <source>the weight {weight},{digits} is split in two by the file&apos;s commas (the row has more fields than the header): write it with a point ({weight}.{digits}), quote it (&quot;{weight},{digits}&quot;), or save the file separated by semicolons</source>
        <translation>權重 {weight},{digits} 被檔案的分隔逗號拆成兩半（該行的欄位比標題行多）：請用小數點寫（{weight}.{digits}），或加上引號（&quot;{weight},{digits}&quot;），或將檔案儲存為以分號分隔</translation>
    </message>
    <message>
        <source>holds negative numbers ({example}) but is not read: the weights come from column {weights!r}, which holds none, so every edge came in positive; if this column holds the signed weights, head it Weight and rename the other</source>
        <translation>含有負數（{example}）但未被讀取：權重取自欄 {weights!r}，而該欄沒有負值，因此所有邊都成了正向；如果此欄才是帶符號的權重，請把它的標題改為 Weight，並給另一欄改名</translation>
    </message>
    <message>
        <source>holds only the number 1, a type&apos;s code rather than a sign (a column of signs also holds -1 or another sign, or is headed Sign or Polarity): kept in each edge&apos;s rationale</source>
        <translation>只包含數字 1，是類型代碼而不是符號（符號欄還會有 -1 或其他符號，或欄標題為 Sign 或 Polarity）：已保留在每條邊的理由中</translation>
    </message>
    <message>
        <source>read the numbers in it as signs: 1 positive, -1 negative</source>
        <translation>其中的數字已讀作符號：1 為正，-1 為負</translation>
    </message>
    <message>
        <source>holds categories ({categories}), not signs: kept in each edge&apos;s rationale</source>
        <translation>包含的是類別（{categories}），而不是符號：已保留在每條邊的理由中</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}), and the one edge its edges merge into would be refused: {problem}; merge them by hand into one that fits</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），由這些邊合併成的那條邊會被拒絕：{problem}；請手動把它們合併為一條符合要求的邊</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}), and the one edge its rows merge into would be refused: {problem}; merge them by hand into one row that fits</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），由這些行合併成的那條邊會被拒絕：{problem}；請手動把它們合併為符合要求的一行</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) with different delays ({delays}); an edge has one delay: merge the edges into one by hand</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），且延遲不同（{delays}）；一條邊只有一個延遲：請手動把這些邊合併為一條</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) with different delays ({delays}); an edge has one delay: merge the rows into one by hand</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），且延遲不同（{delays}）；一條邊只有一個延遲：請手動把這些行合併為一行</translation>
    </message>
    <message>
        <source>{count} edge{s} listed more than once: {pairs}</source>
        <translation>{count} 條邊被列出不止一次：{pairs}</translation>
    </message>
    <message>
        <source>{count} edge{s} listed more than once ({pairs}), {opposite} of them with opposite signs, which contradict each other: {contradictions}</source>
        <translation>{count} 條邊被列出不止一次（{pairs}），其中 {opposite} 條的符號相反，彼此矛盾：{contradictions}</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: correct the sign that is wrong, or merge them into one by hand</source>
        <translation>邊 {pair} 以相反的符號列出（{signs}），彼此矛盾：請更正錯誤的符號，或手動把它們合併為一條</translation>
    </message>
    <message>
        <source>the parallel edges {pair} ({rows}) add up to {total:g}, outside [-1, 1]: held at {weight:g}, the strongest influence an edge has; its rationale lists each parallel edge with its weight</source>
        <translation>平行邊 {pair}（{rows}）之和為 {total:g}，超出 [-1, 1]：已限定為 {weight:g}，即一條邊的最強影響；其理由逐條列出每條平行邊及其權重</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: their weights were added, giving {weight:g}; check which sign is meant</source>
        <translation>邊 {pair} 以相反的符號列出（{signs}），彼此矛盾：已把其權重相加，得到 {weight:g}；請核實哪個符號才是本意</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: the mean of their weights, {weight:g}, was kept; check which sign is meant</source>
        <translation>邊 {pair} 以相反的符號列出（{signs}），彼此矛盾：已保留其權重的平均值 {weight:g}；請核實哪個符號才是本意</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one of its edges, with the edge&apos;s weight, or import the file again and choose “Take the mean of their weights” when Windtunnel asks</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），其權重之和為 {total:g}，超出 [-1, 1]；重複的邊不會令圖的其餘部分被重新縮放：請只保留其中一條邊並寫上該邊的權重，或重新匯入該檔案，並在 Windtunnel 詢問時選擇「取權重的平均值」</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one row with the edge&apos;s weight, or import the file again and choose “Take the mean of their weights” when Windtunnel asks</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），其權重之和為 {total:g}，超出 [-1, 1]；重複的邊不會令圖的其餘部分被重新縮放：請只保留一行並寫上該邊的權重，或重新匯入該檔案，並在 Windtunnel 詢問時選擇「取權重的平均值」</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the edges into one, or import the file again and choose “Add their weights” or “Take the mean of their weights” when Windtunnel asks</source>
        <translation>邊 {pair} 被列出不止一次（{rows}）；請把這些邊合併為一條，或重新匯入該檔案，並在 Windtunnel 詢問時選擇「把權重相加」或「取權重的平均值」</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the rows into one, or import the file again and choose “Add their weights” or “Take the mean of their weights” when Windtunnel asks</source>
        <translation>邊 {pair} 被列出不止一次（{rows}）；請把這些行合併為一行，或重新匯入該檔案，並在 Windtunnel 詢問時選擇「把權重相加」或「取權重的平均值」</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the edges into one, or import with --repeated add or mean</source>
        <translation>邊 {pair} 被列出不止一次（{rows}）；請把這些邊合併為一條，或用 --repeated add 或 mean 匯入</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the rows into one, or import with --repeated add or mean</source>
        <translation>邊 {pair} 被列出不止一次（{rows}）；請把這些行合併為一行，或用 --repeated add 或 mean 匯入</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one of its edges, with the edge&apos;s weight, or import with --repeated mean to take the mean of its parallel edges</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），其權重之和為 {total:g}，超出 [-1, 1]；重複的邊不會令圖的其餘部分被重新縮放：請只保留其中一條邊並寫上該邊的權重，或用 --repeated mean 匯入以取各平行邊的平均值</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one row with the edge&apos;s weight, or import with --repeated mean to take the mean of its rows</source>
        <translation>邊 {pair} 被列出不止一次（{rows}），其權重之和為 {total:g}，超出 [-1, 1]；重複的邊不會令圖的其餘部分被重新縮放：請只保留一行並寫上該邊的權重，或用 --repeated mean 匯入以取各行的平均值</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once into one each (no edge had two weights, so none were added or averaged): {pairs}</source>
        <translation>把 {count} 條被列出不止一次的邊各合併為一條（沒有哪條邊有兩個權重，因此沒有相加或取平均）：{pairs}</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once, adding their weights as Gephi merges parallel edges: {pairs}</source>
        <translation>合併了 {count} 條被列出不止一次的邊，按 Gephi 合併平行邊的方式把權重相加：{pairs}</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once, each with the mean of its weights: {pairs}</source>
        <translation>合併了 {count} 條被列出不止一次的邊，每條取其權重的平均值：{pairs}</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} 次</translation>
    </message>
    <message>
        <source>{count:,} weights cannot be read as they are; the largest: {message}. They are at {places}</source>
        <translation>有 {count:,} 個權重無法按原樣讀取；其中最大的：{message}。位置：{places}</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1] (to divide every weight by the largest, {rescale})</source>
        <translation>{weight:g} 超出 [-1, 1]（要將每個權重除以最大值，請{rescale}）</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1], where the other weights are: correct it</source>
        <translation>{weight:g} 超出 [-1, 1]，而其他權重都在此範圍內：請更正它</translation>
    </message>
    <message>
        <source>{place} ({weight:g})</source>
        <translation>{place}（{weight:g}）</translation>
    </message>
    <message>
        <source>the type says positive but the weight is {weight:g}</source>
        <translation>類型為正，但權重為 {weight:g}</translation>
    </message>
</context>
<context>
    <name>elements</name>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整數</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是數</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} 不是有限數</translation>
    </message>
    <message>
        <source>{value} is outside [{lo:g}, {hi:g}]</source>
        <translation>{value} 超出 [{lo:g}, {hi:g}]</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文字</translation>
    </message>
    <message>
        <source>text of {count:,} characters is longer than {limit:,}</source>
        <translation>{count:,} 個字元的文字超過了 {limit:,}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
    <message>
        <source>holds only invisible characters (such as zero-width spaces): it would show as empty</source>
        <translation>只含不可見字元（如零寬空格）：顯示出來會是空的</translation>
    </message>
    <message>
        <source>{value} is not a web address (it starts with http:// or https://)</source>
        <translation>{value} 不是網址（網址以 http:// 或 https:// 開頭）</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <source>{value} is not a valid id (1-{max_id} letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, starting with a letter or digit)</source>
        <translation>{value} 不是有效的 id（1-{max_id} 個字母、數字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos;，以字母或數字開頭）</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>has {count} entries, more than {limit}</source>
        <translation>有 {count} 項，超過了 {limit}</translation>
    </message>
    <message>
        <source>has {count:,} entries, more than {limit:,}</source>
        <translation>有 {count:,} 項，超過了 {limit:,}</translation>
    </message>
    <message>
        <source>is not of the kind {kind}</source>
        <translation>不是 {kind} 類型</translation>
    </message>
    <message>
        <source>is not a pair [x, y]</source>
        <translation>不是座標對 [x, y]</translation>
    </message>
    <message>
        <source>is not a list of at most {max_tags} tags</source>
        <translation>不是最多 {max_tags} 個標籤的列表</translation>
    </message>
    <message>
        <source>{lever} is not true or false</source>
        <translation>{lever} 不是 true 或 false</translation>
    </message>
    <message>
        <source>{low!r} is above the weight {weight!r}</source>
        <translation>{low!r} 高於權重 {weight!r}</translation>
    </message>
    <message>
        <source>{high!r} is below the weight {weight!r}</source>
        <translation>{high!r} 低於權重 {weight!r}</translation>
    </message>
    <message>
        <source>{what} cannot join {source!r} to itself</source>
        <translation>{what}不能將 {source!r} 連接到其自身</translation>
    </message>
    <message>
        <source>step {end} is before the start step {start}</source>
        <translation>第 {end} 步早於起始步 {start}</translation>
    </message>
    <message>
        <source>edge {key} → {key2} is overridden twice</source>
        <translation>邊 {key} → {key2} 被覆蓋了兩次</translation>
    </message>
    <message>
        <source>{getattr} is not true or false</source>
        <translation>{getattr} 不是 true 或 false</translation>
    </message>
    <message>
        <source>a rating needs a weight or a linguistic term</source>
        <translation>評分需要一個權重或一個語言術語</translation>
    </message>
    <message>
        <source>bounds need a weight between them</source>
        <translation>上下界之間需要一個權重</translation>
    </message>
    <message>
        <source>edge {source} → {target} is rated twice</source>
        <translation>邊 {source} → {target} 被評分了兩次</translation>
    </message>
    <message>
        <source>id {id!r} appears twice</source>
        <translation>id {id!r} 出現了兩次</translation>
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
        <translation>…… 以及另外 {count} 個問題</translation>
    </message>
    <message>
        <source>there are more than {count:,} problems; the first {count:,} follow</source>
        <translation>問題超過 {count:,} 個；以下是首 {count:,} 個</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} 個問題</translation>
    </message>
</context>
<context>
    <name>executors</name>
    <message>
        <source>running on a cluster needs dask.distributed: install windtunnel[cluster] (pip install &apos;windtunnel[cluster]&apos;) on this machine and on the workers</source>
        <translation>在集羣上執行需要 dask.distributed：請在本機和各工作節點上安裝 windtunnel[cluster]（pip install &apos;windtunnel[cluster]&apos;）</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {scheduler}: {exc}</source>
        <translation>無法連接到位於 {scheduler} 的 Dask 排程器：{exc}</translation>
    </message>
    <message>
        <source>use tcp:// or tls://, not {scheme}://</source>
        <translation>請使用 tcp:// 或 tls://，而不是 {scheme}://</translation>
    </message>
    <message>
        <source>port {port} is outside 1 to 65535</source>
        <translation>端口 {port} 不在 1 到 65535 之間</translation>
    </message>
    <message>
        <source>{address!r} is not a scheduler address such as tcp://host:8786 ({exc})</source>
        <translation>{address!r} 不是排程器地址，例如 tcp://host:8786（{exc}）</translation>
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
        <translation>模型沒有目標：探索要用目標來評判方案；請添加一個（節點、方向、閾值）</translation>
    </message>
    <message>
        <source>nothing to explore: give scenarios or levers</source>
        <translation>沒有可探索的內容：請給出情景或槓桿</translation>
    </message>
    <message>
        <source>{count:,} options x {futures:,} futures: use at least one future and at most {max_experiments:,} experiments</source>
        <translation>{count:,} 個方案 x {futures:,} 種未來：至少使用一種未來，且最多 {max_experiments:,} 次實驗</translation>
    </message>
    <message>
        <source>the model has no participants: add participants&apos; ratings to explore their maps as futures</source>
        <translation>模型沒有參與者：請加入參與者的評分，才能把他們的圖作為未來情形來探索</translation>
    </message>
    <message>
        <source>there is no node {node!r}; levers: {valid}</source>
        <translation>沒有節點 {node!r}；槓桿：{valid}</translation>
    </message>
    <message>
        <source>is not a lever (a restriction node)</source>
        <translation>不是槓桿（限制措施節點）</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>給出了兩次</translation>
    </message>
    <message>
        <source>{low:g} to {high:g} leaves [{range_low:g}, {range_high:g}], the levels the {activation} activation gives a node</source>
        <translation>{low:g} 到 {high:g} 超出了 {activation} 激活函數給節點的水平 [{range_low:g}, {range_high:g}]</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>explain why a node changed in a scenario</source>
        <translation>解釋某個節點在某個情景中為何變化</translation>
    </message>
    <message>
        <source>Explain the change of one node in one scenario at one step: at most five reasons that add up to it with a named rest, then the same change by lever (Shapley values) and by incoming edge.</source>
        <translation>解釋一個節點在一個情景中某一步的變化：最多五條合計等於該變化的原因及一個具名的其餘部分，然後按槓桿（Shapley 值）和按入邊分解同一變化。</translation>
    </message>
    <message>
        <source>a scenario id or label</source>
        <translation>情景的 id 或標籤</translation>
    </message>
    <message>
        <source>a node id or label</source>
        <translation>節點 ID 或標籤</translation>
    </message>
    <message>
        <source>the step to explain (default: the last)</source>
        <translation>要解釋的步（預設：最後一步）</translation>
    </message>
    <message>
        <source>also list the K largest single routes (default 0)</source>
        <translation>同時列出 K 條最大的單一路徑（預設 0）</translation>
    </message>
    <message>
        <source>--routes: must be at least 0</source>
        <translation>--routes：必須至少為 0</translation>
    </message>
    <message>
        <source>{node} ({label}) in scenario {scenario}: change {change} at step {step}</source>
        <translation>情景 {scenario} 中的 {node}（{label}）：第 {step} 步變化 {change}</translation>
    </message>
    <message>
        <source>the scenario has no interventions or overrides</source>
        <translation>該情景沒有干預或覆蓋值</translation>
    </message>
    <message>
        <source>no lever or override moves {node} in this scenario</source>
        <translation>此情景中沒有槓桿或覆蓋值推動 {node}</translation>
    </message>
    <message>
        <source>1 reason carries {share} of the change</source>
        <translation>1 個原因佔變化的 {share}</translation>
    </message>
    <message>
        <source>{count} reasons carry {share} of the change</source>
        <translation>{count} 個原因佔變化的 {share}</translation>
    </message>
    <message>
        <source>why ({carry}; with the rest they add up to it):</source>
        <translation>原因（{carry}；加上其餘部分合計等於該變化）：</translation>
    </message>
    <message>
        <source>change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>by lever ({method}):</source>
        <translation>按槓桿（{method}）：</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>(none moves it visibly)</source>
        <translation>（沒有明顯推動它的槓桿）</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>記憶</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>干預</translation>
    </message>
    <message>
        <source>by input at step {step}:</source>
        <translation>按第 {step} 步的輸入：</translation>
    </message>
    <message>
        <source>input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>largest routes ({count} in all):</source>
        <translation>最大的路徑（共 {count} 條）：</translation>
    </message>
    <message>
        <source>route</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>the changed weight of {edge}</source>
        <translation>{edge} 的已更改權重</translation>
    </message>
    <message>
        <source>not followed further</source>
        <translation>未繼續追溯</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>which option holds up across thousands of futures</source>
        <translation>哪個方案能在成千上萬種未來中站得住</translation>
    </message>
    <message>
        <source>Run every option (scenarios and lever points) in sampled futures of the uncertain edge weights; print the robustness table, the conditions under which the most robust options fail (PRIM boxes) and the weights that matter most (Sobol&apos; indices).</source>
        <translation>在不確定邊權重的抽樣未來中執行每個方案（情景與槓桿取值點）；輸出穩健性表、最穩健方案失效的條件（PRIM 框）以及最重要的權重（Sobol&apos; 指數）。</translation>
    </message>
    <message>
        <source>a lever (restriction node) to explore from LOW to HIGH, in LEVELS levels when given (repeat for several)</source>
        <translation>從 LOW 到 HIGH 探索的槓桿（限制措施節點），給出 LEVELS 時分為 LEVELS 檔（可重複以指定多個）</translation>
    </message>
    <message>
        <source>an edge whose delay varies by future, from LOW to HIGH whole steps (repeat for several; each adds batches: keep them few)</source>
        <translation>延遲隨未來而變化的邊，從 LOW 到 HIGH 個整步（可重複指定多條；每條都會增加批次：請盡量少用）</translation>
    </message>
    <message>
        <source>each future is one participant&apos;s map (a model with participants), its weights drawn around their ratings</source>
        <translation>每個未來是一位參與者的圖（含參與者的模型），其權重圍繞該參與者的評分抽取</translation>
    </message>
    <message>
        <source>a scenario id or label among the options (repeat; default: all; --scenario none for lever points only)</source>
        <translation>方案中的情景 id 或標籤（可重複；預設：全部；--scenario none 表示只用槓桿取值點）</translation>
    </message>
    <message>
        <source>lever points sampled under lhs or sobol (default 16)</source>
        <translation>在 lhs 或 sobol 下抽樣的槓桿取值點數（預設 16）</translation>
    </message>
    <message>
        <source>futures of the uncertain weights (default 1000)</source>
        <translation>不確定權重的未來數（預設 1000）</translation>
    </message>
    <message>
        <source>lhs (Latin hypercube, default), sobol, or factorial (every combination of the levers&apos; levels; futures by lhs)</source>
        <translation>lhs（拉丁超立方，預設）、sobol，或 factorial（槓桿各檔位的所有組合；未來用 lhs）</translation>
    </message>
    <message>
        <source>local processes (default: every core, {local_workers} here)</source>
        <translation>本地進程數（預設：每個核心一個，此處為 {local_workers}）</translation>
    </message>
    <message>
        <source>run on a dask.distributed cluster (tcp://host:8786); needs windtunnel[cluster] here and on the workers</source>
        <translation>在 dask.distributed 集羣上執行（tcp://host:8786）；本機和各工作節點都需要 windtunnel[cluster]</translation>
    </message>
    <message>
        <source>options (most robust first) whose failure boxes are sought (default 3)</source>
        <translation>尋找失效框的方案數（從最穩健的開始，預設 3）</translation>
    </message>
    <message>
        <source>Sobol&apos; base sample (16 to 8192; the design runs N x (weights + 2) futures) for the most robust option; 0 skips (default 128)</source>
        <translation>最穩健方案的 Sobol&apos; 基礎樣本量（16 到 8192；該設計執行 N x（權重數 + 2）種未來）；0 表示跳過（預設 128）</translation>
    </message>
    <message>
        <source>options listed (default 20)</source>
        <translation>列出的方案數（預設 20）</translation>
    </message>
    <message>
        <source>also write the exploration workbook (.xlsx) or every experiment (.csv)</source>
        <translation>同時寫出探索活頁簿（.xlsx）或每次實驗（.csv）</translation>
    </message>
    <message>
        <source>--out {out}: unknown file type {suffix}; use .xlsx or .csv</source>
        <translation>--out {out}：未知的檔案類型 {suffix}；請使用 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>--sobol {sobol}: use 16 to 8192, or 0 to skip</source>
        <translation>--sobol {sobol}：請使用 16 到 8192，或用 0 跳過</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已寫入 {out}</translation>
    </message>
    <message>
        <source>{title}: {options:,} options x {futures:,} futures = {experiments:,} experiments ({sampler}, seed {seed}, {weights} uncertain weights)</source>
        <translation>{title}：{options:,} 個方案 x {futures:,} 種未來 = {experiments:,} 次實驗（{sampler}，種子 {seed}，{weights} 個不確定權重）</translation>
    </message>
    <message>
        <source>robustness (share of futures meeting each objective and all of them; regret against the best option in each future):</source>
        <translation>穩健性（達到各目標及全部目標的未來比例；相對每種未來中最佳方案的遺憾值）：</translation>
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
        <translation>標籤</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>regret p90</source>
        <translation>遺憾值 p90</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>  ... and {count} more options (--top, or --out FILE)</source>
        <translation>  …… 另有 {count} 個方案（--top，或 --out 檔案）</translation>
    </message>
    <message>
        <source>where the most robust options fail (PRIM boxes of uncertain weights):</source>
        <translation>最穩健方案在哪裡失效（不確定權重的 PRIM 框）：</translation>
    </message>
    <message>
        <source>uncertain weights that matter most to {option} (total Sobol&apos; index, {futures:,} futures):</source>
        <translation>對 {option} 最重要的不確定權重（總 Sobol&apos; 指數，{futures:,} 種未來）：</translation>
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
        <translation>條件框</translation>
    </message>
    <message>
        <source>No box of conditions concentrates an option&apos;s failures (or no option fails in some futures and not in others).</source>
        <translation>沒有任何條件框集中了方案的失效（或者沒有方案在某些未來失效而在另一些未來不失效）。</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>實驗</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>未來</translation>
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
        <translation>標籤</translation>
    </message>
    <message>
        <source>all met</source>
        <translation>全部達成</translation>
    </message>
    <message>
        <source>regret median</source>
        <translation>遺憾值中位數</translation>
    </message>
    <message>
        <source>regret p90</source>
        <translation>遺憾值 p90</translation>
    </message>
    <message>
        <source>regret max</source>
        <translation>遺憾值最大</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>box</source>
        <translation>條件框</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>覆蓋率</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>質量</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>不確定權重</translation>
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
        <translation>一階</translation>
    </message>
    <message>
        <source>first 2.5%</source>
        <translation>一階 2.5%</translation>
    </message>
    <message>
        <source>first 97.5%</source>
        <translation>一階 97.5%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>總</translation>
    </message>
    <message>
        <source>total 2.5%</source>
        <translation>總 2.5%</translation>
    </message>
    <message>
        <source>total 97.5%</source>
        <translation>總 97.5%</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>實驗</translation>
    </message>
    <message>
        <source>future</source>
        <translation>未來</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>met {objective}</source>
        <translation>{objective}（達成）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Windtunnel exploration workbook</source>
        <translation>Windtunnel 探索活頁簿</translation>
    </message>
    <message>
        <source> ({levels} levels)</source>
        <translation>（{levels} 檔）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>{option}, {futures} futures</source>
        <translation>{option}，{futures} 種未來</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未計算</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>模型檔案</translation>
    </message>
    <message>
        <source>Windtunnel version</source>
        <translation>Windtunnel 版本</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>建立時間 (UTC)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>named scenarios and lever points</source>
        <translation>命名情景與槓桿取值點</translation>
    </message>
    <message>
        <source>Levers explored</source>
        <translation>探索的槓桿</translation>
    </message>
    <message>
        <source>uncertain edge weights drawn within their bounds (triangular: low, weight, high)</source>
        <translation>在邊界內抽取的不確定邊權重（三角分佈：下限、權重、上限）</translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>不確定權重</translation>
    </message>
    <message>
        <source>Delays varied</source>
        <translation>變化的延遲</translation>
    </message>
    <message>
        <source>whole steps between the bounds given, each equally likely</source>
        <translation>給定邊界之間的整步，每個可能性相同</translation>
    </message>
    <message>
        <source>Participants&apos; maps</source>
        <translation>參與者的圖</translation>
    </message>
    <message>
        <source>not explored</source>
        <translation>未探索</translation>
    </message>
    <message>
        <source>each future one participant&apos;s map, its weights drawn around their ratings</source>
        <translation>每個未來是一位參與者的圖，其權重圍繞其評分抽取</translation>
    </message>
    <message>
        <source>every option in every future</source>
        <translation>每種未來中的每個方案</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>抽樣方法</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation>相同的隨機種子給出相同的數值</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Objective value</source>
        <translation>目標值</translation>
    </message>
    <message>
        <source>change from baseline in the same future at the last step</source>
        <translation>同一未來中最後一步相對基線的變化</translation>
    </message>
    <message>
        <source>as the scorecard judges it</source>
        <translation>與評分卡的判定方式相同</translation>
    </message>
    <message>
        <source>Sobol&apos; indices</source>
        <translation>Sobol&apos; 指數</translation>
    </message>
    <message>
        <source>{count} more rows left out (a sheet holds about a million); write .csv for every row</source>
        <translation>另有 {count} 行未寫入（一個工作表約可容納一百萬行）；如需全部行請寫出 .csv</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>穩健性</translation>
    </message>
    <message>
        <source>Share of futures meeting every objective</source>
        <translation>達到所有目標的未來比例</translation>
    </message>
    <message>
        <source>share of futures</source>
        <translation>未來比例</translation>
    </message>
    <message>
        <source>Sobol</source>
        <translation>Sobol</translation>
    </message>
    <message>
        <source>Not computed (windtunnel explore --sobol N)</source>
        <translation>未計算（windtunnel explore --sobol N）</translation>
    </message>
    <message>
        <source>{objective}: total Sobol&apos; index of the uncertain weights</source>
        <translation>{objective}：不確定權重的總 Sobol&apos; 指數</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>export a model as a workbook, GraphML, weight matrix or CSV tables</source>
        <translation>將模型匯出為活頁簿、GraphML、權重矩陣或 CSV 表</translation>
    </message>
    <message>
        <source>Export a model file. The format follows from the output name: .xlsx workbook, .graphml GraphML, .csv weight matrix (rows are sources), a folder name CSV tables; --format overrides. An existing file is only replaced with --force.</source>
        <translation>匯出模型檔案。格式由輸出名稱決定：.xlsx 活頁簿、.graphml GraphML、.csv 權重矩陣（行為起點），資料夾名為 CSV 表；--format 可覆蓋。已存在的檔案只在加上 --force 時才會被替換。</translation>
    </message>
    <message>
        <source>the file (or folder, for CSV tables) to write</source>
        <translation>要寫入的檔案（CSV 表則為資料夾）</translation>
    </message>
    <message>
        <source>the output format (default: from the output name)</source>
        <translation>輸出格式（預設：由輸出名稱決定）</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>已寫入 {path}</translation>
    </message>
</context>
<context>
    <name>file_kinds</name>
    <message>
        <source>if it is a workbook, give it the .xlsx extension and import it again</source>
        <translation>如果它是活頁簿，請把副檔名改為 .xlsx 後重新匯入</translation>
    </message>
    <message>
        <source>open it in Excel and save it as an .xlsx workbook or as CSV UTF-8, then import that</source>
        <translation>請在 Excel 中開啟，另存為 .xlsx 活頁簿或 CSV UTF-8，再匯入該檔案</translation>
    </message>
    <message>
        <source>a zip archive (as an Excel .xlsx workbook is)</source>
        <translation>zip 壓縮檔（Excel 的 .xlsx 活頁簿就是一種）</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>空的 zip 壓縮檔</translation>
    </message>
    <message>
        <source>an old-style Office file (an Excel .xls workbook, or a workbook protected by a password)</source>
        <translation>舊式的 Office 檔案（Excel 的 .xls 活頁簿，或受密碼保護的活頁簿）</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>export the map from the program that made it as a table or a graph file</source>
        <translation>請從製作它的程式中將圖匯出為表格或圖檔案</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 圖片</translation>
    </message>
    <message>
        <source>a picture of a map holds no nodes to read</source>
        <translation>圖的圖片中沒有可讀取的節點</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 圖片</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>壓縮（gzip）檔案</translation>
    </message>
    <message>
        <source>uncompress it and import the file inside</source>
        <translation>請解壓縮，然後匯入其中的檔案</translation>
    </message>
    <message>
        <source>is {kind}, not the {read_as} text its name says: {advice}</source>
        <translation>是{kind}，而不是其名稱所示的 {read_as} 文字：{advice}</translation>
    </message>
    <message>
        <source>is {kind}, not text: {advice}</source>
        <translation>是{kind}，不是文字：{advice}</translation>
    </message>
</context>
<context>
    <name>fileformat</name>
    <message>
        <source>{path}: the model file would be {data:,.1f} MB, more than the {max_file_bytes} MB a model file may have; nothing was written (split the model, or shorten its texts)</source>
        <translation>{path}：模型檔案將達 {data:,.1f} MB，超過模型檔案允許的 {max_file_bytes} MB；未寫入任何內容（請拆分模型或縮短其文字）</translation>
    </message>
    <message>
        <source>is {kind}, not a model file</source>
        <translation>是{kind}，不是模型檔案</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; models are at most {max_file_bytes} MB</source>
        <translation>檔案大小為 {size:.0f} MB；模型最大為 {max_file_bytes} MB</translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation>不是有效的檔案名稱</translation>
    </message>
    <message>
        <source>{path}: {problem}; nothing was written</source>
        <translation>{path}：{problem}；未寫入任何內容</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>無法讀取檔案（{strerror}）</translation>
    </message>
    <message>
        <source>Read with control characters removed: {note}.</source>
        <translation>讀取時刪除了控制字元：{note}。</translation>
    </message>
    <message>
        <source>the text is longer than {max_file_bytes} MB</source>
        <translation>文字超過 {max_file_bytes} MB</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (saved as &quot;Unicode&quot; by a text editor?), and a model file is UTF-8: save it as UTF-8 and open it again</source>
        <translation>檔案是 UTF-16 文字（是否在文字編輯器中另存為「Unicode」？），而模型檔案是 UTF-8：請另存為 UTF-8 後再開啟</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>檔案不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案為空</translation>
    </message>
    <message>
        <source>not valid JSON ({msg})</source>
        <translation>不是有效的 JSON（{msg}）</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a model</source>
        <translation>JSON 嵌套過深，不可能是模型</translation>
    </message>
    <message>
        <source>not valid JSON ({exc})</source>
        <translation>不是有效的 JSON（{exc}）</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>檔案不包含 JSON 物件</translation>
    </message>
    <message>
        <source>expected {format_name!r}, found {get}: not a Windtunnel model</source>
        <translation>應為 {format_name!r}，卻是 {get}：不是 Windtunnel 模型</translation>
    </message>
    <message>
        <source>{version} is not a format version number</source>
        <translation>{version} 不是格式版本號</translation>
    </message>
    <message>
        <source>the file has format version {version}, which needs a newer Windtunnel (this one reads versions {oldest_version} to {format_version})</source>
        <translation>檔案的格式版本為 {version}，需要更新版本的 Windtunnel（此版本可讀取 {oldest_version} 到 {format_version} 版）</translation>
    </message>
    <message>
        <source>format version {version} is older than any Windtunnel release and cannot be read</source>
        <translation>格式版本 {version} 早於任何 Windtunnel 發佈版本，無法讀取</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>不是已知的鍵</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文字</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>{raw} is not an object</source>
        <translation>{raw} 不是物件</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>{value} is not an object of languages and their fields (such as {example})</source>
        <translation>{value} 不是由語言及其欄位組成的物件（例如 {example}）</translation>
    </message>
    <message>
        <source>translates {count:,} groups, more than {limit:,}</source>
        <translation>翻譯了 {count:,} 個組別，超過 {limit:,} 個</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>workbook</source>
        <translation>活頁簿</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>節點與邊表格</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>矩陣</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>參與者評分</translation>
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
        <translation>FSDM 的 concepts 檔案只有模型的概念，沒有概念之間如何相互影響：請匯入它的 relations 檔案（{name}，在模型資料夾中與它並列）</translation>
    </message>
    <message>
        <source>not an FSDM model file: Windtunnel reads FSDM&apos;s concepts.json (a list of concepts with their variable) and relations.json (a list of what each concept affects)</source>
        <translation>不是 FSDM 模型檔案：Windtunnel 讀取 FSDM 的 concepts.json（帶變數名的概念列表）和 relations.json（每個概念影響甚麼的列表）</translation>
    </message>
    <message>
        <source>weight {term!r} is not one of FSDM&apos;s terms ({terms})</source>
        <translation>weight {term!r} 不是 FSDM 的語言術語（{terms}）之一</translation>
    </message>
    <message>
        <source>direction {direction!r} is neither Positive nor Negative</source>
        <translation>direction {direction!r} 既不是 Positive 也不是 Negative</translation>
    </message>
    <message>
        <source>an FSDM model: its concepts from {concepts}, its relations from {relations}; each concept&apos;s range of values was not kept</source>
        <translation>FSDM 模型：概念讀自 {concepts}，關係讀自 {relations}；未保留各概念的取值範圍</translation>
    </message>
    <message>
        <source>an FSDM model&apos;s relations, without its concepts file: the variables are the labels, and the concepts&apos; names, descriptions and groups were not read</source>
        <translation>沒有 concepts 檔案的 FSDM 模型 relations：以變數名作為標籤，未讀取概念的名稱、描述和分組</translation>
    </message>
    <message>
        <source>FSDM&apos;s terms became weights as FSDM&apos;s model run reads them ({terms}), negative where the direction is Negative</source>
        <translation>FSDM 的語言術語按 FSDM 模型執行時的讀法變成權重（{terms}），direction 為 Negative 的取負值</translation>
    </message>
    <message>
        <source>the relations name {count} variable{s} that the concepts file does not list, added with the variable as the label: {names}</source>
        <translation>relations 中有 {count} 個 concepts 檔案未列出的變數，已以變數名作為標籤加入：{names}</translation>
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
        <translation>GEXF 檔案沒有 &lt;graph&gt;</translation>
    </message>
    <message>
        <source>the &lt;graph&gt;&apos;s defaultedgetype</source>
        <translation>&lt;graph&gt; 的 defaultedgetype</translation>
    </message>
    <message>
        <source>has no source or no target</source>
        <translation>沒有起點或沒有終點</translation>
    </message>
    <message>
        <source>type {kind!r} is not a GEXF edge type (directed, undirected or mutual)</source>
        <translation>類型 {kind!r} 不是 GEXF 的邊類型（應為 directed、undirected 或 mutual）</translation>
    </message>
    <message>
        <source>the GEXF file gives {nodes} of its nodes and {edges} of its edges the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every node and edge was read as if it always existed</source>
        <translation>此 GEXF 檔案為其中 {nodes} 個節點和 {edges} 條邊給出了存在的時間（spells、start 和 end）；這些時間沒有保留：圖沒有時間軸，所以每個節點和每條邊都按始終存在讀入</translation>
    </message>
    <message>
        <source>the GEXF file gives {nodes} of its nodes the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every node was read as if it always existed</source>
        <translation>此 GEXF 檔案為其中 {nodes} 個節點給出了存在的時間（spells、start 和 end）；這些時間沒有保留：圖沒有時間軸，所以每個節點都按始終存在讀入</translation>
    </message>
    <message>
        <source>the GEXF file gives {edges} of its edges the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every edge was read as if it always existed</source>
        <translation>此 GEXF 檔案為其中 {edges} 條邊給出了存在的時間（spells、start 和 end）；這些時間沒有保留：圖沒有時間軸，所以每條邊都按始終存在讀入</translation>
    </message>
    <message>
        <source>the parent links of {count:,} node{s} (GEXF 1.2&apos;s &lt;parents&gt;) were not kept: {nodes}; a node&apos;s group comes only from the node it is nested in, or from its pid</source>
        <translation>{count:,} 個節點指向父節點的連結（GEXF 1.2 的 &lt;parents&gt;）未保留：{nodes}；節點的分組只來自其嵌套所在的節點或其 pid</translation>
    </message>
    <message>
        <source>these node attributes change over time in the GEXF file: {names}; each node kept only the value in effect at the end (the latest time the file gives it), not the earlier ones</source>
        <translation>GEXF 檔案中這些節點屬性隨時間變化：{names}；每個節點只保留了結束時有效的值（檔案給出的最晚時間的值），未保留之前的值</translation>
    </message>
    <message>
        <source>these edge attributes change over time in the GEXF file: {names}; each edge kept only the value in effect at the end (the latest time the file gives it), not the earlier ones</source>
        <translation>GEXF 檔案中這些邊屬性隨時間變化：{names}；每條邊只保留了結束時有效的值（檔案給出的最晚時間的值），未保留之前的值</translation>
    </message>
    <message>
        <source>&lt;node&gt; element {number} in {parent!r}</source>
        <translation>{parent!r} 中的第 {number} 個 &lt;node&gt; 元素</translation>
    </message>
    <message>
        <source>{place}, labelled {label!r}</source>
        <translation>{place}（標籤 {label!r}）</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>沒有 id</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>列出了兩次</translation>
    </message>
</context>
<context>
    <name>globalsensitivity</name>
    <message>
        <source>{base} is not a whole number from 16 to 8,192</source>
        <translation>{base} 不是 16 到 8,192 之間的整數</translation>
    </message>
    <message>
        <source>give one scenario or one lever point</source>
        <translation>請給出一個情景或一個槓桿取值點</translation>
    </message>
    <message>
        <source>no edge weight is uncertain (every edge&apos;s low and high bounds are equal)</source>
        <translation>沒有不確定的邊權重（每條邊的上下界都相等）</translation>
    </message>
    <message>
        <source>The design is too small to trust these indices for {objectives}: their 95% intervals are wider than the indices or reach well outside 0 to 1. Run again with a Sobol&apos; base sample of {base} or more.</source>
        <translation>設計太小，{objectives} 的這些指數不可信：其 95% 區間比指數本身還闊，或遠超出 0 至 1。請將 Sobol&apos; 基礎樣本設為 {base} 或以上後重新運行。</translation>
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
        <translation>節點屬性 {attribute!r} 未讀作節點的初始水平，已略去：節點 {node} 的值 {value!r} 不是 -1 到 1 之間的水平</translation>
    </message>
    <message>
        <source>the node attribute {attribute!r} was read as the nodes&apos; initial levels (every value is a number from -1 to 1)</source>
        <translation>節點屬性 {attribute!r} 已讀作節點的初始水平（所有值都是 -1 到 1 之間的數）</translation>
    </message>
    <message>
        <source>the node attribute {attribute!r} was read as the nodes&apos; initial levels (every value is a number from -1 to 1); {count} of {total} nodes have none and start at 0</source>
        <translation>節點屬性 {attribute!r} 已讀作節點的初始水平（所有值都是 -1 到 1 之間的數）；{total} 個節點中有 {count} 個沒有值，從 0 開始</translation>
    </message>
    <message>
        <source>was read as the nodes&apos; initial levels (every value in it is a number from -1 to 1)</source>
        <translation>已讀作節點的初始水平（其中每個值都是 -1 到 1 之間的數）</translation>
    </message>
    <message>
        <source>holds {value!r}, not a level from -1 to 1: the column was not read as the nodes&apos; initial levels, and was left out</source>
        <translation>值為 {value!r}，不是 -1 到 1 之間的水平：該欄未讀作節點的初始水平，已略去</translation>
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
        <translation>{undirected} 條邊是無向的</translation>
    </message>
    <message>
        <source>{undirected} edge{are} undirected; import with --undirected both (each edge both ways) or as-written (one way, as the file lists them)</source>
        <translation>{undirected} 條邊是無向的；請用 --undirected both（每條邊雙向）或 as-written（單向，按檔案所列）匯入</translation>
    </message>
    <message>
        <source>the GraphML graph could not be read ({exc})</source>
        <translation>無法讀取該 GraphML 圖（{exc}）</translation>
    </message>
    <message>
        <source>has no id (GraphML needs one on every &lt;node&gt;, and edges name nodes by it)</source>
        <translation>沒有 id（GraphML 的每個 &lt;node&gt; 都需要 id，邊通過它指向節點）</translation>
    </message>
    <message>
        <source>&lt;node&gt; elements {first} and {second} of the file both have this id; each node needs its own</source>
        <translation>檔案中的第 {first} 個和第 {second} 個 &lt;node&gt; 元素使用了同一個 id；每個節點都需要自己的 id</translation>
    </message>
    <message>
        <source>has no {end}</source>
        <translation>沒有 {end}</translation>
    </message>
    <message>
        <source>&lt;node&gt; element {position} of the file</source>
        <translation>檔案中的第 {position} 個 &lt;node&gt; 元素</translation>
    </message>
    <message>
        <source>&lt;edge&gt; element {position} of the file</source>
        <translation>檔案中的第 {position} 個 &lt;edge&gt; 元素</translation>
    </message>
    <message>
        <source>the &lt;graphml&gt; root is in the XML namespace {namespace}, not GraphML&apos;s ({graphml})</source>
        <translation>&lt;graphml&gt; 根元素位於 XML 命名空間 {namespace}，而不是 GraphML 的命名空間（{graphml}）</translation>
    </message>
    <message>
        <source>holds {count} graphs ({names}), and a map is one: reading the first would drop the others; save each graph as a file of its own, or move their nodes into one graph</source>
        <translation>包含 {count} 個 graph（{names}），而一張圖只對應一個 graph：只讀第一個會丟掉其餘的；請把每個 graph 各存為一個檔案，或把它們的節點移到同一個 graph 中</translation>
    </message>
    <message>
        <source>an integer of {count:,} digits is too large for a number (at most {max_integer_digits} digits)</source>
        <translation>{count:,} 位的整數太大，無法作為數（最多 {max_integer_digits} 位）</translation>
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
        <translation>對 &lt;{domain}&gt; 元素聲明了兩次</translation>
    </message>
    <message>
        <source>is declared twice for every kind of element (for=&quot;all&quot;, or no for attribute): which of the two a value means cannot be told; give each key an id of its own</source>
        <translation>針對所有種類的元素（for=&quot;all&quot;，或沒有 for 屬性）宣告了兩次：無法判斷一個值屬於哪一個；請給每個鍵一個各自的 id</translation>
    </message>
    <message>
        <source>is declared twice with for={domain} (which names no kind of element; GraphML&apos;s are node, edge, graph and all): which of the two a value means cannot be told; give each key an id of its own</source>
        <translation>以 for={domain}（它不指任何一種元素；GraphML 的取值為 node、edge、graph 和 all）宣告了兩次：無法判斷一個值屬於哪一個；請給每個鍵一個各自的 id</translation>
    </message>
    <message>
        <source>key {key!r}</source>
        <translation>鍵 {key!r}</translation>
    </message>
    <message>
        <source>{count} node{s} holding other nodes (a yEd group, a GEXF node with nodes inside) became the group of the nodes inside, not nodes of the map</source>
        <translation>{count} 個包含其他節點的節點（yEd 分組，或內含節點的 GEXF 節點）成為其內部節點的分組，而不是圖中的節點</translation>
    </message>
    <message>
        <source>{undirected} undirected edge{s} became an edge each way</source>
        <translation>{undirected} 條無向邊各變為雙向的邊</translation>
    </message>
    <message>
        <source>{undirected} undirected edge{s} were read one way, from the first node the file names to the second</source>
        <translation>{undirected} 條無向邊按單向讀取，從檔案先列出的節點指向後一個</translation>
    </message>
    <message>
        <source>skipped {loops} self-loop{s}, an edge from a node to itself: {nodes}</source>
        <translation>跳過了 {loops} 個自環，即從節點指向自身的邊：{nodes}</translation>
    </message>
    <message>
        <source>{count} node{s} named by edges had no &lt;node&gt; element and were added: {i}{implicit2}</source>
        <translation>{count} 個被邊引用的節點沒有 &lt;node&gt; 元素，已被添加：{i}{implicit2}</translation>
    </message>
    <message>
        <source>read {count} attribute{s} that no &lt;key&gt; element declares, or declares with a type GraphML does not define, as text: {keys}</source>
        <translation>有 {count} 個屬性沒有 &lt;key&gt; 元素聲明，或聲明的類型不是 GraphML 定義的類型，已按文字讀取：{keys}</translation>
    </message>
    <message>
        <source>left out {count} hyperedge{s} (a &lt;hyperedge&gt; joins several nodes at once; the first joins {first}): an edge of a map runs from one node to another, so draw the influences a hyperedge stands for as edges between its nodes</source>
        <translation>未讀取 {count} 條超邊（&lt;hyperedge&gt; 一次連接多個節點；第一條連接 {first}）：圖中的邊都是從一個節點指向另一個節點，請把超邊所代表的影響畫成其節點之間的邊</translation>
    </message>
</context>
<context>
    <name>graphology</name>
    <message>
        <source>not a graphology graph: Windtunnel reads JSON with a list of &quot;nodes&quot; (each with its &quot;key&quot;) and a list of &quot;edges&quot; (each with its &quot;source&quot; and &quot;target&quot;), as graphology and sigma.js export a graph</source>
        <translation>不是 graphology 圖：Windtunnel 讀取的 JSON 含有 &quot;nodes&quot; 列表（每項有 &quot;key&quot;）和 &quot;edges&quot; 列表（每項有 &quot;source&quot; 和 &quot;target&quot;），即 graphology 和 sigma.js 匯出圖的格式</translation>
    </message>
    <message>
        <source>is listed twice (nodes {first} and {second}); each node needs a key of its own</source>
        <translation>出現了兩次（第 {first} 個和第 {second} 個節點）；每個節點都需要自己的鍵</translation>
    </message>
    <message>
        <source>is {value}, which is not a graphology graph type (mixed, directed or undirected)</source>
        <translation>是 {value}，不是 graphology 的圖類型（應為 mixed、directed 或 undirected）</translation>
    </message>
    <message>
        <source>&quot;undirected&quot; is {value}, not JSON&apos;s true or false</source>
        <translation>&quot;undirected&quot; 是 {value}，不是 JSON 的 true 或 false</translation>
    </message>
    <message>
        <source>is not an object with a &quot;key&quot;</source>
        <translation>不是帶有 &quot;key&quot; 的物件</translation>
    </message>
    <message>
        <source>has no &quot;key&quot;: graphology names every node by its key</source>
        <translation>沒有 &quot;key&quot;：graphology 用鍵來指稱每個節點</translation>
    </message>
    <message>
        <source>is not an object with a &quot;source&quot; and a &quot;target&quot;</source>
        <translation>不是帶有 &quot;source&quot; 和 &quot;target&quot; 的物件</translation>
    </message>
    <message>
        <source>has no {end!r}: an edge names the nodes it joins by their keys</source>
        <translation>沒有 {end!r}：邊用鍵寫明它連接的節點</translation>
    </message>
    <message>
        <source>{end!r} names {name!r}, which is the key of no node of the file</source>
        <translation>{end!r} 指向的 {name!r} 不是檔案中任何節點的鍵</translation>
    </message>
    <message>
        <source>node {number} (nodes[{index}])</source>
        <translation>第 {number} 個節點（nodes[{index}]）</translation>
    </message>
    <message>
        <source>edge {number} (edges[{index}])</source>
        <translation>第 {number} 條邊（edges[{index}]）</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Open the desktop app.</source>
        <translation>開啟桌面應用。</translation>
    </message>
    <message>
        <source>a model file (.wtm) to open</source>
        <translation>要開啟的模型檔案（.wtm）</translation>
    </message>
    <message>
        <source>check this installation: open the bundled model, run every scenario, export a workbook; exit 0 when all is well</source>
        <translation>檢查此安裝：開啟自帶模型，執行每個情景，匯出活頁簿；一切正常時退出碼為 0</translation>
    </message>
    <message>
        <source>with --self-test: refuse and report any network access</source>
        <translation>配合 --self-test：拒絕並報告任何網絡訪問</translation>
    </message>
    <message>
        <source>{file}: no such file (and no command of that name: windtunnel --help lists them)</source>
        <translation>{file}：沒有這個檔案（也沒有這個名稱的命令：windtunnel --help 會列出它們）</translation>
    </message>
    <message>
        <source>no display to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands work without one: windtunnel --help lists them</source>
        <translation>沒有可開啟應用的顯示器（DISPLAY 和 WAYLAND_DISPLAY 均未設定）；命令無需顯示器即可使用：windtunnel --help 會列出它們</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>import a model from a workbook, CSV, matrix, Mental Modeler, GraphML, GEXF or expert ratings</source>
        <translation>從活頁簿、CSV、矩陣、Mental Modeler、GraphML、GEXF 或專家評分匯入模型</translation>
    </message>
    <message>
        <source>Import a model from another format and save it as a .wtm model file. The format follows from the file&apos;s extension and content unless --format names it.</source>
        <translation>從其他格式匯入模型並儲存為 .wtm 模型檔案。除非用 --format 指定，格式由檔案擴展名和內容決定。</translation>
    </message>
    <message>
        <source>the file to import (.xlsx, .csv, .mmp, .graphml, .gexf, ...)</source>
        <translation>要匯入的檔案（.xlsx、.csv、.mmp、.graphml、.gexf 等）</translation>
    </message>
    <message>
        <source>the input format (default: from the extension and content)</source>
        <translation>輸入格式（預設：由擴展名和內容決定）</translation>
    </message>
    <message>
        <source>a nodes table (CSV or workbook) to go with an edges table</source>
        <translation>與邊表配套的節點表（CSV 或活頁簿）</translation>
    </message>
    <message>
        <source>the model&apos;s title (default: from the file)</source>
        <translation>模型的標題（預設：取自檔案）</translation>
    </message>
    <message>
        <source>undirected edges (GraphML, GEXF): make each an edge both ways (default), read it one way as written, or refuse the file</source>
        <translation>無向邊（GraphML、GEXF）：每條變為雙向（預設）、按檔案所寫單向讀取，或拒絕該檔案</translation>
    </message>
    <message>
        <source>weights outside [-1, 1]: auto (default) divides every weight by the largest when they are on another scale and refuses a few stray ones among weights within [-1, 1], naming their cells; rescale always divides, refuse refuses the file</source>
        <translation>超出 [-1, 1] 的權重：auto（預設）在權重使用另一種尺度時把每個權重除以最大值，在範圍內的權重中只有少數超出時拒絕並指出其儲存格；rescale 總是相除，refuse 拒絕該檔案</translation>
    </message>
    <message>
        <source>an edge listed more than once (the same From and To): add its weights (default, as Gephi does), take their mean, or refuse the file; a sum outside [-1, 1] is refused unless the file&apos;s weights are outside [-1, 1] anyway (a graph file&apos;s parallel edges told apart by a kind or a label are held at -1 or 1)</source>
        <translation>被列出不止一次的邊（From 和 To 相同）：把權重相加（預設，與 Gephi 相同）、取平均值，或拒絕該檔案；除非檔案的權重本來就超出 [-1, 1]，否則超出 [-1, 1] 的和會被拒絕（圖檔案中按類型或標籤區分的平行邊會被限定為 -1 或 1）</translation>
    </message>
    <message>
        <source>a name in the edges, not a node yet, close to another node&apos;s name (a likely typing slip): make it a node of its own, with a note naming both (default), or refuse the file at its cell</source>
        <translation>邊中尚不是節點的名稱與另一個節點的名稱相近時（很可能是輸入錯誤）：讓它成為單獨的節點，並在備註中指出兩者（預設），或在其儲存格處拒絕該檔案</translation>
    </message>
    <message>
        <source>three rows of three numbers without a header (1,2,0.5), which read both as three edges and as a 3 x 3 matrix: read them as edges (From, To, Weight) or as a matrix; auto (default) refuses such a file, naming both</source>
        <translation>沒有表頭、三行各三個數字（1,2,0.5），既可讀作三條邊也可讀作 3 x 3 矩陣的檔案：讀作邊（From、To、Weight）或讀作矩陣；auto（預設）拒絕這樣的檔案，並寫明兩種讀法</translation>
    </message>
    <message>
        <source>a workbook with no sheet named Nodes or Elements and several sheets whose Label column lists the nodes the edges join: the one to read as the nodes (default: the one such sheet; several are refused, named)</source>
        <translation>沒有名為 Nodes 或 Elements 的工作表、而有多個工作表的 Label 欄列出邊所連接的節點的活頁簿：要讀作節點的工作表（預設：只有一個這樣的工作表時讀取它；有多個時拒絕並列出其名稱）</translation>
    </message>
    <message>
        <source>a workbook with one matrix or rating sheet per participant: keep every sheet as a participant (default: keep), import only their aggregate, or only the named sheet</source>
        <translation>每位參與者一個矩陣或評分工作表的活頁簿：將每個工作表保留為參與者（預設：keep）、只匯入其彙總，或只匯入指定的工作表</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>imported {file} ({format}) → {output}</source>
        <translation>已匯入 {file}（{format}）→ {output}</translation>
    </message>
</context>
<context>
    <name>import choices</name>
    <message>
        <source>both</source>
        <translation>雙向</translation>
    </message>
    <message>
        <source>as-written</source>
        <translation>按檔案所寫的方向</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>rescale</source>
        <translation>重新縮放</translation>
    </message>
    <message>
        <source>add</source>
        <translation>權重相加</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>權重取平均</translation>
    </message>
    <message>
        <source>create</source>
        <translation>各成一個節點</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>每個工作表作為一位參與者</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>僅保留聚合</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>邊列表</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>矩陣</translation>
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
        <translation>必須是 &apos;keep&apos;、&apos;aggregate&apos; 或工作表名稱</translation>
    </message>
    <message>
        <source>weights range up to {largest:g}, outside [-1, 1]</source>
        <translation>權重最大到 {largest:g}，超出 [-1, 1]</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1], where the other weights are: a typing slip? correct it; if the weights are on another scale, {rescale}</source>
        <translation>{weight:g} 超出 [-1, 1]，而其他權重都在範圍內：是輸入錯誤嗎？請更正；如果這些權重採用另一種尺度，請{rescale}</translation>
    </message>
    <message>
        <source>{headerless!r} is not one of {headerless_choices}</source>
        <translation>{headerless!r} 不是 {headerless_choices} 之一</translation>
    </message>
    <message>
        <source>must be &apos;auto&apos; or a sheet name</source>
        <translation>必須是 &apos;auto&apos; 或工作表名稱</translation>
    </message>
    <message>
        <source>rows of numbers without a header</source>
        <translation>沒有表頭的數字行</translation>
    </message>
    <message>
        <source>the sheet of nodes</source>
        <translation>節點工作表</translation>
    </message>
    <message>
        <source>weights range up to {largest:g}, outside [-1, 1]; rescale them first or {rescale}</source>
        <translation>權重最大為 {largest:g}，超出 [-1, 1]；請先縮放它們，或{rescale}</translation>
    </message>
    <message>
        <source>weights ranged up to {largest:g}: all were divided by {largest:g} to fit [-1, 1] (strongest edge = 1)</source>
        <translation>權重最大到 {largest:g}：所有權重都已除以 {largest:g} 以落入 [-1, 1]（最強的邊 = 1）</translation>
    </message>
    <message>
        <source>import the file again and choose “Rescale” when Windtunnel asks about these weights</source>
        <translation>重新匯入該檔案，並在 Windtunnel 詢問這些權重時選擇「重新縮放」</translation>
    </message>
    <message>
        <source>import with --weights rescale</source>
        <translation>使用 --weights rescale 匯入</translation>
    </message>
    <message>
        <source>1 weight is outside [-1, 1] where the others are within it, which looks like a typing slip: {shown}</source>
        <translation>其他權重都在 [-1, 1] 內，只有 1 個權重超出，看來像輸入錯誤：{shown}</translation>
    </message>
    <message>
        <source>{strays} weights are outside [-1, 1] where the others are within it, which looks like typing slips: {shown}</source>
        <translation>其他權重都在 [-1, 1] 內，有 {strays} 個權重超出，看來像輸入錯誤：{shown}</translation>
    </message>
    <message>
        <source>{weight:g} is outside the range {range} that the column&apos;s header {header} states; correct the weight or the header</source>
        <translation>{weight:g} 超出欄標題 {header} 所寫的範圍 {range}；請更正權重或欄標題</translation>
    </message>
    <message>
        <source>the column&apos;s header {header} states the range {range}: every weight was divided by {scale:g}, so a weight of {scale:g} became 1</source>
        <translation>欄標題 {header} 寫明了範圍 {range}：所有權重都已除以 {scale:g}，權重 {scale:g} 變為 1</translation>
    </message>
    <message>
        <source>{weight:g} is more than {ratio:,} times any other weight (the next largest is {next:g}): divided by it, every other weight would be nearly 0; correct it, or rescale the weights yourself</source>
        <translation>{weight:g} 超過其他任何權重的 {ratio:,} 倍（次大的是 {next:g}）：除以它之後，其他權重都會接近 0；請更正它，或自行換算權重</translation>
    </message>
    <message>
        <source>{weight:g} is more than {ratio:,} times the smallest weight ({smallest:g}): divided by it, the smallest would be too small to show in any result; rescale the weights yourself (a logarithm keeps such counts apart)</source>
        <translation>{weight:g} 超過最小權重（{smallest:g}）的 {ratio:,} 倍：除以它之後，最小的權重會小到在任何結果中都看不出來；請自行換算權重（取對數可以保留這類計數之間的差別）</translation>
    </message>
    <message>
        <source>Imported from {source} ({format})</source>
        <translation>從 {source}（{format}）匯入</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一個檔案</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>未作任何更改</translation>
    </message>
    <message>
        <source>{choice}: {value}</source>
        <translation>{choice}：{value}</translation>
    </message>
    <message>
        <source>undirected edges</source>
        <translation>無向邊</translation>
    </message>
    <message>
        <source>weights outside [-1, 1]</source>
        <translation>超出 [-1, 1] 的權重</translation>
    </message>
    <message>
        <source>repeated edges</source>
        <translation>重複的邊</translation>
    </message>
    <message>
        <source>participant sheets</source>
        <translation>參與者工作表</translation>
    </message>
    <message>
        <source>names close to another</source>
        <translation>與其他名稱相近的名稱</translation>
    </message>
    <message>
        <source>{head}. {changes}.</source>
        <translation>{head}。{changes}。</translation>
    </message>
    <message>
        <source> Choices: {choices}.</source>
        <translation>選擇：{choices}。</translation>
    </message>
</context>
<context>
    <name>incognitive</name>
    <message>
        <source>InCognitive&apos;s lag 1 is the next step: each delay is the lag minus 1</source>
        <translation>InCognitive 的滯後 1 即下一步：每個延遲為滯後減 1</translation>
    </message>
    <message>
        <source>{zero} edge{zero2} lag 0, read as delay 0</source>
        <translation>{zero} 條邊的滯後為 0，按延遲 0 讀取</translation>
    </message>
    <message>
        <source>self-feedback weights are not kept: Windtunnel&apos;s inference rule sets each node&apos;s memory term</source>
        <translation>自反饋權重未保留：Windtunnel 的推理規則會設定每個節點的記憶項</translation>
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
        <translation>每個都是邊列表（有 From 和 To 欄），且都不叫 Edges；Windtunnel 只讀取其中一個，會丟掉其他工作表的行：請把要讀取的工作表命名為 Edges，或把各行移到同一個工作表（隱藏的工作表也計算在內）</translation>
    </message>
    <message>
        <source>{name} files are not read: save the graph as GraphML or GEXF (Gephi, yEd, networkx and igraph write them) and import that</source>
        <translation>不讀取 {name} 檔案：請將圖另存為 GraphML 或 GEXF（Gephi、yEd、networkx 和 igraph 都能寫出），再匯入</translation>
    </message>
    <message>
        <source>EcoModeler files (.emp) are not read; Windtunnel reads Mental Modeler&apos;s .mmp files</source>
        <translation>不讀取 EcoModeler 檔案（.emp）；Windtunnel 讀取的是 Mental Modeler 的 .mmp 檔案</translation>
    </message>
    <message>
        <source>old binary Excel files (.xls) are not supported; save the file as .xlsx</source>
        <translation>不支援舊的二進位 Excel 檔案（.xls）；請將檔案另存為 .xlsx</translation>
    </message>
    <message>
        <source>{name} files are not read: save the spreadsheet as an Excel workbook (.xlsx) and import that</source>
        <translation>不讀取 {name} 檔案：請把試算表另存為 Excel 活頁簿（.xlsx）後匯入</translation>
    </message>
    <message>
        <source>{name} files are not read: in Cytoscape, export the network as GraphML (File &gt; Export &gt; Network to File) and import that</source>
        <translation>不讀取 {name} 檔案：請在 Cytoscape 中將網絡匯出為 GraphML（File &gt; Export &gt; Network to File），再匯入該檔案</translation>
    </message>
    <message>
        <source>cannot tell the format of a {suffix} file; name one with --format ({import_formats})</source>
        <translation>無法判斷 {suffix} 檔案的格式；請用 --format 指定一個（{import_formats}）</translation>
    </message>
    <message>
        <source>{fmt!r} is not one of {import_formats}</source>
        <translation>{fmt!r} 不是 {import_formats} 之一</translation>
    </message>
    <message>
        <source>titled {title!r} as the file names its map (rather than after the file&apos;s name)</source>
        <translation>按檔案為其地圖所起的名稱，標題定為 {title!r}（而不是按檔案名稱）</translation>
    </message>
    <message>
        <source>holds no nodes: there is nothing to import</source>
        <translation>沒有任何節點：沒有可匯入的內容</translation>
    </message>
    <message>
        <source>holds no edges: every node came in unconnected, so a scenario moves its levers alone; a nodes table (as Gephi and Kumu export one beside their edges table) is read with its edges: put both in one workbook as sheets Nodes and Edges, or import the edges file with this one as its nodes file (windtunnel import EDGES --nodes NODES)</source>
        <translation>沒有邊：每個節點都是孤立匯入的，因此情景只會改變它的槓桿；節點表（Gephi 和 Kumu 在邊表旁另行匯出的那種）要與其邊一起讀取：把兩者放進同一個活頁簿的 Nodes 和 Edges 工作表，或匯入邊檔案並以本檔案作為其節點檔案（windtunnel import EDGES --nodes NODES）</translation>
    </message>
    <message>
        <source>the folder holds no .csv files</source>
        <translation>該資料夾中沒有 .csv 檔案</translation>
    </message>
    <message>
        <source>the output name is empty; nothing was written</source>
        <translation>輸出名稱為空；未寫入任何內容</translation>
    </message>
    <message>
        <source>{path}: an export is not a model file, so it is not written under a .wtm name; nothing was written (use .xlsx, .graphml, .csv or a folder name)</source>
        <translation>{path}：匯出的不是模型檔案，因此不以 .wtm 名稱寫入；未寫入任何內容（請使用 .xlsx、.graphml、.csv 或資料夾名稱）</translation>
    </message>
    <message>
        <source>{path}: its name ends in {suffix}, which names the {named} format, not {fmt}; nothing was written (rename it, or leave --format out)</source>
        <translation>{path}：名稱以 {suffix} 結尾，表示的是 {named} 格式，而不是 {fmt}；未寫入任何內容（請改名，或去掉 --format）</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link to {target}, which does not exist; CSV tables are written into a folder, so nothing was written</source>
        <translation>{path}：是指向不存在的 {target} 的符號連結；CSV 表格寫入資料夾中，因此未寫入任何內容</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一個檔案</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a folder; CSV tables are written into a folder, so nothing was written (name a folder, or give a suffix such as .xlsx)</source>
        <translation>{path}：這是{kind}，不是資料夾；CSV 表格寫入資料夾，因此未寫入任何內容（請指定資料夾名稱，或加上 .xlsx 等副檔名）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({strerror})</source>
        <translation>{path}：無法建立資料夾（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: {fmt!r} is not an export format ({export_formats})</source>
        <translation>{path}：{fmt!r} 不是匯出格式（{export_formats}）</translation>
    </message>
    <message>
        <source>{path}: cannot tell the export format from {suffix!r}; use .xlsx, .graphml, .csv (weight matrix) or a folder name (CSV tables)</source>
        <translation>{path}：無法從 {suffix!r} 判斷匯出格式；請使用 .xlsx、.graphml、.csv（權重矩陣）或資料夾名（CSV 表）</translation>
    </message>
    <message>
        <source>not read: {sheets}, marked “(ignore)” in the name, Kumu&apos;s mark for a sheet that stays in the workbook but is not imported</source>
        <translation>未讀取：{sheets}，其名稱中帶有「(ignore)」，這是 Kumu 用來標記留在活頁簿中但不匯入的工作表的記號</translation>
    </message>
    <message>
        <source>every sheet is marked “(ignore)” in its name ({sheets}), so there is nothing to import: take the mark out of the names of the sheets to read</source>
        <translation>每個工作表的名稱中都帶有「(ignore)」標記（{sheets}），因此沒有可匯入的內容：請從要讀取的工作表名稱中去掉該標記</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <source>Expecting value</source>
        <translation>此處應有一個值</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>應為以雙引號括住的屬性名稱</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>應為分隔符「,」</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>應為分隔符「：」</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>末尾有多餘的資料</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>字串沒有結束</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>無效的控制字元</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>無效的跳脫序列（\）</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>無效的 \uXXXX 跳脫序列</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>物件結束前多了一個逗號</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>陣列結束前多了一個逗號</translation>
    </message>
    <message>
        <source>the file ends early: it looks cut off (by an interrupted copy, download or save?) and cannot be read whole</source>
        <translation>檔案提前結束：它似乎被截斷了（複製、下載或儲存被中斷？），無法完整讀取</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object; which value is meant cannot be told: remove or rename one</source>
        <translation>鍵 {key} 在同一個物件中出現了兩次，無法判斷要用哪個值：請刪除其中一個或為其改名</translation>
    </message>
</context>
<context>
    <name>json_rows</name>
    <message>
        <source>not a list of edges: Windtunnel reads a JSON list of objects, each with its &quot;source&quot; and &quot;target&quot;</source>
        <translation>不是邊的列表：Windtunnel 讀取的是 JSON 物件列表，每個物件都帶有 &quot;source&quot; 和 &quot;target&quot;</translation>
    </message>
    <message>
        <source>is not an object with a &quot;source&quot; and a &quot;target&quot;</source>
        <translation>不是帶有 &quot;source&quot; 和 &quot;target&quot; 的物件</translation>
    </message>
</context>
<context>
    <name>jsontext</name>
    <message>
        <source>the file starts with a UTF-16 byte-order mark but is not valid UTF-16 text</source>
        <translation>檔案以 UTF-16 位元組順序標記開頭，但不是有效的 UTF-16 文字</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>檔案不是 UTF-8 文字</translation>
    </message>
    <message>
        <source>not valid JSON ({msg})</source>
        <translation>不是有效的 JSON（{msg}）</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <translation>不是有效的 JSON（嵌套過深）</translation>
    </message>
</context>
<context>
    <name>kumu</name>
    <message>
        <source>a second element with id {key!r}: each element needs an id of its own</source>
        <translation>第二個 id 為 {key!r} 的 element：每個 element 都需要自己的 id</translation>
    </message>
    <message>
        <source>has no {end!r}: a connection names the elements it joins</source>
        <translation>沒有 {end!r}：連接要寫明它連接的元素</translation>
    </message>
    <message>
        <source>{end!r} names {name!r}, the label of {count} elements ({nodes}): which one the connection joins is not the importer&apos;s to guess; give the elements ids and name the one meant by its id</source>
        <translation>{end!r} 指向的 {name!r} 是 {count} 個元素的標籤（{nodes}）：連接的是哪一個，不由匯入來猜測；請給元素加上 id，並用 id 寫明所指的那個</translation>
    </message>
    <message>
        <source>{direction!r} is not a direction Windtunnel reads: directed, undirected or mutual</source>
        <translation>{direction!r} 不是 Windtunnel 能讀取的方向：應為 directed、undirected 或 mutual</translation>
    </message>
    <message>
        <source>its {flag!r} flag: {problem}</source>
        <translation>標記 {flag!r}：{problem}</translation>
    </message>
    <message>
        <source>a Kumu project backup (Export to JSON) is not read: it holds every map and view of the project and its trash, and does not say which elements are on the map you mean; in Kumu, open that map, choose Export to XLSX with nothing selected, and import the workbook</source>
        <translation>不讀取 Kumu 項目備份（Export to JSON）：它包含項目的所有圖和檢視以及回收站，卻不說明你要的圖上有哪些 element；請在 Kumu 中打開那張圖，在不選取任何內容時選擇 Export to XLSX，再匯入該活頁簿</translation>
    </message>
    <message>
        <source>not a Kumu blueprint: Windtunnel reads JSON with a list of &quot;elements&quot; and a list of &quot;connections&quot;</source>
        <translation>不是 Kumu 的 blueprint：Windtunnel 讀取含有 &quot;elements&quot; 列表和 &quot;connections&quot; 列表的 JSON</translation>
    </message>
    <message>
        <source>is not an object of fields</source>
        <translation>不是由欄位組成的物件</translation>
    </message>
    <message>
        <source>element {number} (elements[{index}])</source>
        <translation>第 {number} 個元素（elements[{index}]）</translation>
    </message>
    <message>
        <source>connection {number} (connections[{index}])</source>
        <translation>第 {number} 條連接（connections[{index}]）</translation>
    </message>
    <message>
        <source>{count} connection{s} marked reversed (Kumu&apos;s reverse direction) became an edge from its &apos;to&apos; element to its &apos;from&apos; element, the way its arrow points</source>
        <translation>{count} 條標為反向的連接（Kumu 的「反轉方向」）按其箭頭所指，成為從其 &apos;to&apos; 元素指向其 &apos;from&apos; 元素的邊</translation>
    </message>
    <message>
        <source>{count} connection{s} marked delayed (Kumu&apos;s delay marking, which gives no length) got a delay of {delay} step, the shortest: set a longer delay on the edges where the effect takes longer</source>
        <translation>{count} 條標有延遲的連接（Kumu 的延遲標記，不給出時長）得到了最短的 {delay} 步延遲：對效果需要更久才顯現的邊，請設定更長的延遲</translation>
    </message>
    <message>
        <source>added {count} node{s} that only connections name, no element: {names}</source>
        <translation>添加了 {count} 個只有連接提到、沒有元素的節點：{names}</translation>
    </message>
    <message>
        <source>did not read {count} Kumu loop{s}: a loop marks connections the map holds already</source>
        <translation>沒有讀取 {count} 個 Kumu 迴路：迴路只是標記圖中已有的連接</translation>
    </message>
</context>
<context>
    <name>label_lines</name>
    <message>
        <source>line breaks in {count:,} label(s) became spaces: a label is one line (descriptions keep their breaks)</source>
        <translation>{count:,} 個標籤中的換行已改為空格：標籤只佔一行（描述保留其換行）</translation>
    </message>
    <message>
        <source>{count:,} label(s) hold line breaks, kept as the file has them: the map shows such a label on one line, its breaks as spaces; edit it to make it one line everywhere</source>
        <translation>{count:,} 個標籤含有換行，已按檔案原樣保留：地圖把這樣的標籤顯示為一行，換行顯示為空格；要令它在各處都只佔一行，請編輯該標籤</translation>
    </message>
</context>
<context>
    <name>lever_range</name>
    <message>
        <source>“{scenario}” sets “{lever}” to {value:g}</source>
        <translation>「{scenario}」把「{lever}」設為 {value:g}</translation>
    </message>
    <message>
        <source>“{node}” starts at {value:g}</source>
        <translation>「{node}」從 {value:g} 開始</translation>
    </message>
    <message>
        <source>{count:,} more</source>
        <translation>另有 {count:,} 項</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{count:,} lever value(s) or initial level(s) are outside [{low:g}, {high:g}], the levels the {activation} activation gives a node, kept as the file has them: {named}. Set them within the range, or choose an activation whose levels include them</source>
        <translation>{count:,} 個槓桿值或初始水平超出了 {activation} 激活函數給節點的水平 [{low:g}, {high:g}]，按檔案原樣保留：{named}。請把它們設在範圍內，或選擇一個水平包含這些值的激活函數</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>{node} pulsed to {value} at {unit} {step}</source>
        <translation>{node} 在第 {step} {unit}脈衝至 {value}</translation>
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
        <translation>邊 {source} → {target} 權重 {weight}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>no levers set</source>
        <translation>未設定槓桿</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>{new!r} is not a number in [-1, 1]</source>
        <translation>{new!r} 不是 [-1, 1] 中的數</translation>
    </message>
</context>
<context>
    <name>locations</name>
    <message>
        <source>byte {byte}</source>
        <translation>位元組 {byte}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 欄</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>line {line}, byte {byte}</source>
        <translation>第 {line} 行，第 {byte} 位元組</translation>
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
        <translation>{row}（從檔案第 {line} 行開始）</translation>
    </message>
    <message>
        <source>row {row} (starting on line {line})</source>
        <translation>第 {row} 行（從檔案第 {line} 行開始）</translation>
    </message>
    <message>
        <source>file {place}</source>
        <translation>檔案 {place}</translation>
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
        <translation>第 {place} 對</translation>
    </message>
    <message>
        <source>entry {place}</source>
        <translation>第 {place} 項</translation>
    </message>
    <message>
        <source>column {place}</source>
        <translation>欄 {place}</translation>
    </message>
    <message>
        <source>node {place}</source>
        <translation>節點 {place}</translation>
    </message>
    <message>
        <source>edge {place}</source>
        <translation>邊 {place}</translation>
    </message>
    <message>
        <source>attribute {place}</source>
        <translation>屬性 {place}</translation>
    </message>
    <message>
        <source>sheets {place}</source>
        <translation>工作表 {place}</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>lookalikes</name>
    <message>
        <source>letter {position} of {name!r} is the Cyrillic {letter!r}, which looks like the Latin {latin!r}</source>
        <translation>{name!r} 的第 {position} 個字母是西里爾字母 {letter!r}，看起來和拉丁字母 {latin!r} 一樣</translation>
    </message>
    <message>
        <source>letter {position} of {name!r} is the Greek {letter!r}, which looks like the Latin {latin!r}</source>
        <translation>{name!r} 的第 {position} 個字母是希臘字母 {letter!r}，看起來和拉丁字母 {latin!r} 一樣</translation>
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
        <translation>列出模型的反饋迴路</translation>
    </message>
    <message>
        <source>List the feedback loops of a model with their polarity, length and gain, strongest first.</source>
        <translation>列出模型的反饋迴路及其極性、長度和增益，最強的在前。</translation>
    </message>
    <message>
        <source>longest loop searched, in nodes (default 12)</source>
        <translation>搜尋的最長迴路，以節點數計（預設 12）</translation>
    </message>
    <message>
        <source>stop after this many loops (default 10000)</source>
        <translation>找到這麼多回路後停止（預設 10000）</translation>
    </message>
    <message>
        <source>loops printed (default 50)</source>
        <translation>輸出的迴路數（預設 50）</translation>
    </message>
    <message>
        <source>stop the loop search after this many seconds (and say so)</source>
        <translation>迴路搜尋超過這麼多秒後停止（並説明）</translation>
    </message>
    <message>
        <source>show the dominant loop per node over time in --scenario</source>
        <translation>顯示 --scenario 中每個節點隨時間的主導迴路</translation>
    </message>
    <message>
        <source>the scenario for --over-time (id or label)</source>
        <translation>--over-time 的情景（id 或標籤）</translation>
    </message>
    <message>
        <source>a node for --over-time, by id or label (repeatable; default: the objectives&apos; nodes)</source>
        <translation>--over-time 的節點，按 ID 或標籤指定（可重複；預設：各目標的節點）</translation>
    </message>
    <message>
        <source>--{option}: must be at least 1</source>
        <translation>--{option}：至少為 1</translation>
    </message>
    <message>
        <source>--time-budget: must be a number of seconds above 0</source>
        <translation>--time-budget：必須是大於 0 的秒數</translation>
    </message>
    <message>
        <source>--over-time needs --scenario</source>
        <translation>--over-time 需要 --scenario</translation>
    </message>
    <message>
        <source>loops</source>
        <translation>迴路</translation>
    </message>
    <message>
        <source>{file}: {count} feedback loop{s} ({reinforcing} reinforcing, {reinforcing2} balancing); {note}</source>
        <translation>{file}：{count} 個反饋迴路（{reinforcing} 個增強，{reinforcing2} 個平衡）；{note}</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>極性</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>延遲</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>  ... and {top} more (--top to list more)</source>
        <translation>  ……另有 {top} 個（用 --top 列出更多）</translation>
    </message>
    <message>
        <source>dominant loop over time in scenario {id} ({label}); share = the loop&apos;s part of the loops&apos; absolute scores:</source>
        <translation>情景 {id}（{label}）中隨時間佔主導的迴路；佔比 = 該迴路在各迴路絕對得分中所佔的部分：</translation>
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
        <translation>沒有迴路傳遞變化</translation>
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
        <translation>另有 {count} 張圖有與上面類似的説明：{maps}</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>{count} cell{s} held NA (R&apos;s missing value): read as no influence</source>
        <translation>{count} 個儲存格為 NA（R 的缺失值）：按無影響讀取</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names})</source>
        <translation>{count} 個參與者工作表（{names}）</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names}): imported only sheet {name!r}, as asked</source>
        <translation>{count} 個參與者工作表（{names}）：按要求只匯入了工作表 {name!r}</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s: the sheets {names} hold the bounds of one map&apos;s weights, cell by cell, so each names the same nodes in the same order</source>
        <translation>其節點標籤與工作表 {first_name!r} 的不同：工作表 {names} 逐格存放同一張圖的權重範圍，因此每張都須按相同次序列出相同的節點</translation>
    </message>
    <message>
        <source>each edge&apos;s weight is its mode</source>
        <translation>每條邊的權重取其眾數（三角形的頂點）</translation>
    </message>
    <message>
        <source>each edge&apos;s weight is the midpoint of its bounds</source>
        <translation>每條邊的權重取其上下限的中點</translation>
    </message>
    <message>
        <source>sheets {names} hold the lower and upper bounds of each weight, cell by cell: {rule}, its range lower to upper</source>
        <translation>工作表 {names} 逐格存放每個權重的下限和上限：{rule}，其範圍為下限至上限</translation>
    </message>
    <message>
        <source>no participant sheet called {name!r} (sheets: {names})</source>
        <translation>沒有名為 {name!r} 的參與者工作表（工作表：{names}）</translation>
    </message>
    <message>
        <source>{names}, ... ({count} in all)</source>
        <translation>{names}、……（共 {count} 個）</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s; import the file again and choose one sheet when Windtunnel asks about the participant sheets</source>
        <translation>其節點標籤與工作表 {first_name!r} 的不同；請重新匯入該檔案，並在 Windtunnel 詢問參與者工作表時選擇一個工作表</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s; import one sheet with --participants SHEET</source>
        <translation>其節點標籤與工作表 {first_name!r} 的不同；請用 --participants SHEET 匯入單個工作表</translation>
    </message>
    <message>
        <source>each sheet is a participant of the model</source>
        <translation>每個工作表都是模型的一位參與者</translation>
    </message>
    <message>
        <source>the sheets were not kept as participants (import the file again and choose “Every sheet as a participant” when Windtunnel asks about the sheets)</source>
        <translation>工作表未作為參與者保留（重新匯入該檔案，並在 Windtunnel 詢問這些工作表時選擇「每個工作表作為一位參與者」）</translation>
    </message>
    <message>
        <source>the sheets were not kept as participants (import with --participants keep)</source>
        <translation>工作表未作為參與者保留（請用 --participants keep 匯入）</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names}): the weights are their mean (an edge a participant did not draw counts as 0); {kept}</source>
        <translation>{count} 個參與者工作表（{names}）：權重為它們的均值（參與者未畫出的邊計為 0）；{kept}</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1]</source>
        <translation>{weight:g} 超出 [-1, 1]</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1] (to divide every weight by the largest, {rescale})</source>
        <translation>{weight:g} 超出 [-1, 1]（要將每個權重除以最大值，請{rescale}）</translation>
    </message>
    <message>
        <source>skipped {diagonal} self-influence{s} on the diagonal</source>
        <translation>跳過了對角線上的 {diagonal} 個自影響</translation>
    </message>
    <message>
        <source>the {count:,} x {count2:,} matrix has {filled:,} filled cells (edges); an import makes at most {edges:,} edges</source>
        <translation>{count:,} x {count2:,} 矩陣有 {filled:,} 個非空儲存格（邊）；一次匯入最多生成 {edges:,} 條邊</translation>
    </message>
    <message>
        <source>the matrix has labels across the top only: row {first} was read as the first node&apos;s influences, each row after it as the next node&apos;s</source>
        <translation>矩陣只有頂部的標籤：第 {first} 行讀作第一個節點的影響，其後每行依次讀作下一個節點的影響</translation>
    </message>
    <message>
        <source>the row is blank: read as the row of {label!r}, whose place it is below the labels across the top (a node that influences none)</source>
        <translation>該行為空：按頂部標籤的次序，這一位置是 {label!r} 的行，已照此讀取（一個不影響任何節點的節點）</translation>
    </message>
    <message>
        <source>the matrix has no labels: its {count} nodes were named C1, C2, ... in row order</source>
        <translation>矩陣沒有標籤：其 {count} 個節點按行序命名為 C1、C2……</translation>
    </message>
    <message>
        <source>a node&apos;s row and column have a blank label: it was named {unnamed!r}</source>
        <translation>某節點的行和欄標籤為空：已命名為 {unnamed!r}</translation>
    </message>
    <message>
        <source>left out {count:,} edge{s} of weight 0, which a matrix cannot tell from no edge: {edges} (export a workbook or CSV tables to keep every edge)</source>
        <translation>省略了 {count:,} 條權重為 0 的邊（矩陣無法把它們與沒有邊區分開）：{edges}（要保留每條邊，請匯出活頁簿或 CSV 表）</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but no row is labelled {label!r}: add that row (zeros where it influences nothing) or remove the column</source>
        <translation>欄 {column} 含有數字，但沒有標為 {label!r} 的行：請加入該行（不產生影響的地方填 0）或刪除該欄</translation>
    </message>
    <message>
        <source>labels across the top name {count} nodes, but below them are {rows} rows of numbers and a blank row at row {blank}, {missing} short: without labels down the side, each node&apos;s row is in the order of the labels (a blank row for a node that influences none); write the missing rows, or the labels down column A too</source>
        <translation>頂部的標籤列出了 {count} 個節點，但其下只有 {rows} 行數字和第 {blank} 行的空行，少了 {missing} 行：左側沒有標籤時，各節點的行按標籤的次序排列（不影響任何節點的節點為空行）；請補上缺少的行，或在 A 欄也寫上標籤</translation>
    </message>
    <message>
        <source>labels across the top name {count} nodes, but below them are {rows} rows of numbers, {missing} short: without labels down the side, each node&apos;s row is in the order of the labels, so the last node&apos;s row must be written (its zeros, if it influences none); write the missing row, or the labels down column A too</source>
        <translation>頂部的標籤列出了 {count} 個節點，但其下只有 {rows} 行數字，少了 {missing} 行：左側沒有標籤時，各節點的行按標籤的次序排列，所以最後一個節點的行也必須寫出（若它不影響任何節點，就寫一行 0）；請補上缺少的行，或在 A 欄也寫上標籤</translation>
    </message>
    <message>
        <source>labels across the top and a row of numbers for each, but this cell on the diagonal is not 0: a matrix without labels down the side (its nodes influencing themselves) or a table of states over {count} steps? To read it as a matrix, write the labels down column A too</source>
        <translation>頂端有標籤、每個標籤下各有一行數字，但對角線上的這個儲存格不是 0：這是左側沒有標籤的矩陣（節點影響自身），還是 {count} 步的狀態表？要作為矩陣讀取，請在 A 欄也寫上標籤</translation>
    </message>
    <message>
        <source>a blank label among the {where}</source>
        <translation>{where}中有空白標籤</translation>
    </message>
    <message>
        <source>the label {text!r} heads {count} columns ({columns}); each node has one column: rename or remove the others</source>
        <translation>標籤 {text!r} 是 {count} 欄（{columns}）的表頭；每個節點只有一欄：請重新命名或刪除其他欄</translation>
    </message>
    <message>
        <source>the label {text!r} heads {count} rows ({rows}); each node has one row: rename or remove the others</source>
        <translation>標籤 {text!r} 是 {count} 行（{rows}）的行標題；每個節點只有一行：請重新命名或刪除其他行</translation>
    </message>
    <message>
        <source>is not a square matrix: {count} columns and {count2} rows; the row and column labels differ (rows only: {only_rows}; columns only: {only_columns})</source>
        <translation>不是方陣：{count} 欄 {count2} 行；行標籤與欄標籤不同（僅在行中：{only_rows}；僅在欄中：{only_columns}）</translation>
    </message>
    <message>
        <source>true/false column {names} became tags of the nodes marked true</source>
        <translation>真／假欄 {names} 已成為標為真的節點的標籤</translation>
    </message>
    <message>
        <source>true/false columns {names} became tags of the nodes marked true</source>
        <translation>真／假欄 {names} 已成為標為真的節點的標籤</translation>
    </message>
    <message>
        <source>column {names} (not a node) was not kept</source>
        <translation>欄 {names}（不是節點）未保留</translation>
    </message>
    <message>
        <source>columns {names} (not nodes) were not kept</source>
        <translation>欄 {names}（不是節點）未保留</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but no row is labelled {label!r}, and row {blank} is blank: write that row there, its label in column A (and zeros where it influences nothing), or remove the column</source>
        <translation>欄 {column} 中有數字，但沒有標籤為 {label!r} 的行，且第 {blank} 行為空：請在那裏寫出該行（A 欄寫標籤，不影響任何節點的地方寫 0），或刪除該欄</translation>
    </message>
    <message>
        <source>the corner cell is blank, and the numbers across the top ({labels}) are those down the side: they may be the labels of {count} nodes or the weights of a matrix without labels; write the map&apos;s title (or any word) in the corner cell to read them as labels, or 0 to read every cell as a weight</source>
        <translation>角落儲存格為空，且頂端的數字（{labels}）與左側的相同：它們可能是 {count} 個節點的標籤，也可能是無標籤矩陣的權重；要作為標籤讀取，請在角落儲存格中寫入地圖標題（或任何字詞）；要把每個儲存格都作為權重讀取，請寫入 0</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but has no label in the first row: add the label of its node (and its row), or remove the cells</source>
        <translation>欄 {column} 含有數字，但第一行中沒有它的標籤：請加入其節點的標籤（以及該節點的行），或刪除這些儲存格</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the row {label!r} is labelled as a total, but holds {value:g} where the nodes&apos; weights in this column add up to {total:g}: correct or remove the row (if {label!r} is a node, give it another label)</source>
        <translation>行 {label!r} 的標籤表明它是合計，但此欄各節點權重之和為 {total:g}，這裏卻是 {value:g}：請更正或刪除該行（若 {label!r} 是節點，請給它換一個標籤）</translation>
    </message>
    <message>
        <source>the column {label!r} is labelled as a total, but holds {value:g} where the node&apos;s weights in this row add up to {total:g}: correct or remove the column (if {label!r} is a node, give it another label)</source>
        <translation>欄 {label!r} 的標籤表明它是合計，但此行該節點權重之和為 {total:g}，這裏卻是 {value:g}：請更正或刪除該欄（若 {label!r} 是節點，請給它換一個標籤）</translation>
    </message>
    <message>
        <source>left out as totals, not read as nodes, each labelled so and holding the sums of the nodes&apos; weights: {places}</source>
        <translation>以下各項的標籤表明是合計，且存有各節點權重之和，已作為合計略去，未讀作節點：{places}</translation>
    </message>
    <message>
        <source>the total row and the total column meet here, and {value:g} is neither blank, 0 nor the sum of every weight ({total:g}): correct or clear the cell</source>
        <translation>合計行與合計欄在此相交，而 {value:g} 既非空白、也非 0，也不是所有權重之和（{total:g}）：請更正或清空該儲存格</translation>
    </message>
</context>
<context>
    <name>mentalmodeler</name>
    <message>
        <source>not a Mental Modeler project (no list of concepts)</source>
        <translation>不是 Mental Modeler 項目（沒有概念列表）</translation>
    </message>
    <message>
        <source>not a Mental Modeler project (neither JSON nor XML)</source>
        <translation>不是 Mental Modeler 項目（既不是 JSON 也不是 XML）</translation>
    </message>
    <message>
        <source>the XML root is &lt;{tag}&gt;, not &lt;mentalModeler&gt;</source>
        <translation>XML 根元素是 &lt;{tag}&gt;，而不是 &lt;mentalModeler&gt;</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是物件</translation>
    </message>
    <message>
        <source>Concept {key}</source>
        <translation>概念 {key}</translation>
    </message>
    <message>
        <source>a second concept with id {key!r}</source>
        <translation>第二個 id 為 {key!r} 的概念</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>單位：{units}</translation>
    </message>
    <message>
        <source>relationships is not a list</source>
        <translation>relationships 不是列表</translation>
    </message>
    <message>
        <source>relationship {number} is not an object</source>
        <translation>關係 {number} 不是物件</translation>
    </message>
    <message>
        <source>{concept}, relationship to {target!r}</source>
        <translation>{concept}，指向 {target!r} 的關係</translation>
    </message>
    <message>
        <source>influence {exc}</source>
        <translation>影響 {exc}</translation>
    </message>
    <message>
        <source>{blank} relationship{blank2} no influence value; imported with weight 0</source>
        <translation>{blank} 個關係沒有影響值；按權重 0 匯入</translation>
    </message>
    <message>
        <source>read {count} influence(s) written with a stray &apos;&gt;&apos; after the value (&lt;![CDATA[0.95]]&gt;&gt;, as Mental Modeler&apos;s Flash version wrote some and read them back) as the value: {places}</source>
        <translation>已將 {count} 個值後面多了一個 &apos;&gt;&apos; 的影響讀作該值（&lt;![CDATA[0.95]]&gt;&gt;，Mental Modeler 的 Flash 版如此寫入，讀回時也這樣讀取）：{places}</translation>
    </message>
    <message>
        <source>skipped {count} self-influence or dangling relationship{s}: {skipped2}</source>
        <translation>跳過了 {count} 個自影響或懸空的關係：{skipped2}</translation>
    </message>
    <message>
        <source>{count} preferred state{s} became objective{s}</source>
        <translation>{count} 個偏好狀態成為目標</translation>
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
        <translation>{label!r}（指向它的關係稱它為 {name!r}）</translation>
    </message>
    <message>
        <source>{count} concept{s} without a name, labelled by id: {names}</source>
        <translation>{count} 個概念沒有名稱，已按 ID 命名：{names}</translation>
    </message>
    <message>
        <source>{count:,} characters, cut to the {limit:,} a model holds</source>
        <translation>{count:,} 個字元，截斷為模型可容納的 {limit:,} 個</translation>
    </message>
    <message>
        <source>relationship {number}</source>
        <translation>關係 {number}</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>情景 {number}</translation>
    </message>
    <message>
        <source>clamp value {value:g} is outside [-1, 1]</source>
        <translation>鉗制值 {value:g} 超出 [-1, 1]</translation>
    </message>
    <message>
        <source>From Mental Modeler: the concepts it clamped are held for the whole run.</source>
        <translation>來自 Mental Modeler：它鉗制的概念在整個運行中保持不變。</translation>
    </message>
    <message>
        <source>{count} scenario{s} became clamp scenarios (each clamped concept held at its value)</source>
        <translation>{count} 個情景成為鉗制情景（每個被鉗制的概念保持其值）</translation>
    </message>
    <message>
        <source>skipped {count} scenario{s} with no concept clamped: {e}</source>
        <translation>跳過了 {count} 個沒有鉗制任何概念的情景：{e}</translation>
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
        <translation>減少{label}</translation>
    </message>
</context>
<context>
    <name>merged</name>
    <message>
        <source>{cell} is part of the merged cells {cells}; unmerge them and write a value in each</source>
        <translation>{cell} 屬於合併儲存格 {cells}；請取消合併，並在每個儲存格中填寫值</translation>
    </message>
    <message>
        <source>merged cells ({cells}): only the first cell of each holds its value, the others were read as empty; unmerge them and write a value in each</source>
        <translation>合併儲存格（{cells}）：每組只有第一個儲存格存有值，其餘儲存格按空白讀取；請取消合併，並在每個儲存格中填寫值</translation>
    </message>
</context>
<context>
    <name>montecarlo</name>
    <message>
        <source>{samples:,} samples of {n_nodes:,} nodes over {steps} steps need {need:.1f} GB; use at most {most:,} samples or fewer steps</source>
        <translation>{samples:,} 個樣本、{n_nodes:,} 個節點、{steps} 步需要 {need:.1f} GB；請最多使用 {most:,} 個樣本或減少步數</translation>
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
        <translation>{items}，另有 {count:,} 處與此相同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items}，另有 {count} 項</translation>
    </message>
</context>
<context>
    <name>nodelink</name>
    <message>
        <source>not node-link JSON: Windtunnel reads JSON with a list of &quot;nodes&quot; and a list of &quot;links&quot; (each with its &quot;source&quot; and &quot;target&quot;), as networkx&apos;s node_link_data and D3&apos;s force layouts write a graph</source>
        <translation>不是節點-連結 JSON：Windtunnel 讀取的是像 networkx 的 node_link_data 和 D3 力導向佈局寫圖那樣，含有 &quot;nodes&quot; 列表和 &quot;links&quot; 列表（每項有 &quot;source&quot; 和 &quot;target&quot;）的 JSON</translation>
    </message>
    <message>
        <source>networkx&apos;s adjacency_data is not read: write the graph with networkx&apos;s node_link_data (or as GraphML) and import that</source>
        <translation>不讀取 networkx 的 adjacency_data：請用 networkx 的 node_link_data（或以 GraphML）寫出圖，再匯入</translation>
    </message>
    <message>
        <source>has a list of &quot;nodes&quot; but no list of &quot;links&quot; (nor of &quot;edges&quot;): a node-link file lists its links, even none, as &quot;links&quot;: []</source>
        <translation>有 &quot;nodes&quot; 列表，但沒有 &quot;links&quot;（也沒有 &quot;edges&quot;）列表：節點-連結檔案即使沒有連結，也會寫成 &quot;links&quot;: []</translation>
    </message>
    <message>
        <source>holds both a list of &quot;links&quot; and a list of &quot;edges&quot;: keep the one that holds the graph&apos;s links</source>
        <translation>同時含有 &quot;links&quot; 列表和 &quot;edges&quot; 列表：請只保留存放圖的連結的那一個</translation>
    </message>
    <message>
        <source>has the id {key!r} of an earlier node; each node needs an id of its own</source>
        <translation>與前面的節點 id {key!r} 相同；每個節點都需要自己的 id</translation>
    </message>
    <message>
        <source>is {value}, which says neither that the graph is directed nor that it is not: write true or false</source>
        <translation>為 {value}，既未説明圖是有向的，也未説明是無向的：請寫 true 或 false</translation>
    </message>
    <message>
        <source>is not an object with the node&apos;s fields</source>
        <translation>不是含有節點欄位的物件</translation>
    </message>
    <message>
        <source>has no &quot;id&quot;, where other nodes have theirs: links name nodes by their ids</source>
        <translation>沒有 &quot;id&quot;，而其他節點都有：連結按 id 指向節點</translation>
    </message>
    <message>
        <source>{end!r} is {value}, which is not the place of a node: the file&apos;s nodes have no ids, so a link names a node by its place in the list, 0 to {last}</source>
        <translation>{end!r} 是 {value}，不是任何節點的位置：檔案中的節點沒有 id，因此連結按節點在列表中的位置（0 到 {last}）指向節點</translation>
    </message>
    <message>
        <source>{end!r} is {value}, which is the id of no node of the file</source>
        <translation>{end!r} 是 {value}，不是檔案中任何節點的 id</translation>
    </message>
</context>
<context>
    <name>nodes_sheet</name>
    <message>
        <source>{header!r} ({column})</source>
        <translation>{header!r}（{column} 欄）</translation>
    </message>
    <message>
        <source>has neither an ID nor a Label column: its columns are headed {headers}, and Windtunnel reads node tables (with an ID or a Label column, headed {names}), edge tables (with From and To columns, headed {ends}) and square matrices; an adjacency list is not read</source>
        <translation>既沒有 ID 欄也沒有 Label 欄：其欄標題為 {headers}；Windtunnel 讀取節點表（有 ID 或 Label 欄，標題為 {names}）、邊表（有 From 和 To 欄，標題為 {ends}）以及方陣；不讀取鄰接表</translation>
    </message>
    <message>
        <source>has neither an id nor a label</source>
        <translation>既沒有 ID 也沒有標籤</translation>
    </message>
    <message>
        <source>a restriction is always a lever (a policy the scenarios set), so the &quot;no&quot; of the restrictions in rows {rows} was not taken; make a node that is no lever a factor or an actor</source>
        <translation>限制措施始終是槓桿（由情景設定的政策），因此第 {rows} 行中限制措施的「no」未被採用；不是槓桿的節點請改為因素或行為體</translation>
    </message>
    <message>
        <source>{count} node id{s} not valid in Windtunnel ({c}{changed2}): new ids were made from the labels, which keep the original text</source>
        <translation>{count} 個節點 id 不是有效的 id（{c}{changed2}）：已根據標籤生成新 id，標籤保留原文</translation>
    </message>
    <message>
        <source>node type {word!r} is not a Windtunnel kind; imported as a factor, the type kept as a tag</source>
        <translation>節點類型 {word!r} 不是 Windtunnel 的種類；已作為因素匯入，原類型保留為標籤</translation>
    </message>
    <message>
        <source>cells holding several values separated by | (as Kumu writes them: {where}): the first value gave the node&apos;s kind, and every value was kept as a tag</source>
        <translation>含有以 | 分隔的多個值的儲存格（Kumu 的寫法：{where}）：第一個值作為節點的類型，所有值都保留為標記</translation>
    </message>
    <message>
        <source>cells holding several values separated by | (as Kumu writes them: {where}): the first value gave the node&apos;s group, and every value was kept as a tag</source>
        <translation>含有以 | 分隔的多個值的儲存格（Kumu 的寫法：{where}）：第一個值作為節點的組別，所有值都保留為標記</translation>
    </message>
    <message>
        <source>{name!r} names {count} nodes ({nodes}), whose labels differ at most by case; write the node&apos;s id, or its label exactly as its row writes it</source>
        <translation>{name!r} 指向 {count} 個節點（{nodes}），它們的標籤至多只有大小寫不同；請寫出該節點的 ID，或按其所在行的寫法原樣寫出標籤</translation>
    </message>
    <message>
        <source>{name!r} cannot name a new node: {problem}</source>
        <translation>{name!r} 不能作為新節點的名稱：{problem}</translation>
    </message>
    <message>
        <source>holds a partition (a community, as Gephi&apos;s modularity class): it became the nodes&apos; group, each value a group of its own</source>
        <translation>包含一個劃分（社群，如 Gephi 的模組度類別）：它成為節點的分組，每個值各成一組</translation>
    </message>
    <message>
        <source>holds numbers, not column names ({cells}): the table starts with its data; add a first row naming its columns (From, To and Weight for a list of edges, ID and Label for a list of nodes)</source>
        <translation>是數字而不是欄名（{cells}）：表格從資料開始；請在最前面加一行寫明各欄的名稱（邊的列表寫 From、To 和 Weight，節點的列表寫 ID 和 Label）</translation>
    </message>
    <message>
        <source>skipped 1 row repeating the id and label of a row above (row {rows}); the first row was kept</source>
        <translation>跳過了 1 行重複上方某行 ID 和標籤的行（第 {rows} 行）；保留了第一行</translation>
    </message>
    <message>
        <source>skipped {count} rows repeating the id and label of a row above (rows {rows}); the first row of each id was kept</source>
        <translation>跳過了 {count} 行重複上方某行 ID 和標籤的行（第 {rows} 行）；每個 ID 保留第一行</translation>
    </message>
    <message>
        <source>repeats the id {id!r} of row {row} with another label ({label!r}, where row {row} says {first!r}): give each node its own id</source>
        <translation>以另一個標籤重複了第 {row} 行的 ID {id!r}（{label!r}，而第 {row} 行是 {first!r}）：請給每個節點各自的 ID</translation>
    </message>
    <message>
        <source>{name!r} is not a node of the Nodes sheet (is it {near!r}?): correct the name, or add a row for it to the Nodes sheet</source>
        <translation>{name!r} 不是 Nodes 工作表中的節點（是指 {near!r} 嗎？）：請更正名稱，或在 Nodes 工作表中為它加入一行</translation>
    </message>
    <message>
        <source>{name!r} is not a node of the Nodes sheet: correct the name, or add a row for it to the Nodes sheet</source>
        <translation>{name!r} 不是 Nodes 工作表中的節點：請更正名稱，或在 Nodes 工作表中為它加入一行</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node id writing the same whole number: {pairs}</source>
        <translation>邊中的 {count} 個名稱配對到了以另一種寫法寫出同一整數的節點 id：{pairs}</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node whose label differs only by case: {pairs}</source>
        <translation>邊中的 {count} 個名稱配對到了標籤僅大小寫不同的節點：{pairs}</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node whose label differs only in {what}: {pairs}</source>
        <translation>邊中的 {count} 個名稱配對到了標籤僅在{what}上不同的節點：{pairs}</translation>
    </message>
    <message>
        <source>{name!r} as {label!r}</source>
        <translation>{name!r} 作為 {label!r}</translation>
    </message>
    <message>
        <source>{name!r} in the edges is the id of one node ({id_place}) and the label of another ({label_place}): the edges were joined to the node with that id; write {other!r} to mean the other</source>
        <translation>邊中的 {name!r} 是一個節點的 id（{id_place}），又是另一個節點的標籤（{label_place}）：邊已連到具有該 id 的節點；若指的是另一個節點，請寫 {other!r}</translation>
    </message>
    <message>
        <source>{name!r} (the id at {id_place}; the label at {label_place}, whose id is {other!r})</source>
        <translation>{name!r}（{id_place} 的 id；{label_place} 的標籤，其 id 為 {other!r}）</translation>
    </message>
    <message>
        <source>{count} names in the edges are the id of one node and the label of another: {pairs}; the edges were joined to the nodes with those ids; write the other node&apos;s id to mean it</source>
        <translation>邊中有 {count} 個名稱既是一個節點的 id，又是另一個節點的標籤：{pairs}；邊已連到具有這些 id 的節點；若指的是另一個節點，請寫它的 id</translation>
    </message>
    <message>
        <source>case</source>
        <translation>大小寫</translation>
    </message>
    <message>
        <source>letter width (full-width or normal-width)</source>
        <translation>字母的闊度（全形或半形）</translation>
    </message>
    <message>
        <source>how accents are written (as part of the letter or as a character of their own)</source>
        <translation>重音符號的寫法（與字母合為一體，或作為單獨的字元）</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left}和{right}</translation>
    </message>
    <message>
        <source>holds the date {date}, which is not a node of the Nodes sheet: a spreadsheet turns a name typed as 3-5 or Jan 2 into a date; write the name again as text (with an apostrophe before it), or add a row for it to the Nodes sheet</source>
        <translation>存放的是日期 {date}，它不是 Nodes 工作表中的節點：試算表會把輸入的 3-5 或 Jan 2 這類名稱變成日期；請以文字形式重新輸入該名稱（在前面加一個撇號），或在 Nodes 工作表中為它加入一行</translation>
    </message>
</context>
<context>
    <name>nodexl</name>
    <message>
        <source>a NodeXL workbook: its Edges and Vertices tables were read from their second rows (the first holds NodeXL&apos;s bands of columns)</source>
        <translation>NodeXL 活頁簿：其 Edges 和 Vertices 表從第二行讀取（第一行是 NodeXL 的欄分組標題）</translation>
    </message>
    <message>
        <source>a NodeXL workbook, its tables&apos; headers on their first rows (NodeXL&apos;s bands of columns deleted)</source>
        <translation>NodeXL 活頁簿，其表頭位於第一行（NodeXL 的欄分組標題行已刪除）</translation>
    </message>
    <message>
        <source>the graph is undirected</source>
        <translation>該圖為無向圖</translation>
    </message>
    <message>
        <source>the graph is directed</source>
        <translation>該圖為有向圖</translation>
    </message>
    <message>
        <source>it does not say whether the graph is directed: read as directed</source>
        <translation>活頁簿未説明該圖是否有向：按有向圖讀取</translation>
    </message>
    <message>
        <source>{workbook}; {graph}</source>
        <translation>{workbook}；{graph}</translation>
    </message>
    <message>
        <source>NodeXL&apos;s graph metrics {names} were not kept (the Structure tab computes the map&apos;s own)</source>
        <translation>未保留 NodeXL 的圖指標 {names}（本圖自己的指標由「結構」標籤頁計算）</translation>
    </message>
</context>
<context>
    <name>number_edges</name>
    <message>
        <source>three rows of three numbers without a header, read as a 3 × 3 matrix without labels, as chosen (not as three edges between nodes numbered {ends})</source>
        <translation>沒有表頭的三行各三個數字，按所選讀作無標籤的 3 × 3 矩陣（而非編號為 {ends} 的節點之間的三條邊）</translation>
    </message>
    <message>
        <source>three rows of three numbers without a header, read as three edges (From, To and Weight, between nodes numbered {ends}), as chosen (not as a 3 × 3 matrix)</source>
        <translation>沒有表頭的三行各三個數字，按所選讀作三條邊（From、To 和 Weight，位於編號為 {ends} 的節點之間）（而非 3 × 3 矩陣）</translation>
    </message>
    <message>
        <source>three rows of three numbers and no header: they read as three edges (From, To and Weight, between nodes numbered {ends}) and as a 3 × 3 matrix without labels, two different maps</source>
        <translation>沒有表頭的三行各三個數字：既可讀作三條邊（From、To 和 Weight，位於編號為 {ends} 的節點之間），也可讀作無標籤的 3 × 3 矩陣，二者是不同的地圖</translation>
    </message>
    <message>
        <source>import the file again and choose how Windtunnel is to read it when it asks</source>
        <translation>請重新匯入該檔案，並在 Windtunnel 詢問時選擇讀法</translation>
    </message>
    <message>
        <source>import with --headerless edges or --headerless matrix</source>
        <translation>請用 --headerless edges 或 --headerless matrix 匯入</translation>
    </message>
    <message>
        <source>{problem}; {how}, or add a header row (From, To, Weight for a list of edges)</source>
        <translation>{problem}；{how}，或加入表頭行（邊列表為 From、To、Weight）</translation>
    </message>
</context>
<context>
    <name>objectives</name>
    <message>
        <source>The importance must be more than 0: an objective of importance {importance:g} would count for nothing in the score.</source>
        <translation>重要性必須大於 0：重要性為 {importance:g} 的目標在得分中毫無分量。</translation>
    </message>
    <message>
        <source>A threshold of {threshold:g} is more than “{node}” can change: its level stays within [{low}, {high}], so it changes by at most {largest:g}.</source>
        <translation>閾值 {threshold:g} 超出了「{node}」能變化的幅度：其水平保持在 [{low}, {high}] 之內，變化最多為 {largest:g}。</translation>
    </message>
    <message>
        <source>“{other}” already asks the same of this node (the same direction and threshold): change that one instead.</source>
        <translation>「{other}」已對此節點提出相同的要求（方向和閾值相同）：請改為修改那個目標。</translation>
    </message>
</context>
<context>
    <name>older_zeros</name>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), after ratings of 0 began to count: its Edges sheet&apos;s weights are the aggregate with them, so the ratings of 0 in {where} are read as 0 (&quot;no effect&quot;)</source>
        <translation>此活頁簿寫於檔案格式版本 7 之前（Model 工作表未註明版本 7 或更高），但在評分 0 開始計入之後：其 Edges 工作表的權重是計入評分 0 的聚合，因此 {where} 中的評分 0 讀作 0（「沒有影響」）</translation>
    </message>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), when leaving absent ratings out left out ratings of 0 too, as its Edges sheet&apos;s weights show: the ratings of 0 in {where} ({count:,} in all) are read as no rating, so the working weights stay as the workbook had them; to count one as &quot;no effect&quot;, write NA in its Term cell</source>
        <translation>此活頁簿寫於檔案格式版本 7 之前（Model 工作表未註明版本 7 或更高），當時不計入缺失的評分也會略去評分 0，其 Edges 工作表的權重也表明如此：{where} 中的評分 0（共 {count:,} 條）讀作沒有評分，工作權重保持活頁簿中的值；要把某條計為「沒有影響」，請在其 Term 儲存格中填寫 NA</translation>
    </message>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), whose Edges sheet&apos;s weights do not tell whether its ratings of 0 were left out, as leaving absent ratings out did before then: the ratings of 0 in {where} ({count:,} in all) are read as no rating, so the working weights stay as the workbook had them; to keep them as 0 (&quot;no effect&quot;), write NA in their Term cells, or add a last row &quot;version&quot; with 7 to the Model sheet to read every rating of 0 as 0</source>
        <translation>此活頁簿寫於檔案格式版本 7 之前（Model 工作表未註明版本 7 或更高）；當時不計入缺失的評分也會略去評分 0，而其 Edges 工作表的權重無法表明這些評分 0 是否被略去：{where} 中的評分 0（共 {count:,} 條）讀作沒有評分，工作權重保持活頁簿中的值；要保留為 0（「沒有影響」），請在其 Term 儲存格中填寫 NA，或在 Model 工作表末尾加一行「version」和 7，使所有評分 0 都讀作 0</translation>
    </message>
</context>
<context>
    <name>output_paths</name>
    <message>
        <source>{path}: the folder {folder} does not exist; nothing was written</source>
        <translation>{path}：資料夾 {folder} 不存在；未寫入任何內容</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link that leads nowhere it can be written ({exc}); nothing was written</source>
        <translation>{path}：是一個無法寫入的符號連結（{exc}）；未寫入任何內容</translation>
    </message>
    <message>
        <source>{path}: is not a valid file name</source>
        <translation>{path}：不是有效的檔案名稱</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({strerror})</source>
        <translation>{path}：無法寫入（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a file; Windtunnel writes only regular files, nothing was written</source>
        <translation>{path}：是{kind}，不是檔案；Windtunnel 只寫入普通檔案，未寫入任何內容</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; nothing was written (make it writable, or choose another name)</source>
        <translation>{path}：檔案為唯讀；未寫入任何內容（請將其設為可寫，或選擇其他名稱）</translation>
    </message>
    <message>
        <source>{path}: is the input file {inputs}; writing the output there would replace it, nothing was written (choose another output name)</source>
        <translation>{path}：是輸入檔案 {inputs}；寫到那裏會替換它，未寫入任何內容（請另選輸出名稱）</translation>
    </message>
    <message>
        <source>{path}: is a link to {target}, which is not named as a model file (.wtm): a model saved through the link would be written there; nothing was written (choose another name)</source>
        <translation>{path}：是指向 {target} 的連結，而該檔案並非以模型檔案（.wtm）命名：透過該連結儲存的模型會寫到那裏；未寫入任何內容（請另選名稱）</translation>
    </message>
    <message>
        <source>{name}: a name with a control character (a line break, a tab) is not written (Windows refuses them, and elsewhere they break a listing of the folder); remove it</source>
        <translation>{name}：不寫入含有控制字元（換行符、定位字元）的名稱（Windows 不接受它們，在其他系統上也會打亂資料夾的列表）；請去掉它</translation>
    </message>
    <message>
        <source>{name}: the character {character} turns the direction of the text after it, so the name shows other than it is (its ending read backwards); remove it</source>
        <translation>{name}：字元 {character} 會改變其後文字的方向，使名稱看起來與實際不同（結尾被倒着讀）；請去掉它</translation>
    </message>
    <message>
        <source>{name}: the character {character} is not allowed in a file name on Windows (nor are &lt; &gt; : &quot; | ? *), so colleagues there could not open or copy the file; remove it</source>
        <translation>{name}：Windows 不允許檔案名稱中有字元 {character}（&lt; &gt; : &quot; | ? * 也不允許），那裏的同事將無法開啟或複製該檔案；請去掉它</translation>
    </message>
    <message>
        <source>{name}: Windows keeps this name for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, whatever the extension), so the file could not be opened there; choose another name</source>
        <translation>{name}：Windows 將此名稱保留給裝置（CON、PRN、AUX、NUL、COM1 至 COM9、LPT1 至 LPT9，無論副檔名如何），因此在那裏無法開啟該檔案；請另選名稱</translation>
    </message>
    <message>
        <source>{name}: a name starting with a dash is taken for options by command-line tools and scripts that are given it; rename it</source>
        <translation>{name}：以短橫線開頭的名稱，會被接收它的命令列工具和指令碼當作選項；請改名</translation>
    </message>
    <message>
        <source>{name}: is an extension with no name before it, which makes a hidden file of no type (a name starting with a dot is hidden, and that dot starts no extension); give it a name, such as results{suffix}</source>
        <translation>{name}：副檔名前面沒有名稱，會成為沒有類型的隱藏檔案（以點開頭的名稱是隱藏的，而且這個點並不開始副檔名）；請給它一個名稱，例如 results{suffix}</translation>
    </message>
    <message>
        <source>{name}: a name ending in a dot or a space is not written (Windows drops them, so the file written would not be the one named); remove them</source>
        <translation>{name}：不寫入以句點或空格結尾的名稱（Windows 會去掉它們，寫入的檔案將不是所指定的那個）；請去掉它們</translation>
    </message>
    <message>
        <source>{path}: names a folder (it ends in a separator); give a file name; nothing was written</source>
        <translation>{path}：指向的是資料夾（以分隔符號結尾）；請提供檔案名稱；未寫入任何內容</translation>
    </message>
    <message>
        <source>{path}: {folder} is not a folder; nothing was written</source>
        <translation>{path}：{folder} 不是資料夾；未寫入任何內容</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link to {target}, whose folder {folder} does not exist; nothing was written</source>
        <translation>{path}：是指向 {target} 的符號連結，但其資料夾 {folder} 不存在；未寫入任何內容</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is read-only; nothing was written (choose another folder)</source>
        <translation>{path}：資料夾 {folder} 是唯讀的；未寫入任何內容（請選擇其他資料夾）</translation>
    </message>
</context>
<context>
    <name>parallel_edges</name>
    <message>
        <source>weight {weight}</source>
        <translation>權重 {weight}</translation>
    </message>
</context>
<context>
    <name>participant_lists</name>
    <message>
        <source>the edges of {count} participants in one list (this column names each row&apos;s participant): import it with Import Participants&apos; Maps (windtunnel aggregate), which reads one map per participant</source>
        <translation>一個列表中包含 {count} 位參與者的邊（此欄指明每行的參與者）：請用「匯入參與者的圖」（windtunnel aggregate）匯入，它會為每位參與者讀出一張圖</translation>
    </message>
    <message>
        <source>the edges of {count} participants in one list: each participant&apos;s rows became their map; {idle} of them drew no edge and were left out</source>
        <translation>一個列表中包含 {count} 位參與者的邊：每位參與者的行成為其圖；其中 {idle} 位沒有畫任何邊，已略去</translation>
    </message>
    <message>
        <source>{count} rows repeat an edge their participant listed before: each such edge took the mean of its rows&apos; weights</source>
        <translation>{count} 行重複了同一參與者之前列出的邊：這樣的邊取其各行權重的平均值</translation>
    </message>
    <message>
        <source>the edges of {count} participants in one list: each participant&apos;s rows became their map</source>
        <translation>一個列表中包含 {count} 位參與者的邊：每位參與者的行成為其圖</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>{voices_given} map given; aggregating needs at least two maps or a file of several participants</source>
        <translation>給出了 {voices_given} 張圖；彙總至少需要兩張圖或一個包含多位參與者的檔案</translation>
    </message>
    <message>
        <source>{label!r} cannot be merged with the concept chosen (it is not there, or this map already joins it): kept apart</source>
        <translation>{label!r} 無法與所選概念合併（該概念不存在，或這張圖已與它對應）：保持分開</translation>
    </message>
    <message>
        <source>{merged} edge{s} joined two nodes merged into one concept: left out</source>
        <translation>{merged} 條邊連接了被合併為同一概念的兩個節點：已略去</translation>
    </message>
    <message>
        <source>{repeated} edge{s} rated again under another spelling of its concepts: the first rating kept</source>
        <translation>{repeated} 條邊以其概念的另一種寫法被再次評分：保留第一個評分</translation>
    </message>
    <message>
        <source>scenarios with edge-weight overrides were left out ({dropped})</source>
        <translation>含邊權重覆蓋的情景已略去（{dropped}）</translation>
    </message>
    <message>
        <source>1 near match of concepts merged, as accepted</source>
        <translation>1 個相近概念已按接受的建議合併</translation>
    </message>
    <message>
        <source>1 near match of concepts kept apart (accept to merge)</source>
        <translation>1 個相近概念保持分開（接受後可合併）</translation>
    </message>
    <message>
        <source>{count} near matches of concepts listed: {merged} merged, as accepted, the others kept apart</source>
        <translation>列出 {count} 個相近的概念配對：{merged} 個按接受合併，其餘保持分開</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 及另外 {count} 張</translation>
    </message>
    <message>
        <source>Aggregate of {count} maps: {names}</source>
        <translation>{count} 張圖的彙總：{names}</translation>
    </message>
    <message>
        <source>the folder holds no map files ({suffixes})</source>
        <translation>該資料夾中沒有圖檔案（{suffixes}）</translation>
    </message>
    <message>
        <source>{count} near matches of concepts merged, as accepted</source>
        <translation>{count} 個相近概念已按接受的建議合併</translation>
    </message>
    <message>
        <source>{participant}: {label} may be {concept} ({reason})</source>
        <translation>{participant}：{label} 可能是 {concept}（{reason}）</translation>
    </message>
    <message>
        <source>another spelling of a concept this map also names</source>
        <translation>本圖也以另一種寫法列出的概念</translation>
    </message>
    <message>
        <source>another spelling (case, hyphens, plural or accents)</source>
        <translation>另一種寫法（大小寫、連字號、複數或重音符號）</translation>
    </message>
    <message>
        <source>labels {percent} alike</source>
        <translation>標籤相似度 {percent}</translation>
    </message>
    <message>
        <source>same id, another label</source>
        <translation>相同 ID，不同標籤</translation>
    </message>
    <message>
        <source>1 participant combined: {count2} concepts, {count3} edges; weights are the {aggregation} with zeros {aggregation_zeros}d</source>
        <translation>已合併 1 位參與者：{count2} 個概念，{count3} 條邊；權重為 {aggregation}，零值 {aggregation_zeros}</translation>
    </message>
    <message>
        <source>{count} participants combined: {count2} concepts, {count3} edges; weights are the {aggregation} with zeros {aggregation_zeros}d</source>
        <translation>已合併 {count} 位參與者：{count2} 個概念，{count3} 條邊；權重為 {aggregation}，零值 {aggregation_zeros}</translation>
    </message>
    <message>
        <source>{count} near matches of concepts kept apart (accept to merge)</source>
        <translation>{count} 個相近概念保持分開（接受後可合併）</translation>
    </message>
</context>
<context>
    <name>participants_sheet</name>
    <message>
        <source>a second participant {id!r} (the first is on row {row})</source>
        <translation>第二個參與者 {id!r}（第一個在第 {row} 行）</translation>
    </message>
    <message>
        <source>ratings need a Participants sheet</source>
        <translation>評分需要 Participants 工作表</translation>
    </message>
    <message>
        <source>own nodes need a Participants sheet</source>
        <translation>自有節點需要 Participants 工作表</translation>
    </message>
    <message>
        <source>{who!r} is not a participant on the Participants sheet</source>
        <translation>{who!r} 不是 Participants 工作表上的參與者</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>refused unsafe XML (a DTD or entity declaration)</source>
        <translation>已拒絕不安全的 XML（DTD 或實體聲明）</translation>
    </message>
    <message>
        <source>not valid XML (line {lineno}, column {offset}: {messages})</source>
        <translation>不是有效的 XML（第 {lineno} 行，第 {offset} 欄：{messages}）</translation>
    </message>
    <message>
        <source>is damaged ({exc})</source>
        <translation>已損壞（{exc}）</translation>
    </message>
    <message>
        <source>cannot be read ({name__})</source>
        <translation>無法讀取（{name__}）</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (no xl/workbook.xml inside)</source>
        <translation>不是 .xlsx 活頁簿（其中沒有 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>its cells ({part}) are missing from the workbook: the workbook is damaged; open it in Excel and save it again</source>
        <translation>活頁簿中缺少它的儲存格（{part}）：活頁簿已損壞；請在 Excel 中開啟並重新儲存</translation>
    </message>
    <message>
        <source>is past the limit of {max_columns:,} columns</source>
        <translation>超過了 {max_columns:,} 欄的上限</translation>
    </message>
    <message>
        <source>a row number {clip!r} that no sheet has (Excel&apos;s last row is 1,048,576)</source>
        <translation>行號 {clip!r} 不可能出現在任何工作表中（Excel 的最後一行是 1,048,576）</translation>
    </message>
    <message>
        <source>is written twice in the sheet</source>
        <translation>在工作表中寫了兩次</translation>
    </message>
    <message>
        <source>holds {length:,} characters; the limit is {max_text:,}</source>
        <translation>含有 {length:,} 個字元；上限為 {max_text:,}</translation>
    </message>
    <message>
        <source>{what}: the workbook is damaged; open it in Excel and save it again</source>
        <translation>{what}：活頁簿已損壞；請在 Excel 中開啟並重新儲存</translation>
    </message>
    <message>
        <source>holds the cell {ref}, which is on another row</source>
        <translation>含有另一行的儲存格 {ref}</translation>
    </message>
    <message>
        <source>refers to text {index!r} of the workbook&apos;s shared texts, which has {count:,}: the workbook is damaged; open it in Excel and save it again</source>
        <translation>引用了活頁簿共用文字中的第 {index!r} 項，但共用文字只有 {count:,} 項：活頁簿已損壞；請在 Excel 中開啟並重新儲存</translation>
    </message>
    <message>
        <source>refers to the workbook&apos;s shared texts, and the workbook has none (no xl/sharedStrings.xml): the workbook is damaged; open it in Excel and save it again</source>
        <translation>引用了活頁簿的共用文字，但活頁簿中沒有（缺少 xl/sharedStrings.xml）：活頁簿已損壞；請在 Excel 中開啟並重新儲存</translation>
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
        <translation>位置被放大了 ×{factor:.3g}（檔案中的節點彼此間距小於節點寬度）；圖形的形狀保持不變</translation>
    </message>
    <message>
        <source>the file gives no node a position: every node was placed by the auto-layout</source>
        <translation>檔案沒有給出任何節點的位置：所有節點已由自動版面配置放置</translation>
    </message>
    <message>
        <source>all {count} nodes sit on one spot ({x:g}, {y:g}): every node was placed by the auto-layout</source>
        <translation>全部 {count} 個節點都在同一位置 ({x:g}, {y:g})：所有節點已由自動版面配置放置</translation>
    </message>
    <message>
        <source>{count} node{s} without a position ({names}): placed beside the map by the auto-layout</source>
        <translation>{count} 個沒有位置的節點（{names}）：已由自動版面配置放在圖旁邊</translation>
    </message>
    <message>
        <source>{count} node{s} sat on the same spot as another ({names}): moved beside it</source>
        <translation>{count} 個節點與另一個節點位於同一位置（{names}）：已移到它旁邊</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>there is no preset {name!r}; valid presets: {presets}</source>
        <translation>沒有預設 {name!r}；有效的預設：{presets}</translation>
    </message>
</context>
<context>
    <name>prim</name>
    <message>
        <source>{name} is {value}</source>
        <translation>{name} 為 {value}</translation>
    </message>
    <message>
        <source>{name} is {values} or {last}</source>
        <translation>{name} 為 {values} 或 {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} between {low:.2f} and {high:.2f}</source>
        <translation>{name} 介於 {low:.2f} 與 {high:.2f} 之間</translation>
    </message>
    <message>
        <source>any conditions</source>
        <translation>任意條件</translation>
    </message>
    <message>
        <source>1 more condition</source>
        <translation>另 1 個條件</translation>
    </message>
    <message>
        <source>{count} more conditions</source>
        <translation>另 {count} 個條件</translation>
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
        <translation>與 FCMpy 一樣略去了 {count} 條標為 Unsure 的評分（這些專家仍計入各術語的佔比）</translation>
    </message>
    <message>
        <source>{cell!r} is not a term (VH, H, M, L, VL, NA or &apos;no causality&apos;)</source>
        <translation>{cell!r} 不是評分術語（VH、H、M、L、VL、NA 或 &apos;no causality&apos;）</translation>
    </message>
    <message>
        <source>found no expert-rating sheet (From, To and term columns such as -VH ... +VH)</source>
        <translation>沒有找到專家評分工作表（From、To 及 -VH ... +VH 等術語欄）</translation>
    </message>
    <message>
        <source>{count} expert sheets ({sheets})</source>
        <translation>{count} 個專家工作表（{sheets}）</translation>
    </message>
    <message>
        <source>no expert sheet called {participants!r} (sheets: {sheets})</source>
        <translation>沒有名為 {participants!r} 的專家工作表（工作表：{sheets}）</translation>
    </message>
    <message>
        <source>{count} expert sheets: imported only {next!r}, as asked</source>
        <translation>{count} 個專家工作表：按要求只匯入了 {next!r}</translation>
    </message>
    <message>
        <source>each expert is a participant of the model</source>
        <translation>每位專家都是模型的一位參與者</translation>
    </message>
    <message>
        <source>the experts were not kept as participants (import the file again and choose “Every sheet as a participant” when Windtunnel asks about the sheets)</source>
        <translation>專家未作為參與者保留（重新匯入該檔案，並在 Windtunnel 詢問這些工作表時選擇「每個工作表作為一位參與者」）</translation>
    </message>
    <message>
        <source>the experts were not kept as participants (import with --participants keep)</source>
        <translation>專家未作為參與者保留（請用 --participants keep 匯入）</translation>
    </message>
    <message>
        <source>{count} expert sheets ({sheets}{sheets2}): weights are FCMpy&apos;s aggregate (term triangles capped by each term&apos;s share of the experts, combined by their maximum, centroid); {kept}</source>
        <translation>{count} 個專家工作表（{sheets}{sheets2}）：權重為 FCMpy 的彙總（各術語三角形按該術語在專家中的佔比截頂，取最大值合併，求重心）；{kept}</translation>
    </message>
    <message>
        <source>read {count} rating{s} marked Unsure that also chose a term as that term, as FCMpy does (it leaves out the Unsure mark, not the term)</source>
        <translation>與 FCMpy 一樣，將 {count} 條標為 Unsure 但也選了術語的評分按該術語讀取（FCMpy 略去的是 Unsure 標記，而不是術語）</translation>
    </message>
    <message>
        <source>skipped {loops} rating{s} of a concept&apos;s influence on itself</source>
        <translation>跳過了 {loops} 條概念對自身影響的評分</translation>
    </message>
    <message>
        <source>{cancelled} rated pair{s} came to 0 (the experts&apos; ratings cancel out): no edge</source>
        <translation>{cancelled} 個被評分的概念對結果為 0（專家的評分相互抵消）：沒有邊</translation>
    </message>
    <message>
        <source>{unsure} rating{s} shared between terms: each expert keeps the term with the larger share, so the map&apos;s weights change slightly if the aggregate is recomputed</source>
        <translation>{unsure} 條評分在術語之間各佔一部分：每位專家保留佔比較大的術語，因此重新計算彙總時圖的權重會略有變化</translation>
    </message>
    <message>
        <source>has no From or To concept</source>
        <translation>沒有 From 或 To 概念</translation>
    </message>
    <message>
        <source>not FCMpy expert ratings (expected {expert: [rows]})</source>
        <translation>不是 FCMpy 專家評分（應為 {expert: [rows]}）</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>the workbook is encrypted (protected by a password to open); open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>活頁簿已加密（開啟需要密碼）；請在 Excel 中開啟，刪除密碼（檔案 &gt; 資訊 &gt; 保護活頁簿）後重新儲存</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls); save it as .xlsx</source>
        <translation>這是舊的二進位 Excel 檔案（.xls）；請另存為 .xlsx</translation>
    </message>
    <message>
        <source>the workbook is cut short (its zip archive has no end): it was not saved, copied or downloaded in full; get the file again</source>
        <translation>活頁簿不完整（其 zip 壓縮檔沒有結尾）：它沒有被完整地儲存、複製或下載；請重新取得該檔案</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (it is not a zip archive)</source>
        <translation>不是 .xlsx 活頁簿（不是 zip 壓縮檔）</translation>
    </message>
    <message>
        <source>the workbook has {count} sheets to read; the limit is {sheets}</source>
        <translation>活頁簿有 {count} 個要讀取的工作表；上限為 {sheets}</translation>
    </message>
    <message>
        <source>sheets {first} and {second}</source>
        <translation>工作表 {first} 和 {second}</translation>
    </message>
    <message>
        <source>two sheets are named {name!r}; a workbook&apos;s sheet names must differ (Excel ignores case): rename one</source>
        <translation>有兩個工作表都名為 {name!r}；活頁簿的工作表名稱必須不同（Excel 不區分大小寫）：請重新命名其中一個</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>{origin}, through {path}</source>
        <translation>{origin}，經由 {path}</translation>
    </message>
    <message>
        <source>earlier changes arriving through {path}</source>
        <translation>經由 {path} 傳來的先前變化</translation>
    </message>
    <message>
        <source>{path}, set by the scenario</source>
        <translation>{path}（由情景設定）</translation>
    </message>
    <message>
        <source>it</source>
        <translation>其自身</translation>
    </message>
    <message>
        <source> (and {extra} smaller routes through {via})</source>
        <translation>（另有 {extra} 條經由 {via} 的較小路徑）</translation>
    </message>
    <message>
        <source> (and {extra} smaller route through {via})</source>
        <translation>（另有 {extra} 條經由 {via} 的較小路徑）</translation>
    </message>
    <message>
        <source>via {via} ({count} routes; largest: {route})</source>
        <translation>經由 {via}（{count} 條路徑；最大：{route}）</translation>
    </message>
    <message>
        <source>via {via} ({count} routes)</source>
        <translation>經由 {via}（{count} 條路徑）</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>無其他</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} other routes</source>
        <translation>其他 {count} 條路徑</translation>
    </message>
    <message>
        <source>{count} other route</source>
        <translation>其他 {count} 條路徑</translation>
    </message>
    <message>
        <source> (via {names})</source>
        <translation>（經由 {names}）</translation>
    </message>
    <message>
        <source>{name} (lever, Shapley share)</source>
        <translation>{name}（槓桿，Shapley 份額）</translation>
    </message>
    <message>
        <source>{count} other levers ({names})</source>
        <translation>其他 {count} 個槓桿（{names}）</translation>
    </message>
    <message>
        <source>{count} other lever ({names})</source>
        <translation>其他 {count} 個槓桿（{names}）</translation>
    </message>
</context>
<context>
    <name>regular_files</name>
    <message>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>設備</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（具名管道）</translation>
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
        <translation>沒有情景 {key!r} 的結果；有效的：{valid}</translation>
    </message>
    <message>
        <source>there is no node {node_id!r}; valid nodes: {node_ids}</source>
        <translation>沒有節點 {node_id!r}；有效節點：{node_ids}</translation>
    </message>
    <message>
        <source>unknown view {view!r}; valid views: {builders}</source>
        <translation>未知檢視 {view!r}；有效檢視：{builders}</translation>
    </message>
</context>
<context>
    <name>resultsbook</name>
    <message>
        <source>No scenarios yet: the baseline alone was run. Add a scenario (a policy option as lever settings) to see changes from the baseline.</source>
        <translation>尚無情景：只運行了基線。加入一個情景（以槓桿設定表示的政策方案）即可查看相對基線的變化。</translation>
    </message>
    <message>
        <source>what was run: model, version, settings, seed, samples, verdicts, hash</source>
        <translation>運行內容：模型、版本、設定、隨機種子、樣本、判定、雜湊</translation>
    </message>
    <message>
        <source>every node&apos;s change from baseline at the end, per scenario, largest first</source>
        <translation>每個情景下各節點在結束時相對基線的變化，從大到小</translation>
    </message>
    <message>
        <source>objectives x scenarios: change, met or not, probability met</source>
        <translation>目標 x 情景：變化、是否達成、達成概率</translation>
    </message>
    <message>
        <source>S1, S2, ...</source>
        <translation>S1、S2、……</translation>
    </message>
    <message>
        <source>one sheet per scenario: charts, then change, scenario and baseline trajectories per node and step</source>
        <translation>每個情景一個工作表：圖表，然後是各節點各步的變化、情景與基線軌跡</translation>
    </message>
    <message>
        <source>Monte Carlo percentiles of the final change, per scenario and node</source>
        <translation>按情景和節點列出最終變化的蒙地卡羅百分位數</translation>
    </message>
    <message>
        <source>why the objective nodes changed: at most five reasons and the named rest, and each lever&apos;s share; each adds up to the change</source>
        <translation>目標節點為何變化：最多五個原因及具名的其餘部分，以及每個槓桿的份額；各自合計等於該變化</translation>
    </message>
    <message>
        <source>feedback loops with polarity (reinforcing / balancing)</source>
        <translation>帶極性（增強 / 平衡）的反饋迴路</translation>
    </message>
    <message>
        <source>per-node structure: degrees, centrality, role, betweenness</source>
        <translation>各節點的結構：度、中心性、角色、介數</translation>
    </message>
    <message>
        <source>with participants: how their ratings were aggregated, and each rated edge&apos;s disagreement (spread, range, signs, entropy)</source>
        <translation>有參與者時：其評分如何匯總，以及每條被評分邊的分歧（離散度、範圍、符號、熵）</translation>
    </message>
    <message>
        <source>with participants: every scenario&apos;s change on each participant&apos;s map, how many maps say rise or fall, objectives met per map</source>
        <translation>有參與者時：每個情景在每位參與者的圖上的變化、多少張圖顯示上升或下降、每張圖的目標達成情況</translation>
    </message>
    <message>
        <source>the model itself, in the file format&apos;s own words (the Edges sheet is the assumption register; Participants and Ratings carry who rated what); edit and re-import with windtunnel import</source>
        <translation>模型本身，使用檔案格式原有的名稱（Edges 工作表是假設登記冊；Participants 與 Ratings 記錄誰評了甚麼）；可編輯後用 windtunnel import 重新匯入</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>評分卡</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不確定性</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>解釋</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>迴路</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>分歧</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>按參與者</translation>
    </message>
    <message>
        <source>{kind} {share}</source>
        <translation>{kind} {share}</translation>
    </message>
    <message>
        <source>Windtunnel results workbook</source>
        <translation>Windtunnel 結果活頁簿</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>模型檔案</translation>
    </message>
    <message>
        <source>Model hash (SHA-256)</source>
        <translation>模型雜湊 (SHA-256)</translation>
    </message>
    <message>
        <source>of the model&apos;s .wtm text: equal to the file&apos;s hash when Windtunnel saved it</source>
        <translation>模型 .wtm 文字的雜湊：由 Windtunnel 儲存的檔案與其檔案雜湊相同</translation>
    </message>
    <message>
        <source>Windtunnel version</source>
        <translation>Windtunnel 版本</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>建立時間 (UTC)</translation>
    </message>
    <message>
        <source>Nodes / edges</source>
        <translation>節點 / 邊</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>time unit: {unit}</source>
        <translation>時間單位：{unit}</translation>
    </message>
    <message>
        <source>Inference rule</source>
        <translation>推理規則</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函數</translation>
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
        <translation>驅動節點</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>收斂</translation>
    </message>
    <message>
        <source>largest change {relation} {tolerance}</source>
        <translation>最大變化 {relation} {tolerance}</translation>
    </message>
    <message>
        <source>judged on {nodes}</source>
        <translation>判定依據：{nodes}</translation>
    </message>
    <message>
        <source>all nodes</source>
        <translation>所有節點</translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Initial state counts as a step</source>
        <translation>初始狀態計為一步</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>蒙地卡羅樣本數</translation>
    </message>
    <message>
        <source>0: no uncertainty analysis</source>
        <translation>0：不做不確定性分析</translation>
    </message>
    <message>
        <source>Monte Carlo samples draw</source>
        <translation>蒙地卡羅樣本抽取</translation>
    </message>
    <message>
        <source>weights: between their bounds; participants: a participant&apos;s map, by credibility</source>
        <translation>權重：在其邊界之間抽取；參與者：按可信度抽取一位參與者的圖</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation>相同的隨機種子給出相同的數值</translation>
    </message>
    <message>
        <source>Monte Carlo arithmetic</source>
        <translation>蒙地卡羅運算精度</translation>
    </message>
    <message>
        <source>float32 bands agree with float64&apos;s within 1e-6</source>
        <translation>float32 區間與 float64 區間相差在 1e-6 以內</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>運行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Monte Carlo verdicts</source>
        <translation>蒙地卡羅判定</translation>
    </message>
    <message>
        <source>Is the answer the only one?</source>
        <translation>答案是唯一的嗎？</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <source>Model statistics</source>
        <translation>模型統計</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>The model has no objectives: add some to score scenarios.</source>
        <translation>模型沒有目標：請加入目標以便為情景評分。</translation>
    </message>
    <message>
        <source>Score: importance-weighted share of objectives met</source>
        <translation>得分：按重要性加權的目標達成比例</translation>
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
        <translation>起點 ID</translation>
    </message>
    <message>
        <source>To ID</source>
        <translation>終點 ID</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>評分人數</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>離散度</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>邊</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範圍</translation>
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
        <translation>無影響</translation>
    </message>
    <message>
        <source>Sign conflict</source>
        <translation>符號衝突</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>{count} participants; the map&apos;s weights are their aggregate: {method}. Their ratings are on the Ratings sheet.</source>
        <translation>{count} 位參與者；圖的權重是他們評分的匯總：{method}。評分見 Ratings 工作表。</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>節點 ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Rises on</source>
        <translation>上升的圖數</translation>
    </message>
    <message>
        <source>Falls on</source>
        <translation>下降的圖數</translation>
    </message>
    <message>
        <source>No change on</source>
        <translation>無變化的圖數</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>No scenarios: nothing to compare across participants.</source>
        <translation>沒有情景：參與者之間沒有可比較的內容。</translation>
    </message>
    <message>
        <source>Objectives met, per participant&apos;s map</source>
        <translation>按參與者的圖統計的目標達成情況</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>達成的圖數</translation>
    </message>
    <message>
        <source>{met} of {count}</source>
        <translation>{count} 中的 {met}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>終值</translation>
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
        <translation>變化 P{level}</translation>
    </message>
    <message>
        <source>Change from baseline: top outcomes</source>
        <translation>相對基線的變化：主要結果</translation>
    </message>
    <message>
        <source>Levels: scenario (solid) and baseline (dashed)</source>
        <translation>水平：情景（實線）與基線（虛線）</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>{node} (baseline)</source>
        <translation>{node}（基線）</translation>
    </message>
    <message>
        <source>{node}: change with its 5-95% band</source>
        <translation>{node}：變化及其 5-95% 區間</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>組</translation>
    </message>
    <message>
        <source>Baseline (end)</source>
        <translation>基線（終值）</translation>
    </message>
    <message>
        <source>Largest |change|</source>
        <translation>最大 |變化|</translation>
    </message>
    <message>
        <source>Objective ID</source>
        <translation>目標 ID</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
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
        <source>{scenario}: change</source>
        <translation>{scenario}：變化</translation>
    </message>
    <message>
        <source>{scenario}: met</source>
        <translation>{scenario}：是否達成</translation>
    </message>
    <message>
        <source>{scenario}: P(met)</source>
        <translation>{scenario}：P(達成)</translation>
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
        <source>P(increase)</source>
        <translation>P(上升)</translation>
    </message>
    <message>
        <source>The Monte Carlo results were left out: they describe an earlier version of the model. For uncertainty bands, run Monte Carlo again (Analysis &gt; Run Monte Carlo) and export again.</source>
        <translation>未包含蒙地卡羅結果：它們描述的是模型的較早版本。如需不確定性區間帶，請再次執行蒙地卡羅（「分析 &gt; 執行蒙地卡羅」），然後重新匯出。</translation>
    </message>
    <message>
        <source>No Monte Carlo samples in this run. For uncertainty bands, run Monte Carlo (in the app: Analysis &gt; Run Monte Carlo; on the command line: windtunnel run --samples 1000) and export again.</source>
        <translation>此次執行沒有蒙地卡羅樣本。如需不確定性區間帶，請執行蒙地卡羅（在應用程式中：「分析 &gt; 執行蒙地卡羅」；在命令列中：windtunnel run --samples 1000），然後重新匯出。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>視角</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>途徑</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>貢獻</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>路徑數</translation>
    </message>
    <message>
        <source>Nothing to explain: no scenario moved an objective node.</source>
        <translation>沒有可解釋的內容：沒有情景推動目標節點。</translation>
    </message>
    <message>
        <source>Changes at the last {unit}. The reasons and the rest add up to the change, and so do the levers&apos; shares (Shapley values: each lever&apos;s average added change over every order in which the levers could be set); the rest names the routes it holds. windtunnel explain shows more (by input edge, every route).</source>
        <translation>最後一個{unit}的變化。原因與其餘部分合計等於該變化，各槓桿的份額（沙普利值：在槓桿所有可能的設定次序上，每個槓桿平均增加的變化）合計也等於該變化；其餘部分列出其包含的路徑。windtunnel explain 顯示更多內容（按輸入邊、每條路徑）。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>迴路</translation>
    </message>
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
        <source>Member IDs</source>
        <translation>成員 ID</translation>
    </message>
    <message>
        <source>No feedback loops.</source>
        <translation>沒有反饋迴路。</translation>
    </message>
    <message>
        <source>Search: {note}.</source>
        <translation>搜尋：{note}。</translation>
    </message>
    <message>
        <source>In edges</source>
        <translation>入邊</translation>
    </message>
    <message>
        <source>Out edges</source>
        <translation>出邊</translation>
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
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <source>weights and participants</source>
        <translation>權重與參與者</translation>
    </message>
    <message>
        <source>change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基線</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>其餘</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>收斂</translation>
    </message>
    <message>
        <source>limit cycle</source>
        <translation>極限環</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>未收斂</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>邊列表</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>edges per node</source>
        <translation>每個節點的邊數</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>驅動節點</translation>
    </message>
    <message>
        <source>receivers</source>
        <translation>接收節點</translation>
    </message>
    <message>
        <source>ordinary nodes</source>
        <translation>普通節點</translation>
    </message>
    <message>
        <source>complexity (receivers / drivers)</source>
        <translation>複雜度（接收 / 驅動）</translation>
    </message>
    <message>
        <source>hierarchy index</source>
        <translation>層級指數</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>both are {kind} sheets by their names; Windtunnel reads one {kind} sheet and would drop the other&apos;s rows: move them into one sheet, or rename the sheet that is not meant to be read</source>
        <translation>按名稱看兩者都是 {kind} 工作表；Windtunnel 只讀取一個 {kind} 工作表，會丟掉另一個的行：請把行移到同一個工作表，或重新命名不打算讀取的工作表</translation>
    </message>
    <message>
        <source>the column label {label!r} heads {count} columns ({columns}); Windtunnel reads one column of each kind: rename or remove the others</source>
        <translation>欄標題 {label!r} 出現在 {count} 欄（{columns}）；Windtunnel 每種欄只讀一欄：請重新命名或刪除其他欄</translation>
    </message>
    <message>
        <source>holds the times when each row&apos;s node or edge exists (Gephi&apos;s timeset); those times were not kept: a map has no time line, so every row was read as if it always existed</source>
        <translation>包含每行的節點或邊存在的時間（Gephi 的 timeset）；這些時間沒有保留：圖沒有時間軸，所以每一行都按始終存在讀入</translation>
    </message>
    <message>
        <source>ignored node attribute {names}</source>
        <translation>已略過節點屬性 {names}</translation>
    </message>
    <message>
        <source>ignored node attributes {names}</source>
        <translation>已略過節點屬性 {names}</translation>
    </message>
    <message>
        <source>ignored edge attribute {names}</source>
        <translation>已略過邊屬性 {names}</translation>
    </message>
    <message>
        <source>ignored edge attributes {names}</source>
        <translation>已略過邊屬性 {names}</translation>
    </message>
    <message>
        <source>ignored column {names}</source>
        <translation>已略過欄 {names}</translation>
    </message>
    <message>
        <source>ignored columns {names}</source>
        <translation>已略過欄 {names}</translation>
    </message>
    <message>
        <source>used edge attribute {names} to tell parallel edges apart: the rationale of the edge they merged into gives each edge&apos;s value</source>
        <translation>已用邊屬性 {names} 區分平行邊：合併後的邊的理由寫明了每條邊的值</translation>
    </message>
    <message>
        <source>used edge attributes {names} to tell parallel edges apart: the rationale of the edge they merged into gives each edge&apos;s values</source>
        <translation>已用邊屬性 {names} 區分平行邊：合併後的邊的理由寫明了每條邊的各項值</translation>
    </message>
    <message>
        <source>used column {names} to tell parallel edges apart: the rationale of the edge they merged into gives each row&apos;s value</source>
        <translation>已用欄 {names} 區分平行邊：合併後的邊的理由寫明了每一行的值</translation>
    </message>
    <message>
        <source>used columns {names} to tell parallel edges apart: the rationale of the edge they merged into gives each row&apos;s values</source>
        <translation>已用欄 {names} 區分平行邊：合併後的邊的理由寫明了每一行的各項值</translation>
    </message>
    <message>
        <source>holds the error value {text}; replace it by the text it should show</source>
        <translation>含有錯誤值 {text}；請替換為它本應顯示的文字</translation>
    </message>
    <message>
        <source>the formula {formula!r} was imported as plain text</source>
        <translation>公式 {formula!r} 作為純文字匯入</translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}：{message}</translation>
    </message>
    <message>
        <source>{place}: {left!r} where {read!r} is shown</source>
        <translation>{place}：{left!r}（顯示的是 {read!r}）</translation>
    </message>
    <message>
        <source>ignored {word} attribute {left!r} where attribute {read!r} is given: both name the same, and they differ for {count} {word}{s} ({rows}{more}); the map shows {read!r}</source>
        <translation>已有屬性 {read!r}，因此忽略屬性 {left!r}：兩者表示同一內容，但有 {count} 個元素不一致（{rows}{more}）；圖上顯示的是 {read!r}</translation>
    </message>
    <message>
        <source>ignored column {left!r} where column {read!r} is filled in: both name the same, and they differ in {count} row{s} ({rows}{more}); the map shows {read!r}</source>
        <translation>已填寫欄 {read!r}，因此忽略欄 {left!r}：兩者表示同一內容，但有 {count} 行不一致（{rows}{more}）；圖上顯示的是 {read!r}</translation>
    </message>
    <message>
        <source>{count} {word}{s} without attribute {read!r} took {left!r} as {read!r}</source>
        <translation>{count} 個沒有屬性 {read!r} 的元素以 {left!r} 作為 {read!r}</translation>
    </message>
    <message>
        <source>{count} row{s} with column {read!r} empty took column {left!r} as {read!r}</source>
        <translation>{count} 行的欄 {read!r} 為空，以欄 {left!r} 作為 {read!r}</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>there is no scenario {key!r}; valid scenarios: {valid}</source>
        <translation>沒有情景 {key!r}；有效情景：{valid}</translation>
    </message>
    <message>
        <source>{key!r} is the label of {count} scenarios ({ids}); give the id of the one meant</source>
        <translation>{key!r} 是 {count} 個情景（{ids}）的標籤；請提供所指情景的 ID</translation>
    </message>
    <message>
        <source>{key!r} is the label of {count} nodes ({ids}); give the id of the one meant</source>
        <translation>{key!r} 是 {count} 個節點（{ids}）的標籤；請提供所指節點的 ID</translation>
    </message>
    <message>
        <source>there is no node {key!r}; valid nodes: {valid}</source>
        <translation>沒有節點 {key!r}；有效節點：{valid}</translation>
    </message>
    <message>
        <source>{samples} is not a whole number from 0 to {max_samples:,}</source>
        <translation>{samples} 不是 0 到 {max_samples:,} 之間的整數</translation>
    </message>
    <message>
        <source>{sample} is not one of {kinds}</source>
        <translation>{sample} 不是 {kinds} 之一</translation>
    </message>
    <message>
        <source>sampling participants needs a model with participants</source>
        <translation>抽取參與者需要一個有參與者的模型</translation>
    </message>
    <message>
        <source>run scenarios and print the largest changes</source>
        <translation>執行情景並輸出最大的變化</translation>
    </message>
    <message>
        <source>Run the baseline and scenarios of a model; print the largest changes from baseline per scenario, the verdicts and the objectives scorecard.</source>
        <translation>執行模型的基線和各情景；輸出每個情景相對基線的最大變化、執行結論以及目標計分卡。</translation>
    </message>
    <message>
        <source>a scenario id or label (repeat for several; default: all)</source>
        <translation>情景 id 或標籤（可重複以指定多個；預設：全部）</translation>
    </message>
    <message>
        <source>Monte Carlo samples of uncertain edge weights (default 0: none)</source>
        <translation>不確定邊權重的蒙地卡羅樣本數（預設 0：不抽樣）</translation>
    </message>
    <message>
        <source>what each Monte Carlo sample draws: the uncertain edge weights (default), one participant&apos;s map, drawn by credibility (participants), or such a map with its weights then drawn within bounds (both)</source>
        <translation>每個蒙地卡羅樣本抽取甚麼：不確定的邊權重（預設）、按可信度抽取的一位參與者的圖（participants），或這樣一張圖再在界限內抽取其權重（both）</translation>
    </message>
    <message>
        <source>Monte Carlo in float32: faster for large runs, bands within 1e-6 of float64&apos;s (default: the model&apos;s setting)</source>
        <translation>以 float32 執行蒙地卡羅：大型執行更快，區間帶與 float64 相差不超過 1e-6（預設：模型的設定）</translation>
    </message>
    <message>
        <source>number of steps (default: the model&apos;s)</source>
        <translation>步數（預設：模型的步數）</translation>
    </message>
    <message>
        <source>nodes listed per scenario (default 10)</source>
        <translation>每個情景列出的節點數（預設 10）</translation>
    </message>
    <message>
        <source>also run every scenario on each participant&apos;s map and say how many maps agree (the model must have participants)</source>
        <translation>同時在每位參與者的圖上執行每個情景，並説明有多少張圖結論一致（模型必須有參與者）</translation>
    </message>
    <message>
        <source>also print guaranteed ranges of the objectives&apos; nodes for every weight anywhere in its low..high range</source>
        <translation>同時輸出各目標節點在每個權重取遍其 low..high 範圍時的保證區間</translation>
    </message>
    <message>
        <source>also write the results; the suffix picks the format (.csv table, .xlsx workbook)</source>
        <translation>同時寫出結果；後綴決定格式（.csv 表格、.xlsx 活頁簿）</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>蒙地卡羅</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已寫入 {out}</translation>
    </message>
    <message>
        <source>across {count} participants&apos; maps:</source>
        <translation>在 {count} 名參與者的圖上：</translation>
    </message>
    <message>
        <source>scenario {id} ({label}):</source>
        <translation>情景 {id}（{label}）：</translation>
    </message>
    <message>
        <source>node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>shared map</source>
        <translation>共享圖</translation>
    </message>
    <message>
        <source>rises on</source>
        <translation>上升的圖</translation>
    </message>
    <message>
        <source>falls on</source>
        <translation>下降的圖</translation>
    </message>
    <message>
        <source>range</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>no node changes on the shared map</source>
        <translation>共享圖上沒有節點變化</translation>
    </message>
    <message>
        <source>{objective}: met on {met} of {count} maps</source>
        <translation>{objective}：{count} 張圖中 {met} 張達成</translation>
    </message>
    <message>
        <source>(not: {names})</source>
        <translation>（未達成：{names}）</translation>
    </message>
    <message>
        <source>{part} of {count}</source>
        <translation>{part}/{count}</translation>
    </message>
    <message>
        <source>run with the conventions of another FCM tool instead of the model&apos;s settings</source>
        <translation>使用另一個 FCM 工具的約定執行，而不是模型的設定</translation>
    </message>
    <message>
        <source>--out {path}: unknown file type {suffix}; use {known}</source>
        <translation>--out {path}：未知的檔案類型 {suffix}；請使用 {known}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>trust (is the answer the only one?):</source>
        <translation>可信度（答案是否唯一？）：</translation>
    </message>
    <message>
        <source>no objectives: no guaranteed ranges to show</source>
        <translation>沒有目標：沒有可顯示的保證範圍</translation>
    </message>
    <message>
        <source>guaranteed ranges at the last step, for every weight anywhere in its low..high range (conservative):</source>
        <translation>最後一步的保證範圍，適用於每個權重在其下限..上限範圍內的任何取值（保守估計）：</translation>
    </message>
    <message>
        <source>run</source>
        <translation>運行</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>change</source>
        <translation>變化</translation>
    </message>
    <message>
        <source>baseline: {verdict}</source>
        <translation>基線：{verdict}</translation>
    </message>
    <message>
        <source>no scenarios in this model</source>
        <translation>此模型中沒有情景</translation>
    </message>
    <message>
        <source>scenario {id} ({label}): {verdict}</source>
        <translation>情景 {id}（{label}）：{verdict}</translation>
    </message>
    <message>
        <source>no node changes from baseline</source>
        <translation>沒有節點相對基線變化</translation>
    </message>
    <message>
        <source>label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>P(up)</source>
        <translation>上升概率</translation>
    </message>
    <message>
        <source>objectives:</source>
        <translation>目標：</translation>
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
        <source>scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>wants</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>閾值</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>P(met)</source>
        <translation>達成概率</translation>
    </message>
    <message>
        <source>{title}: {steps} {unit}s, rule {rule}, {activation} (lambda {steepness}), start {start}, drivers {drivers}</source>
        <translation>{title}：{steps} {unit}，規則 {rule}，{activation}（lambda {steepness}），起點 {start}，驅動節點 {drivers}</translation>
    </message>
    <message>
        <source>{samples} samples of participants&apos; maps, seed {seed}</source>
        <translation>{samples} 個參與者圖的樣本，隨機種子 {seed}</translation>
    </message>
    <message>
        <source>{samples} samples of participants&apos; maps and their weights, seed {seed}</source>
        <translation>{samples} 個參與者圖及其權重的樣本，隨機種子 {seed}</translation>
    </message>
    <message>
        <source>{samples} samples, seed {seed}</source>
        <translation>{samples} 個樣本，隨機種子 {seed}</translation>
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
        <translation>第二個情景 {id!r}（第一個在第 {row} 行）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>為空</translation>
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
        <translation>沒有目標 {objective!r}；有效目標：{valid}</translation>
    </message>
    <message>
        <source>{objective!r} is the label of {count} objectives ({ids}); give the id of the one meant</source>
        <translation>{objective!r} 是 {count} 個目標（{ids}）的標籤；請提供所指目標的 ID</translation>
    </message>
    <message>
        <source>which edge weights and levers move an objective most</source>
        <translation>哪些邊權重和槓桿對目標影響最大</translation>
    </message>
    <message>
        <source>Tornado of edge weights (each at its low and high bound) and lever elasticities for one objective in one scenario.</source>
        <translation>一個情景中某一目標的邊權重龍捲風圖（每個權重取其下界和上界）及槓桿彈性。</translation>
    </message>
    <message>
        <source>a scenario id or label</source>
        <translation>情景 id 或標籤</translation>
    </message>
    <message>
        <source>an objective id or label</source>
        <translation>目標 id 或標籤</translation>
    </message>
    <message>
        <source>tornado bars and levers listed (default 15)</source>
        <translation>列出的龍捲風條和槓桿數（預設 15）</translation>
    </message>
    <message>
        <source>also write every tornado bar as a CSV table</source>
        <translation>同時將每條龍捲風條寫為 CSV 表</translation>
    </message>
    <message>
        <source>--out {out}: the tornado is written as .csv</source>
        <translation>--out {out}：龍捲風圖以 .csv 格式寫出</translation>
    </message>
    <message>
        <source>tornado</source>
        <translation>龍捲風圖</translation>
    </message>
    <message>
        <source>levers</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已寫入 {out}</translation>
    </message>
    <message>
        <source>objective {objective} in scenario {scenario}: change from baseline at the last step {change}</source>
        <translation>情景 {scenario} 中的目標 {objective}：最後一步相對基線的變化 {change}</translation>
    </message>
    <message>
        <source>tornado (edge weight at its low and high bound, widest swing first):</source>
        <translation>龍捲風圖（邊權重取其下限和上限，擺幅最大的在前）：</translation>
    </message>
    <message>
        <source>the model has no edges</source>
        <translation>模型沒有邊</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>邊</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>range</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>value at low</source>
        <translation>下限時的值</translation>
    </message>
    <message>
        <source>value at high</source>
        <translation>上限時的值</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>擺幅</translation>
    </message>
    <message>
        <source>... and {count} more edges (--top, or --out FILE.csv)</source>
        <translation>……另有 {count} 條邊（--top，或 --out FILE.csv）</translation>
    </message>
    <message>
        <source>levers (slope of the objective value per unit of lever value):</source>
        <translation>槓桿（槓桿值每變化一個單位時目標值的斜率）：</translation>
    </message>
    <message>
        <source>the model has no levers (restriction nodes)</source>
        <translation>模型沒有槓桿（限制措施節點）</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>效應</translation>
    </message>
    <message>
        <source>elasticity</source>
        <translation>彈性</translation>
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
        <translation>有 {count:,} 個標籤被多個節點共用，這些節點保留為各自獨立的節點，但在圖上看起來一樣：{labels}</translation>
    </message>
</context>
<context>
    <name>sheet_roles</name>
    <message>
        <source>the sheet of nodes chosen, {sheet!r}, is no sheet whose Label column lists nodes the edges join (those that do: {names})</source>
        <translation>所選的節點工作表 {sheet!r} 不是其 Label 欄列出邊所連接節點的工作表（這樣的工作表：{names}）</translation>
    </message>
    <message>
        <source>read as the nodes (no sheet is named Nodes or Elements): its {column} column names nodes the edges join</source>
        <translation>已讀作節點（沒有名為 Nodes 或 Elements 的工作表）：其 {column} 欄列出了邊所連接的節點</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements</source>
        <translation>每個都列出邊所連接的節點（有 Label 欄），且都不叫 Nodes 或 Elements</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements: name the sheet of nodes Nodes, or import the file again and choose the sheet when Windtunnel asks</source>
        <translation>每個都列出邊所連接的節點（有 Label 欄），且都不叫 Nodes 或 Elements：請把節點工作表命名為 Nodes，或再次匯入該檔案，並在 Windtunnel 詢問時選擇該工作表</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements: name the sheet of nodes Nodes, or import with --nodes-sheet and its name</source>
        <translation>每個都列出邊所連接的節點（有 Label 欄），且都不叫 Nodes 或 Elements：請把節點工作表命名為 Nodes，或匯入時用 --nodes-sheet 指定其名稱</translation>
    </message>
</context>
<context>
    <name>story</name>
    <message>
        <source>The levers</source>
        <translation>槓桿</translation>
    </message>
    <message>
        <source>{node} {moves} ({objective}: {verdict})</source>
        <translation>{node}{moves}（{objective}：{verdict}）</translation>
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
        <source>Outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>First effects</source>
        <translation>第一輪影響</translation>
    </message>
    <message>
        <source>Second-round effects</source>
        <translation>第二輪影響</translation>
    </message>
    <message>
        <source>Third-round effects</source>
        <translation>第三輪影響</translation>
    </message>
    <message>
        <source>{steps} steps on</source>
        <translation>此後第 {steps} 輪</translation>
    </message>
    <message>
        <source>{node} {moves} (through {via})</source>
        <translation>{node}{moves}（經由 {via}）</translation>
    </message>
    <message>
        <source>{node} {moves}</source>
        <translation>{node}{moves}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 個</translation>
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
        <translation>幾乎不變</translation>
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
        <translation>未搜尋長於 {length} 個節點的迴路</translation>
    </message>
    <message>
        <source>the search stopped after {count} loops; more exist</source>
        <translation>搜尋在找到 {count} 個迴路後停止；還有更多</translation>
    </message>
    <message>
        <source>the search stopped after its time budget of {seconds} s with {count} loops; more may exist</source>
        <translation>搜尋在 {seconds} 秒的時間預算用盡時停止，已找到 {count} 個迴路；可能還有更多</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>all loops listed</source>
        <translation>已列出所有迴路</translation>
    </message>
    <message>
        <source>betweenness is exact</source>
        <translation>中介中心性為精確值</translation>
    </message>
    <message>
        <source>betweenness is an estimate from {pivots} of {count} nodes as sources (pivots drawn with a fixed seed)</source>
        <translation>中介中心性是以 {count} 個節點中的 {pivots} 個為起點的估計值（樞紐以固定種子抽取）</translation>
    </message>
    <message>
        <source>give at least one actor</source>
        <translation>請至少給出一個行為體</translation>
    </message>
    <message>
        <source>{outcome!r} is also one of the actors</source>
        <translation>{outcome!r} 也是行為體之一</translation>
    </message>
    <message>
        <source>print node metrics, model statistics, loops and chokepoints</source>
        <translation>輸出節點指標、模型統計、迴路和瓶頸</translation>
    </message>
    <message>
        <source>Describe the structure of a model: statistics, the most central nodes, feedback loops and (with --actor and --outcome) chokepoints.</source>
        <translation>描述模型的結構：統計數據、最中心的節點、反饋迴路，以及（配合 --actor 和 --outcome）瓶頸。</translation>
    </message>
    <message>
        <source>nodes and loops listed (default 15)</source>
        <translation>列出的節點和迴路數（預設 15）</translation>
    </message>
    <message>
        <source>stop the loop search after this many loops (default 10000)</source>
        <translation>找到這麼多回路後停止迴路搜尋（預設 10000）</translation>
    </message>
    <message>
        <source>longest loop searched, in nodes (default 12)</source>
        <translation>搜尋的最長迴路，以節點數計（預設 12）</translation>
    </message>
    <message>
        <source>estimate betweenness from K source nodes (default: exact up to 500 nodes, 250 pivots above)</source>
        <translation>從 K 個源節點估計介數（預設：500 個節點以內精確計算，以上用 250 個樞軸）</translation>
    </message>
    <message>
        <source>with --outcome: an actor whose positive paths to the outcome are cut (repeat for several)</source>
        <translation>配合 --outcome：一個行為體，其到結果的正向路徑會被切斷（可重複以指定多個）</translation>
    </message>
    <message>
        <source>with --actor: the outcome node of the chokepoint search</source>
        <translation>配合 --actor：瓶頸搜尋的結果節點</translation>
    </message>
    <message>
        <source>also write every node&apos;s metrics as a CSV table</source>
        <translation>同時將每個節點的指標寫為 CSV 表</translation>
    </message>
    <message>
        <source>--actor and --outcome go together</source>
        <translation>--actor 和 --outcome 必須一起使用</translation>
    </message>
    <message>
        <source>--out {out}: the metrics are written as .csv</source>
        <translation>--out {out}：指標以 .csv 格式寫出</translation>
    </message>
    <message>
        <source>loops</source>
        <translation>迴路</translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation>中介中心性</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>已寫入 {out}</translation>
    </message>
    <message>
        <source>{title}: {nodes} nodes, {edges} edges</source>
        <translation>{title}：{nodes} 個節點，{edges} 條邊</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>統計量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>drivers / receivers / ordinary</source>
        <translation>驅動節點 / 接收節點 / 普通節點</translation>
    </message>
    <message>
        <source>most central nodes ({note}):</source>
        <translation>中心性最高的節點（{note}）：</translation>
    </message>
    <message>
        <source>node</source>
        <translation>節點</translation>
    </message>
    <message>
        <source>label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入邊</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出邊</translation>
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
        <translation>反饋迴路：{count} 個（增強 {reinforcing} 個，平衡 {balancing} 個）；{note}</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>極性</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>... and {count} more (windtunnel loops lists them)</source>
        <translation>……另有 {count} 個（windtunnel loops 會列出它們）</translation>
    </message>
    <message>
        <source>chokepoints: no positive path from {actors} to {outcome}</source>
        <translation>瓶頸：從 {actors} 到 {outcome} 沒有正向路徑</translation>
    </message>
    <message>
        <source>chokepoints from {actors} to {outcome}: {nodes}</source>
        <translation>從 {actors} 到 {outcome} 的瓶頸：{nodes}</translation>
    </message>
    <message>
        <source>none (only direct edges)</source>
        <translation>無（只有直接的邊）</translation>
    </message>
    <message>
        <source>; direct positive edges that no node removal cuts: from {actors}</source>
        <translation>；移除任何節點都切不斷的直接正向邊：來自 {actors}</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>the file is {size:,.0f} MB; imports are at most {file_bytes} MB</source>
        <translation>檔案大小為 {size:,.0f} MB；匯入最大為 {file_bytes} MB</translation>
    </message>
    <message>
        <source>is {kind}, not a file to read</source>
        <translation>是{kind}，不是可讀取的檔案</translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation>不是有效的檔案名稱</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>無法讀取檔案（{strerror}）</translation>
    </message>
    <message>
        <source>has {count:,} columns; the limit is {columns:,}</source>
        <translation>有 {count:,} 欄；上限為 {columns:,}</translation>
    </message>
    <message>
        <source>the {what} has more than {cells:,} cells</source>
        <translation>{what}超過 {cells:,} 個儲存格</translation>
    </message>
    <message>
        <source>the {what} has more than {rows:,} data rows</source>
        <translation>{what}超過 {rows:,} 行數據</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <source>read as the header row: the text above it ({title!r}) was taken for the sheet&apos;s title and not read</source>
        <translation>此行作為表頭行讀取：其上方的文字（{title!r}）被視為工作表的題目，未讀取</translation>
    </message>
    <message>
        <source>the first column, without a header, numbers the rows {first:,} to {last:,}: read as row numbers, not data</source>
        <translation>沒有標題的第一欄為各行編號 {first:,} 至 {last:,}：已作為行號讀取，而非數據</translation>
    </message>
    <message>
        <source>found neither a Nodes nor an Edges sheet (sheets: {sheets})</source>
        <translation>既沒有 Nodes 工作表，也沒有 Edges 工作表（工作表：{sheets}）</translation>
    </message>
    <message>
        <source>no Sources sheet: created 1 source from the cited id ({ids})</source>
        <translation>沒有 Sources 工作表：已根據引用的 id 建立 1 個來源（{ids}）</translation>
    </message>
    <message>
        <source>no Sources sheet: created {count} sources from the cited ids ({ids})</source>
        <translation>沒有 Sources 工作表：已根據引用的 id 建立 {count} 個來源（{ids}）</translation>
    </message>
    <message>
        <source>{key!r} is not a setting; ignored</source>
        <translation>{key!r} 不是設定項，已略過</translation>
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation>{key}：{problem}</translation>
    </message>
    <message>
        <source>{key}: must be text of {least}-{most:,} characters</source>
        <translation>{key}：必須是 {least}-{most:,} 個字元的文字</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>is not a set of translations</source>
        <translation>不是一組翻譯</translation>
    </message>
    <message>
        <source>marks {count:,} translations for review, more than the {total:,} it has</source>
        <translation>標記了 {count:,} 條待覆核的譯文，多於它擁有的 {total:,} 條譯文</translation>
    </message>
    <message>
        <source>has no translation to review</source>
        <translation>沒有需要覆核的譯文</translation>
    </message>
    <message>
        <source>has {count:,} languages, more than {most}</source>
        <translation>有 {count:,} 種語言，超過上限 {most}</translation>
    </message>
    <message>
        <source>is translated twice</source>
        <translation>被翻譯了兩次</translation>
    </message>
    <message>
        <source>{field} has no translations here (only {fields})</source>
        <translation>{field} 在此沒有翻譯（只有 {fields} 可翻譯）</translation>
    </message>
    <message>
        <source>{tag} is not a language tag</source>
        <translation>{tag} 不是語言標籤</translation>
    </message>
    <message>
        <source>{tag} is not a language tag as files write it: write {hint!r}</source>
        <translation>{tag} 不是檔案中所寫形式的語言標籤：請寫作 {hint!r}</translation>
    </message>
    <message>
        <source>{tag} is not a BCP 47 language tag (such as &apos;zh-CN&apos;, &apos;zh-HK&apos;, &apos;ja&apos;)</source>
        <translation>{tag} 不是 BCP 47 語言標籤（如 &apos;zh-CN&apos;、&apos;zh-HK&apos;、&apos;ja&apos;）</translation>
    </message>
    <message>
        <source>is empty (leave the language out to show the original)</source>
        <translation>為空（要顯示原文，請省略該語言）</translation>
    </message>
    <message>
        <source>holds the control character {code} at character {position}; translations are plain text</source>
        <translation>第 {position} 個字元處有控制字元 {code}；翻譯應為純文字</translation>
    </message>
    <message>
        <source>has no name: only a named group has translations</source>
        <translation>沒有名稱：只有有名稱的組才能有翻譯</translation>
    </message>
</context>
<context>
    <name>translations_sheet</name>
    <message>
        <source>a Translations sheet needs the columns {columns} (missing: {missing})</source>
        <translation>Translations 工作表需要這些欄：{columns}（缺少：{missing}）</translation>
    </message>
    <message>
        <source>a group has only a {field} to translate, not {written}</source>
        <translation>組只有 {field} 可翻譯，{written} 不可翻譯</translation>
    </message>
    <message>
        <source>the group {field} in {language} is also given in row {row}</source>
        <translation>{language} 中的組 {field} 在第 {row} 行也已給出</translation>
    </message>
    <message>
        <source>the {field} of this {kind} in {language} is also given in row {row}</source>
        <translation>此 {kind} 在 {language} 中的 {field} 在第 {row} 行也已給出</translation>
    </message>
    <message>
        <source>the model has no edge from {source} to {target}</source>
        <translation>模型中沒有從 {source} 到 {target} 的邊</translation>
    </message>
    <message>
        <source>the model has no node {id}</source>
        <translation>模型中沒有節點 {id}</translation>
    </message>
    <message>
        <source>the model has no scenario {id}</source>
        <translation>模型中沒有情景 {id}</translation>
    </message>
    <message>
        <source>the model has no objective {id}</source>
        <translation>模型中沒有目標 {id}</translation>
    </message>
    <message>
        <source>the model has no source {id}</source>
        <translation>模型中沒有出處 {id}</translation>
    </message>
    <message>
        <source>the model has no participant {id}</source>
        <translation>模型中沒有參與者 {id}</translation>
    </message>
    <message>
        <source>{name!r} names {count} groups ({groups}), whose names differ at most by case; write the group as its nodes do</source>
        <translation>{name!r} 指向 {count} 個名稱最多只有大小寫不同的組別（{groups}）；請按其節點的寫法寫出該組別</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>infinity</source>
        <translation>無窮</translation>
    </message>
    <message>
        <source>no slope bound for a step activation: uniqueness cannot be shown</source>
        <translation>階躍激活函數沒有斜率界限：無法證明唯一性</translation>
    </message>
    <message>
        <source>contraction factor {factor} {relation} 1 ({norm}-norm)</source>
        <translation>收縮系數 {factor} {relation} 1（{norm}範數）</translation>
    </message>
    <message>
        <source>the only possible answer</source>
        <translation>唯一可能的答案</translation>
    </message>
    <message>
        <source>the same answer from every start tried</source>
        <translation>所試的每個起點都得到同一答案</translation>
    </message>
    <message>
        <source>may depend on the start</source>
        <translation>可能取決於起點</translation>
    </message>
    <message>
        <source>may cycle: not settled</source>
        <translation>可能循環：尚未穩定</translation>
    </message>
    <message>
        <source>these results do not depend on the starting values</source>
        <translation>這些結果與起始值無關</translation>
    </message>
    <message>
        <source>every starting point tried gave these same results, though that is not proven for all</source>
        <translation>試過的每個起始值都得到相同的結果，但並未證明對所有起始值都如此</translation>
    </message>
    <message>
        <source>other starting values give other results: read them with care</source>
        <translation>起始值不同，結果也不同：解讀時請謹慎</translation>
    </message>
    <message>
        <source>the map is still changing at the last step: run more steps before relying on them</source>
        <translation>到最後一步時圖仍在變化：請先增加步數再執行，然後再依賴這些結果</translation>
    </message>
    <message>
        <source>contraction factor {factor} &lt; 1: every start ends at this answer</source>
        <translation>收縮因子 {factor} &lt; 1：每個起點都會到達這個答案</translation>
    </message>
    <message>
        <source>a step activation has no slope bound</source>
        <translation>階躍激活函數沒有斜率上界</translation>
    </message>
    <message>
        <source>factor {factor} ≥ 1</source>
        <translation>因子 {factor} ≥ 1</translation>
    </message>
    <message>
        <source>{starts} different starts end within {spread} of each other; not proven unique ({why})</source>
        <translation>{starts} 個不同起點的結果彼此相差不超過 {spread}；未證明唯一（{why}）</translation>
    </message>
    <message>
        <source>{starts} starts are still moving at the last step, up to {spread} apart at {node}; run longer to tell</source>
        <translation>{starts} 個起點在最後一步仍在變化，在 {node} 處相差最多 {spread}；請運行更長時間再判斷</translation>
    </message>
    <message>
        <source>{starts} different starts settle up to {spread} apart at {node}</source>
        <translation>{starts} 個不同起點穩定後在 {node} 處相差最多 {spread}</translation>
    </message>
    <message>
        <source>unique stable fixed point ({bound})</source>
        <translation>唯一穩定不動點（{bound}）</translation>
    </message>
    <message>
        <source>not guaranteed unique ({bound}), but runs from {starts} starts end within {spread} of each other</source>
        <translation>不保證唯一（{bound}），但從 {starts} 個起點出發的運行最終彼此相差不超過 {spread}</translation>
    </message>
    <message>
        <source>not settled: runs from {starts} starts have not all converged (or entered a cycle) by the last step and end up to {spread} apart (at {node}); run longer to tell; {bound}</source>
        <translation>未穩定：從 {starts} 個起點出發的運行到最後一步並未全部收斂（或進入循環），最終相差最多 {spread}（在 {node}）；請運行更長時間再判斷；{bound}</translation>
    </message>
    <message>
        <source>depends on the start: runs from {starts} starts end up to {spread} apart (at {node}); {bound}</source>
        <translation>取決於起點：從 {starts} 個起點出發的運行最終相差最多 {spread}（在 {node}）；{bound}</translation>
    </message>
</context>
<context>
    <name>unheaded</name>
    <message>
        <source>the header {header!r} is merged across columns {columns}: it heads column {first} alone, so the cells of row {rows} under its other columns were not read; unmerge it and give each column a header to read them</source>
        <translation>標題 {header!r} 跨欄 {columns} 合併：它只是欄 {first} 的標題，因此第 {rows} 行在其他欄中的儲存格未被讀取；請取消合併，並給每一欄加上標題以讀取它們</translation>
    </message>
    <message>
        <source>the header {header!r} is merged across columns {columns}: it heads column {first} alone, so the cells of {count} rows under its other columns (rows {rows}) were not read; unmerge it and give each column a header to read them</source>
        <translation>標題 {header!r} 跨欄 {columns} 合併：它只是欄 {first} 的標題，因此 {count} 行（第 {rows} 行）在其他欄中的儲存格未被讀取；請取消合併，並給每一欄加上標題以讀取它們</translation>
    </message>
    <message>
        <source>row {rows} holds cells in a column without a header (column {columns}): they were not read; give their column a header to read it</source>
        <translation>第 {rows} 行在沒有標題的欄中有儲存格（欄 {columns}）：這些儲存格未被讀取；請給它們所在的欄加上標題以讀取它</translation>
    </message>
    <message>
        <source>{count} rows hold cells in columns without a header (rows {rows}; columns {columns}): they were not read; give their column a header to read it</source>
        <translation>{count} 行在沒有標題的欄中有儲存格（第 {rows} 行；欄 {columns}）：這些儲存格未被讀取；請給它們所在的欄加上標題以讀取它</translation>
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
        <translation>是公式（{text}）；Windtunnel 從不計算公式：請將其替換為它的{wanted}（選擇性貼上 &gt; 數值）</translation>
    </message>
    <message>
        <source>holds the error value {text}, not a {wanted}</source>
        <translation>含有錯誤值 {text}，而不是{wanted}</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} 不是數</translation>
    </message>
    <message>
        <source>a whole number of about {digits:,} digits is past the largest number Windtunnel holds (about 1e308)</source>
        <translation>約 {digits:,} 位的整數超出了 Windtunnel 能容納的最大數（約 1e308）</translation>
    </message>
    <message>
        <source>{raw!r} is not a number</source>
        <translation>{raw!r} 不是數</translation>
    </message>
    <message>
        <source>holds {text!r} in a cell the workbook marks as TRUE or FALSE: the workbook is damaged, or the program that wrote it slipped; type the cell again in Excel</source>
        <translation>活頁簿標為 TRUE 或 FALSE 的儲存格中是 {text!r}：活頁簿已損壞，或寫出它的程式出錯；請在 Excel 中重新輸入該儲存格</translation>
    </message>
    <message>
        <source>holds {text!r} in a cell the workbook marks as a number: the workbook is damaged, or the program that wrote it slipped; type the cell again in Excel</source>
        <translation>活頁簿標為數字的儲存格中是 {text!r}：活頁簿已損壞，或寫出它的程式出錯；請在 Excel 中重新輸入該儲存格</translation>
    </message>
    <message>
        <source>{raw!r} could be {thousands} (a comma between thousands) or {decimal} (a decimal comma); write it without the comma, or with a decimal point</source>
        <translation>{raw!r} 可以是 {thousands}（千位分隔的逗號），也可以是 {decimal}（小數逗號）；請去掉逗號，或用小數點書寫</translation>
    </message>
    <message>
        <source>{raw!r} is nearer 0 than any number Windtunnel holds: write 0, or a number it can hold</source>
        <translation>{raw!r} 比 Windtunnel 能儲存的任何數都更接近 0：請寫成 0，或寫成它能儲存的數</translation>
    </message>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text} 不是有限數</translation>
    </message>
    <message>
        <source>is the number {number:g} formatted as a date: format the column as Number</source>
        <translation>是設為日期格式的數字 {number:g}：請將該欄的格式設為「數值」</translation>
    </message>
    <message>
        <source>holds the time {time}, not a number (the number {number:g} formatted as a time): format the column as Number</source>
        <translation>存放的是時間 {time}，而不是數字（設為時間格式的數字 {number:g}）：請將該欄的格式設為「數值」</translation>
    </message>
    <message>
        <source>holds the date {date}, not a number (a spreadsheet turns 1/2 typed into a cell into a date, and shows any number in a column formatted as dates as one): format the column as Number and type the value again</source>
        <translation>存放的是日期 {date}，而不是數字（試算表會把儲存格中輸入的 1/2 變成日期，設為日期格式的欄也會把數字顯示為日期）：請將該欄的格式設為「數值」，並重新輸入該值</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} 不是整數</translation>
    </message>
    <message>
        <source>{word!r} is not yes/no or true/false</source>
        <translation>{word!r} 不是 yes/no 或 true/false</translation>
    </message>
    <message>
        <source>{strip!r} is a weight that changes over time (Gephi&apos;s dynamic weight); Windtunnel needs one number per edge</source>
        <translation>{strip!r} 是隨時間變化的權重（Gephi 的動態權重）；Windtunnel 需要每條邊一個數</translation>
    </message>
    <message>
        <source>{value!r}: the bounds of a fuzzy weight must be in order (low, weight, high)</source>
        <translation>{value!r}：模糊權重的邊界必須有序（low、weight、high）</translation>
    </message>
    <message>
        <source>{word!r} is not a sign (positive/negative, +/-)</source>
        <translation>{word!r} 不是符號（positive/negative、+/-）</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>converged at step {step}</source>
        <translation>在第 {step} 步收斂</translation>
    </message>
    <message>
        <source>limit cycle of period {period}</source>
        <translation>週期為 {period} 的極限環</translation>
    </message>
    <message>
        <source>not converged by step {step}</source>
        <translation>到第 {step} 步仍未收斂</translation>
    </message>
</context>
<context>
    <name>voices</name>
    <message>
        <source>the model has no participants</source>
        <translation>模型沒有參與者</translation>
    </message>
</context>
<context>
    <name>weight_labels</name>
    <message>
        <source>weights written as labels were read with Mental Modeler&apos;s numbers (high 1, medium 0.62, low 0.25): {labels}; write numbers to give other strengths</source>
        <translation>以標籤寫出的權重按 Mental Modeler 的數值讀取（高 1，中 0.62，低 0.25）：{labels}；若要其他強度，請寫數字</translation>
    </message>
</context>
<context>
    <name>xmlsafe</name>
    <message>
        <source>refused unsafe XML (a DTD or entity declaration): {kind} files do not need one</source>
        <translation>已拒絕不安全的 XML（DTD 或實體聲明）：{kind} 檔案不需要它</translation>
    </message>
    <message>
        <source>not valid XML</source>
        <translation>不是有效的 XML</translation>
    </message>
    <message>
        <source>the file declares no encoding, so it is UTF-8, and this byte is not: save it as UTF-8, or name its encoding in its first line (&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;)</source>
        <translation>檔案沒有聲明編碼，因此應為 UTF-8，而這個位元組不是：請另存為 UTF-8，或在第一行寫明其編碼（&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;）</translation>
    </message>
    <message>
        <source>the file declares the encoding {name!r}, which is not one Windtunnel knows; save it as UTF-8</source>
        <translation>檔案聲明的編碼 {name!r} 不是 Windtunnel 認識的編碼；請將其儲存為 UTF-8</translation>
    </message>
    <message>
        <source>not valid {name} text, though the file declares that encoding</source>
        <translation>不是有效的 {name} 文字，儘管檔案聲明了該編碼</translation>
    </message>
    <message>
        <source>elements are nested more than {max_depth} deep; no graph file nests so deep</source>
        <translation>元素嵌套超過 {max_depth} 層；沒有圖檔案會嵌套得這麼深</translation>
    </message>
</context>
</TS>
