<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AbsentRatingsNote</name>
    <message>
        <source>Absent ratings are now left out: an edge&apos;s weight is the aggregate of the participants who rated it, so a first rating is not pulled towards 0 by those who have not rated the edge yet. To count absent ratings as zero instead (fcmconfr&apos;s reading), choose “count as zero” under Absent ratings.</source>
        <translation>評価がない場合は今後除外されます。エッジの重みはそれを評価した参加者の集約となり、まだ評価していない参加者によって最初の評価が 0 に引き寄せられることはありません。評価がない場合を 0 として数える（fcmconfr の解釈）には、「評価がない場合」で「0 として数える」を選んでください。</translation>
    </message>
    <message>
        <source>Absent ratings count as zero again: adding the first participant, which left them out, was undone.</source>
        <translation>評価がない場合は再び 0 として数えられます。それを除外にした最初の参加者の追加が取り消されました。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;zeros&quot;&gt;Count them as zero&lt;/a&gt; · &lt;a href=&quot;hide&quot;&gt;Hide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;zeros&quot;&gt;0 として数える&lt;/a&gt; · &lt;a href=&quot;hide&quot;&gt;閉じる&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ActivationQuestion</name>
    <message>
        <source>Change the activation</source>
        <translation>活性化関数の変更</translation>
    </message>
    <message numerus="yes">
        <source>The {activation} activation gives levels from {low:g} to {high:g}; %n value(s) of the scenarios&apos; levers and the nodes&apos; initial levels are outside them.</source>
        <translation>
            <numerusform>{activation} の活性化関数が与える水準は {low:g}〜{high:g} です。シナリオのレバーの値とノードの初期水準のうち %n 個がその外にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring into range moves each to the nearest end ({low:g} or {high:g}); Keep values leaves them as they are, marked on their sliders and in the Inspector, and the runs use them. Edit &gt; Undo takes back either.</source>
        <translation>「範囲内に移す」はそれぞれを最も近い端（{low:g} または {high:g}）に移します。「値を保つ」はそのままにし、スライダーとインスペクタに印を付け、実行ではその値を使います。どちらも 編集 &gt; 元に戻す で取り消せます。</translation>
    </message>
    <message>
        <source>&amp;Bring into range</source>
        <translation>範囲内に移す(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Keep values</source>
        <translation>値を保つ(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
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
        <translation>モンテカルロを実行(&amp;M)</translation>
    </message>
    <message>
        <source>Sample the uncertain edge weights (samples and seed in the engine settings) and show bands</source>
        <translation>不確かなエッジの重みをサンプリングし（サンプル数とシードはエンジン設定で指定）、幅を表示します</translation>
    </message>
    <message>
        <source>&amp;Cancel Long Task</source>
        <translation>長い処理を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running Monte Carlo, sensitivity or export</source>
        <translation>実行中のモンテカルロ、感度分析、書き出しを止めます</translation>
    </message>
    <message>
        <source>C&amp;lear Monte Carlo Results</source>
        <translation>モンテカルロの結果を消去(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Engine Settings…</source>
        <translation>エンジン設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Rule, activation, presets, steps, tolerance, seed</source>
        <translation>規則、活性化関数、プリセット、ステップ数、許容誤差、シード</translation>
    </message>
    <message>
        <source>&amp;Why Did This Change?</source>
        <translation>なぜ変化したのか？(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Sensitivity of an Objective…</source>
        <translation>目標の感度(&amp;S)…</translation>
    </message>
    <message>
        <source>New &amp;Objective…</source>
        <translation>新しい目標(&amp;O)…</translation>
    </message>
    <message>
        <source>What a scenario should do to a node: the Scorecard, Explore and Sensitivity score scenarios by their objectives</source>
        <translation>シナリオがノードにもたらすべき変化：スコアカード、探索、感度はシナリオを目標で採点します</translation>
    </message>
    <message>
        <source>&amp;Next Scenario</source>
        <translation>次のシナリオ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Scenario</source>
        <translation>前のシナリオ(&amp;P)</translation>
    </message>
    <message>
        <source>Play / Pause &amp;Replay</source>
        <translation>再生 / 一時停止(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;nalysis Help</source>
        <translation>分析のヘルプ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export Results</source>
        <translation>結果を書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>Results &amp;Workbook (.xlsx)…</source>
        <translation>結果ブック (.xlsx)(&amp;W)…</translation>
    </message>
    <message>
        <source>Scenario &amp;Matrix (.csv)…</source>
        <translation>シナリオ行列 (.csv)(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Trajectories (.csv)…</source>
        <translation>推移 (.csv)(&amp;T)…</translation>
    </message>
    <message>
        <source>Map with Results (.&amp;png)…</source>
        <translation>結果付きマップ (.png)(&amp;P)…</translation>
    </message>
    <message>
        <source>Map with Results (.s&amp;vg)…</source>
        <translation>結果付きマップ (.svg)(&amp;V)…</translation>
    </message>
    <message>
        <source>PDF &amp;Brief…</source>
        <translation>PDF 概要(&amp;B)…</translation>
    </message>
    <message>
        <source>One page: the map with results, top changes, scorecard, a chart</source>
        <translation>1 ページ：結果付きマップ、主な変化、スコアカード、グラフ</translation>
    </message>
    <message>
        <source>The &amp;Story (.pdf)…</source>
        <translation>ストーリー (.pdf)(&amp;S)…</translation>
    </message>
    <message>
        <source>The current scenario told chapter by chapter, one page each</source>
        <translation>現在のシナリオを章ごとに 1 ページずつ説明します</translation>
    </message>
    <message>
        <source>The Story as P&amp;ictures (.png)…</source>
        <translation>ストーリーの画像 (.png)(&amp;I)…</translation>
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
        <translation>その変更はできません</translation>
    </message>
    <message>
        <source>Checking the runs</source>
        <translation>実行結果を確認中</translation>
    </message>
    <message>
        <source>The runs could not be checked: {reason}</source>
        <translation>実行結果を確認できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Monte Carlo needs samples</source>
        <translation>モンテカルロにはサンプルが必要です</translation>
    </message>
    <message>
        <source>set Monte Carlo samples above 0 in the engine settings</source>
        <translation>エンジン設定でモンテカルロのサンプル数を 0 より大きくしてください</translation>
    </message>
    <message>
        <source>Monte Carlo, {samples} samples</source>
        <translation>モンテカルロ、{samples} サンプル</translation>
    </message>
    <message>
        <source>The Monte Carlo run failed</source>
        <translation>モンテカルロの実行に失敗しました</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; the previous results are kept</source>
        <translation>モンテカルロを取り消しました。前の結果はそのままです</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled; nothing was exported</source>
        <translation>モンテカルロを取り消しました。何もエクスポートされていません</translation>
    </message>
    <message>
        <source>Monte Carlo done: {samples} samples, seed {seed}</source>
        <translation>モンテカルロ完了：{samples} サンプル、シード {seed}</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Change from baseline at {unit} {step}</source>
        <translation>{step} {unit}目でのベースラインからの変化</translation>
    </message>
    <message numerus="yes">
        <source>Change from baseline over %n step(s) of one {unit}</source>
        <translation>
            <numerusform>ベースラインからの変化、%n ステップ（1 ステップ＝1 {unit}）</numerusform>
        </translation>
    </message>
    <message>
        <source>rule {rule}, {activation} λ={steepness}</source>
        <translation>規則 {rule}、{activation} λ={steepness}</translation>
    </message>
    <message>
        <source>scenario {verdict}</source>
        <translation>シナリオは{verdict}</translation>
    </message>
    <message numerus="yes">
        <source>Monte Carlo: %n sample(s), seed {seed}</source>
        <translation>
            <numerusform>モンテカルロ：%n サンプル、シード {seed}</numerusform>
        </translation>
    </message>
    <message>
        <source>Monte Carlo left out: its results describe an earlier version of the model</source>
        <translation>モンテカルロは除外：その結果はモデルの以前の版のものです</translation>
    </message>
    <message>
        <source>blue = rise, red = fall from baseline (ColorBrewer RdBu, colour-blind safe) · a fuzzy-cognitive-map simulation: directions and relative sizes, not forecasts</source>
        <translation>青 = ベースラインより上昇、赤 = 低下（ColorBrewer RdBu、色覚多様性に配慮）· ファジィ認知マップのシミュレーション：方向と相対的な大きさであり、予測ではありません</translation>
    </message>
    <message>
        <source>{title}: where the participants disagree</source>
        <translation>{title}：参加者の意見が分かれるところ</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>評価のないものはゼロとして数える</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>評価のないものは除外</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) · the map&apos;s weights are the {method} of their ratings; {zeros} · map tinted by {scenario} at {unit} {step}</source>
        <translation>
            <numerusform>参加者 %n 人 · マップの重みは評価の{method}；{zeros} · マップは {scenario} の {step} {unit}目で色付け</numerusform>
        </translation>
    </message>
    <message>
        <source>The edges they disagree on most</source>
        <translation>意見が最も分かれるエッジ</translation>
    </message>
    <message>
        <source>No edge is rated by two or more participants.</source>
        <translation>2 人以上の参加者が評価したエッジはありません。</translation>
    </message>
    <message>
        <source>{edge} (not on the shared map)</source>
        <translation>{edge}（共有マップにはない）</translation>
    </message>
    <message numerus="yes">
        <source>{edge}: %n rated, {up} raise, {down} lower, spread {spread}</source>
        <translation>
            <numerusform>{edge}：%n 人が評価、上げる {up}、下げる {down}、ばらつき {spread}</numerusform>
        </translation>
    </message>
    <message>
        <source>sign conflict</source>
        <translation>符号の対立</translation>
    </message>
    <message>
        <source>ratings: {ratings}</source>
        <translation>評価：{ratings}</translation>
    </message>
    <message>
        <source>{title}: {scenario}</source>
        <translation>{title}：{scenario}</translation>
    </message>
    <message>
        <source>Levers: {levers}</source>
        <translation>レバー：{levers}</translation>
    </message>
    <message>
        <source>Largest changes at the last step (levers left out)</source>
        <translation>最後のステップで最も変化したノード（レバーを除く）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>No node changes from baseline.</source>
        <translation>ベースラインから変化するノードはありません。</translation>
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
        <translation>{objective}：{change}、{mark}</translation>
    </message>
    <message>
        <source>Score (importance-weighted share met): {score}</source>
        <translation>スコア（重要度で重み付けした達成割合）：{score}</translation>
    </message>
    <message>
        <source>Why they changed (the parts add up)</source>
        <translation>変化の理由（各部分の合計が変化量）</translation>
    </message>
    <message numerus="yes">
        <source>{node} {change} by {unit} {step}: {covered} in %n reason(s)</source>
        <translation>
            <numerusform>{node} は {step} {unit}目までに {change}：{covered} を %n 個の理由で説明</numerusform>
        </translation>
    </message>
    <message>
        <source>Most changed nodes over time (dashed: baseline)</source>
        <translation>最も変化したノードの推移（破線：ベースライン）</translation>
    </message>
    <message>
        <source>{unit} {step}</source>
        <translation>{step} {unit}目</translation>
    </message>
    <message>
        <source>{title}: {scenario}, the story</source>
        <translation>{title}：{scenario} のストーリー</translation>
    </message>
    <message>
        <source>{scenario}: {chapter}</source>
        <translation>{scenario}：{chapter}</translation>
    </message>
    <message>
        <source>{title} · the story of a scenario, {number} of {count}</source>
        <translation>{title} · シナリオのストーリー、{number}/{count}</translation>
    </message>
    <message>
        <source>map part {part} of {count} (left to right, then top to bottom)</source>
        <translation>マップ {count} 分割の {part} 枚目（左から右、次に上から下の順）</translation>
    </message>
    <message>
        <source>{publisher}, {date}</source>
        <translation>{publisher}、{date}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges and by the participants&apos; ratings</source>
        <translation>
            <numerusform>{title} · マップのノードとエッジ、参加者の評価が引用する出典 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} · the %n source(s) cited by the map&apos;s nodes and edges</source>
        <translation>
            <numerusform>{title} · マップのノードとエッジが引用する出典 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The map with the disagreement lens, at a readable size, is on page {page}.</source>
        <translation>意見の相違を示した読める大きさのマップは {page} ページにあります。</translation>
    </message>
    <message>
        <source>The map with the disagreement lens, at a readable size, is on pages {first}–{last}.</source>
        <translation>意見の相違を示した読める大きさのマップは {first}〜{last} ページにあります。</translation>
    </message>
    <message>
        <source>The map at a readable size is on page {page}.</source>
        <translation>読める大きさのマップは {page} ページにあります。</translation>
    </message>
    <message>
        <source>The map at a readable size is on pages {first}–{last}, in {count} parts.</source>
        <translation>読める大きさのマップは {first}〜{last} ページにあります（{count} 分割）。</translation>
    </message>
    <message>
        <source>The map, its labels at a size to read on paper</source>
        <translation>マップ（ラベルは紙で読める大きさ）</translation>
    </message>
    <message>
        <source>The map, part {part} of {count} (left to right, then top to bottom; neighbouring parts overlap a little)</source>
        <translation>マップ、{count} 分割の {part} 枚目（左から右、次に上から下の順。隣り合う部分は少し重なります）</translation>
    </message>
</context>
<context>
    <name>ClusterSetting</name>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>A Dask cluster</source>
        <translation>Dask クラスター</translation>
    </message>
    <message>
        <source>tcp://host:8786</source>
        <translation>tcp://ホスト:8786</translation>
    </message>
    <message>
        <source>The address of a dask.distributed scheduler whose workers have Windtunnel installed (see Help &gt; Explore)</source>
        <translation>ワーカーに Windtunnel がインストールされた Dask 分散スケジューラーのアドレス（ヘルプ &gt; 探索 を参照）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Run on:</source>
        <translation>実行場所：</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connecting to the cluster</source>
        <translation>クラスターに接続中</translation>
    </message>
    <message>
        <source>Connected: {threads} worker threads</source>
        <translation>接続済み：ワーカースレッド {threads} 個</translation>
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
            <numerusform>• シナリオ %n 件でのその設定：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n objective(s): {names}</source>
        <translation>
            <numerusform>• 目標 %n 件：{names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n participant rating(s), by {names}</source>
        <translation>
            <numerusform>• 参加者の評価 %n 件（{names}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>{what}?</source>
        <translation>{what}しますか？</translation>
    </message>
    <message>
        <source>The analysis changes; this goes too:</source>
        <translation>分析結果が変わります。次のものも一緒に削除されます：</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it all back.</source>
        <translation>編集 &gt; 元に戻す で、すべてが戻ります。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DisagreementLens</name>
    <message>
        <source>band: the wider, the more the participants&apos; ratings of an edge spread</source>
        <translation>帯：幅が広いほど、参加者によるエッジの評価がばらついています</translation>
    </message>
    <message>
        <source>± ring: a sign conflict (some say the edge raises its target, some that it lowers it)</source>
        <translation>± の輪：符号の対立（エッジが先のノードを上げるという人と、下げるという人がいる）</translation>
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
        <translation>遅延 {steps} {unit}</translation>
    </message>
    <message>
        <source>weight {weight} ({term}), confidence {confidence}</source>
        <translation>重み {weight}（{term}）、確信度 {confidence}</translation>
    </message>
    <message>
        <source>, delay {steps}</source>
        <translation>、遅延 {steps}</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明文</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>time unit</source>
        <translation>時間の単位</translation>
    </message>
    <message>
        <source>Rename {element} to &quot;{text}&quot;</source>
        <translation>{element}を「{text}」に名前変更</translation>
    </message>
    <message>
        <source>Edit the {field} of {element}</source>
        <translation>{element}の{field}を編集</translation>
    </message>
    <message>
        <source>Translate the {field} of {element} ({language})</source>
        <translation>{element}の{field}を翻訳（{language}）</translation>
    </message>
    <message>
        <source>Mark the {language} {field} of {element} as reviewed</source>
        <translation>{element}の{field}の{language}訳を見直し済みにする</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>モデル</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s) to the group &quot;{group}&quot;</source>
        <translation>
            <numerusform>%n 個のノードをグループ「{group}」に移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Translate the group &quot;{group}&quot; ({language})</source>
        <translation>グループ「{group}」を翻訳（{language}）</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>An empty map. Add a node with Actor, Restriction or Factor in the toolbar, or by double-clicking here; or bring a map in with File &gt; Import…</source>
        <translation>空のマップです。ツールバーのアクター、規制、要因で、またはここをダブルクリックしてノードを追加するか、ファイル &gt; インポート… でマップをインポートします。</translation>
    </message>
</context>
<context>
    <name>ExploreView</name>
    <message>
        <source>Latin hypercube</source>
        <translation>ラテン超方格</translation>
    </message>
    <message>
        <source>Every combination of levels</source>
        <translation>すべての水準の組み合わせ</translation>
    </message>
    <message>
        <source>Explore lever</source>
        <translation>探索するレバー</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>水準数</translation>
    </message>
    <message>
        <source>Run exploration</source>
        <translation>探索を実行</translation>
    </message>
    <message>
        <source>Export workbook…</source>
        <translation>ブックを書き出す…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show the settings of the exploration</source>
        <translation>探索の設定を表示します</translation>
    </message>
    <message>
        <source>Futures:</source>
        <translation>未来：</translation>
    </message>
    <message>
        <source>Lever points:</source>
        <translation>レバーの点：</translation>
    </message>
    <message>
        <source>Sampler:</source>
        <translation>サンプラー：</translation>
    </message>
    <message>
        <source>Sobol&apos; base sample:</source>
        <translation>Sobol&apos; 基本サンプル：</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>Futures</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>トレードオフ</translation>
    </message>
    <message>
        <source>{options} options × {futures} futures, {sampler}</source>
        <translation>{options} 個の選択肢 × {futures} 通りの未来、{sampler}</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Explore runs every scenario, and points of the levers you tick, in thousands of futures of the uncertain edge weights, and shows which option meets its objectives in most of them and where each one fails.</source>
        <translation>探索は、不確かなエッジの重みによる数千通りの未来で、すべてのシナリオとチェックしたレバーの点を実行し、どの選択肢がほとんどの未来で目標を満たすか、それぞれどこで失敗するかを示します。</translation>
    </message>
    <message>
        <source>Explore judges options by their objectives: add an objective first.</source>
        <translation>探索は目標で選択肢を評価します。まず目標を追加してください。</translation>
    </message>
    <message>
        <source>After a run, the futures in which the most robust options fail are described here.</source>
        <translation>実行後、最も頑健な選択肢が失敗する未来をここに示します。</translation>
    </message>
    <message>
        <source>The results are out of date: run the exploration again to export them</source>
        <translation>結果が古くなっています：書き出すには探索をもう一度実行してください</translation>
    </message>
    <message>
        <source>The exploration did not start</source>
        <translation>探索を開始できませんでした</translation>
    </message>
    <message>
        <source>Give the Dask scheduler&apos;s address (such as tcp://host:8786), or run on this computer.</source>
        <translation>Dask スケジューラーのアドレス（例：tcp://ホスト:8786）を入力するか、このコンピューターで実行してください。</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>The exploration failed</source>
        <translation>探索に失敗しました</translation>
    </message>
    <message>
        <source>Exploration cancelled; the previous results are kept</source>
        <translation>探索を取り消しました。前の結果はそのままです</translation>
    </message>
    <message>
        <source>The model changed while the exploration ran: run it again</source>
        <translation>探索の実行中にモデルが変更されました。もう一度実行してください</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>All met</source>
        <translation>すべて達成</translation>
    </message>
    <message>
        <source>Regret p90</source>
        <translation>リグレット p90</translation>
    </message>
    <message>
        <source>{experiments} experiments ({options} options x {futures} futures). Most robust: “{best}”, every objective met in {share} of futures. Click a box to mark its edges on the map.</source>
        <translation>{experiments} 回の実験（{options} 個の選択肢 × {futures} 通りの未来）。最も頑健：「{best}」、{share} の未来ですべての目標を達成。ボックスをクリックするとマップ上にそのエッジを示します。</translation>
    </message>
    <message>
        <source>Export the exploration workbook</source>
        <translation>探索ブックを書き出す</translation>
    </message>
    <message>
        <source>{title} - exploration</source>
        <translation>{title} - 探索</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Exploration workbook</source>
        <translation>探索ブック</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} に書き込みました</translation>
    </message>
    <message>
        <source>The Sobol&apos; indices of the most robust option run this many futures times the uncertainties plus two: a larger base sample gives narrower intervals</source>
        <translation>最も頑健な選択肢の Sobol&apos; 指数は、この数 ×（不確実性の数 + 2）の未来を実行します。基本サンプルを大きくすると区間が狭くなります</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失敗条件</translation>
    </message>
    <message>
        <source>Where the most robust options fail: the futures in which they miss their objectives</source>
        <translation>最も頑健な選択肢が失敗する条件：目標を達成できない未来</translation>
    </message>
    <message>
        <source>Parallel axes</source>
        <translation>平行座標</translation>
    </message>
    <message>
        <source>Parallel coordinates: one line per experiment across the levers, the uncertain weights and the objectives</source>
        <translation>平行座標：実験ごとに一本の線で、レバー、不確かな重み、目標を横切ります</translation>
    </message>
    <message>
        <source>Sobol&apos;</source>
        <translation>Sobol&apos; 指数</translation>
    </message>
    <message>
        <source>Sobol&apos; indices: how much of each objective&apos;s variance each uncertain weight explains</source>
        <translation>Sobol&apos; 指数：各目標の分散のうち、不確かな重みそれぞれが説明する割合</translation>
    </message>
    <message>
        <source>Out of date: these futures are the participants&apos; maps, and the participants changed (one added or removed, a rating, a credibility, a group, or how their ratings are aggregated). Run the exploration again, or undo the change, to bring them up to date.</source>
        <translation>古くなっています：これらの未来は参加者のマップで、参加者が変わりました（参加者の追加や削除、評価、信頼度、グループ、評価の集約方法）。最新にするには探索をもう一度実行するか、変更を元に戻してください。</translation>
    </message>
    <message>
        <source>Out of date: these results are of the map before a change of its numbers (a weight, delay, level, rating, scenario, objective or setting). Run the exploration again, or undo the change, to bring them up to date.</source>
        <translation>古くなっています：この結果は数値の変更（重み、遅延、水準、評価、シナリオ、目標、設定）より前のマップのものです。最新にするには探索をもう一度実行するか、変更を元に戻してください。</translation>
    </message>
    <message>
        <source>The workbook could not be written</source>
        <translation>ブックを書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>There are no results to export</source>
        <translation>書き出す結果がありません</translation>
    </message>
    <message>
        <source>the model could not be run</source>
        <translation>モデルを実行できませんでした</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <source>The Monte Carlo results describe an earlier version of the model, so the workbook would have no uncertainty bands.</source>
        <translation>モンテカルロの結果はモデルの以前の版のものなので、ワークブックには不確実性の帯が入りません。</translation>
    </message>
    <message>
        <source>Export results workbook</source>
        <translation>結果ブックを書き出す</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook</source>
        <translation>ブックを書き込み中</translation>
    </message>
    <message>
        <source>Monte Carlo results out of date</source>
        <translation>モンテカルロの結果が古くなっています</translation>
    </message>
    <message>
        <source>Run Monte Carlo again first to include them: the export follows when it is done, and cancelling the run writes nothing.</source>
        <translation>帯を入れるには、先にモンテカルロをもう一度実行してください。実行が終わるとエクスポートが続きます。実行を取り消した場合は何も書き出されません。</translation>
    </message>
    <message>
        <source>Run Monte Carlo, Then Export</source>
        <translation>モンテカルロを実行してからエクスポート</translation>
    </message>
    <message>
        <source>Export Without Bands</source>
        <translation>帯なしでエクスポート</translation>
    </message>
    <message>
        <source>The story needs a scenario</source>
        <translation>ストーリーにはシナリオが必要です</translation>
    </message>
    <message>
        <source>Choose a scenario (or add one) to tell its story.</source>
        <translation>ストーリーを語るシナリオを選ぶ（または追加する）してください。</translation>
    </message>
    <message>
        <source> - {scenario} - story</source>
        <translation> - {scenario} - ストーリー</translation>
    </message>
    <message>
        <source>Export the story (PDF)</source>
        <translation>ストーリーを書き出す (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the story</source>
        <translation>ストーリーを書き込み中</translation>
    </message>
    <message>
        <source>Export the story as pictures (one per page)</source>
        <translation>ストーリーを画像で書き出す（ページごとに 1 枚）</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Writing the story&apos;s pictures</source>
        <translation>ストーリーの画像を書き込み中</translation>
    </message>
    <message>
        <source> matrix</source>
        <translation> シナリオ行列</translation>
    </message>
    <message>
        <source> trajectories</source>
        <translation> 推移</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>結果を CSV で書き出す</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the CSV table</source>
        <translation>CSV 表を書き込み中</translation>
    </message>
    <message>
        <source>The brief needs a scenario</source>
        <translation>概要にはシナリオが必要です</translation>
    </message>
    <message>
        <source>Choose a scenario (or add one) to write its brief.</source>
        <translation>概要を作るシナリオを選ぶ（または追加する）してください。</translation>
    </message>
    <message>
        <source>The Monte Carlo results describe an earlier version of the model, so the brief would have no uncertainty bands.</source>
        <translation>モンテカルロの結果はモデルの以前の版のものなので、PDF 概要には不確実性の帯が入りません。</translation>
    </message>
    <message>
        <source>Export PDF brief</source>
        <translation>PDF 概要を書き出す</translation>
    </message>
    <message>
        <source>Explaining the changes for the brief</source>
        <translation>概要のために変化を説明中</translation>
    </message>
    <message>
        <source>The brief could not be made</source>
        <translation>概要を作成できませんでした</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>comma, separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <source>from confidence</source>
        <translation>確信度から</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>閉じる前に「{name}」への変更を保存しますか？</translation>
    </message>
    <message>
        <source>Open model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>Import a model from another tool</source>
        <translation>他のツールのモデルをインポートする</translation>
    </message>
    <message>
        <source>{path} was changed by another program. Reload it?</source>
        <translation>{path} は別のプログラムで変更されました。再読み込みしますか？</translation>
    </message>
    <message>
        <source>Your unsaved changes in this window would be lost.</source>
        <translation>このウィンドウの保存されていない変更は失われます。</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <source>The template could not be read</source>
        <translation>テンプレートを読み込めませんでした</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} を開きました</translation>
    </message>
    <message>
        <source>Imported {name} ({format})</source>
        <translation>{name} をインポートしました（{format}）</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} をインポート中</translation>
    </message>
    <message>
        <source>Import of {name} cancelled; nothing was opened</source>
        <translation>{name} のインポートを取り消しました。何も開いていません</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>{name} を開いています</translation>
    </message>
    <message>
        <source>Opening of {name} cancelled; nothing was opened</source>
        <translation>{name} を開くのを取り消しました。何も開いていません</translation>
    </message>
    <message>
        <source>Reloading {name}</source>
        <translation>{name} を再読み込みしています</translation>
    </message>
    <message>
        <source>Reload of {name} cancelled; the window shows the file as it was</source>
        <translation>{name} の再読み込みを取り消しました。ウィンドウには以前のファイルの内容が表示されています</translation>
    </message>
    <message>
        <source>Reload of {name} dropped: your changes are kept (save to write them over the file)</source>
        <translation>{name} の再読み込みを取りやめました。変更は残っています（保存するとファイルを上書きします）</translation>
    </message>
    <message>
        <source>You changed the map while {name} was read again. Show the file and lose those changes, or keep your changes?</source>
        <translation>{name} を読み直している間にマップを変更しました。ファイルを表示してその変更を失いますか、それとも変更を残しますか？</translation>
    </message>
    <message>
        <source>Show the File</source>
        <translation>ファイルを表示</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>変更を残す</translation>
    </message>
    <message>
        <source>{count} windows have unsaved changes. Review them before quitting?</source>
        <translation>{count} 個のウィンドウに未保存の変更があります。終了する前に確認しますか？</translation>
    </message>
    <message>
        <source>Discarding loses every change made since each was last saved.</source>
        <translation>破棄すると、それぞれ最後に保存してからの変更がすべて失われます。</translation>
    </message>
    <message>
        <source>&amp;Review Changes…</source>
        <translation>変更を確認(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>すべて破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Save model as</source>
        <translation>名前を付けてモデルを保存</translation>
    </message>
    <message>
        <source>Saved {path}; the model takes its file&apos;s name, “{title}”, as its title (Edit &gt; Undo keeps the old one)</source>
        <translation>{path} に保存しました。モデルはファイル名「{title}」をタイトルにしました（編集 &gt; 元に戻す で元のタイトルに戻せます）</translation>
    </message>
    <message>
        <source>The model could not be saved</source>
        <translation>モデルを保存できませんでした</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
    <message>
        <source>{path} was moved or deleted; Save writes it again.</source>
        <translation>{path} は移動または削除されました。保存すると書き直します。</translation>
    </message>
    <message>
        <source>The changed file could not be read</source>
        <translation>変更されたファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>All the nodes of {name} sat on one spot: they were laid out (save to keep their new places)</source>
        <translation>{name} のノードがすべて同じ位置にありました：自動レイアウトで配置しました（保存すると新しい位置が残ります）</translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <source>Focus on What &amp;Matters</source>
        <translation>重要な部分に注目(&amp;M)</translation>
    </message>
    <message>
        <source>Fade the nodes and edges that carry little of the selected node&apos;s change (F)</source>
        <translation>選択したノードの変化にほとんど寄与しないノードとエッジを薄く表示します (F)</translation>
    </message>
    <message>
        <source>Focus: select a node to focus on</source>
        <translation>注目：注目するノードを選んでください</translation>
    </message>
    <message>
        <source>Focus on {node}: what influences it and what it influences (F shows everything)</source>
        <translation>{node} に注目：それに影響するものと、それが影響するもの（F ですべて表示）</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>注目</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n route(s) carry {share} of {node}&apos;s change (F shows everything)</source>
        <translation>
            <numerusform>注目：{node} の変化の {share} を %n 本の経路が運びます（F ですべて表示）</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus: {reason}</source>
        <translation>注目：{reason}</translation>
    </message>
</context>
<context>
    <name>FutureChoices</name>
    <message>
        <source>Participants&apos; maps as futures</source>
        <translation>参加者のマップを未来とする</translation>
    </message>
    <message>
        <source>Each future is one participant&apos;s map (each equally likely), its weights drawn around their ratings</source>
        <translation>各未来は一人の参加者のマップ（どれも同じ確率）で、その重みは参加者の評価を中心に抽出します</translation>
    </message>
    <message>
        <source>Vary the delay of</source>
        <translation>遅延を変えるエッジ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>から</translation>
    </message>
    <message>
        <source>To</source>
        <translation>まで</translation>
    </message>
    <message>
        <source>Each delay you vary multiplies the runs&apos; batches: keep them few.</source>
        <translation>遅延を一つ変えるごとに実行のバッチ数が掛け算で増えます。少なめにしてください。</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Spread</source>
        <translation>ばらつき</translation>
    </message>
    <message>
        <source>The credibility-weighted standard deviation of the ratings</source>
        <translation>信頼度で重み付けした評価の標準偏差</translation>
    </message>
    <message>
        <source>±: a sign conflict (some raise, some lower)</source>
        <translation>±：符号の対立（上げる人と下げる人がいる）</translation>
    </message>
    <message>
        <source>{who}: not rated</source>
        <translation>{who}：未評価</translation>
    </message>
    <message>
        <source>{who} on {edge}: {weight}</source>
        <translation>{who}：{edge} の重み {weight}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Windtunnel Help</source>
        <translation>Windtunnel ヘルプ</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>ヘルプを検索</translation>
    </message>
    <message>
        <source>Help contents</source>
        <translation>ヘルプの目次</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>There is no help page “{name}”.</source>
        <translation>「{name}」というヘルプページはありません。</translation>
    </message>
    <message>
        <source>{page} — Windtunnel Help</source>
        <translation>{page} — Windtunnel ヘルプ</translation>
    </message>
    <message>
        <source>A link to the web (open it in your browser): {url}</source>
        <translation>ウェブへのリンク（ブラウザで開いてください）：{url}</translation>
    </message>
    <message>
        <source>Not a help page: {url}</source>
        <translation>ヘルプページではありません：{url}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) match</source>
        <translation>
            <numerusform>%n 段落が一致</numerusform>
        </translation>
    </message>
    <message>
        <source> (the first ones)</source>
        <translation>（最初のもの）</translation>
    </message>
    <message>
        <source>Nothing in the help matches “{query}”.</source>
        <translation>ヘルプに「{query}」に一致するものはありません。</translation>
    </message>
</context>
<context>
    <name>ImportQuestion</name>
    <message>
        <source>The sheet “{sheet}”</source>
        <translation>シート「{sheet}」</translation>
    </message>
    <message>
        <source>Only sheet “{sheet}”</source>
        <translation>シート「{sheet}」だけ</translation>
    </message>
    <message>
        <source>{question}. How should Windtunnel read them? (The import&apos;s note records the answer.)</source>
        <translation>{question}。Windtunnel はどう読み込みますか？（インポートの注記に回答が記録されます。）</translation>
    </message>
    <message>
        <source>Undirected edges</source>
        <translation>無向のエッジ</translation>
    </message>
    <message>
        <source>Both ways (each tie influences both nodes)</source>
        <translation>双方向（各つながりが両方のノードに影響）</translation>
    </message>
    <message>
        <source>One way, as the file lists them</source>
        <translation>一方向、ファイルの記載どおり</translation>
    </message>
    <message>
        <source>Weights outside [-1, 1]</source>
        <translation>[-1, 1] の範囲外の重み</translation>
    </message>
    <message>
        <source>Stop the import, to correct those weights first</source>
        <translation>インポートを中止して、先にそれらの重みを直す</translation>
    </message>
    <message>
        <source>Rescale (divide every weight by the largest)</source>
        <translation>再スケール（すべての重みを最大値で割る）</translation>
    </message>
    <message>
        <source>Edges listed more than once</source>
        <translation>複数回記載されたエッジ</translation>
    </message>
    <message>
        <source>Stop the import, to correct those edges first</source>
        <translation>インポートを中止して、先にそれらのエッジを直す</translation>
    </message>
    <message>
        <source>Add their weights (as Gephi merges parallel edges)</source>
        <translation>重みを足す（Gephi が並行エッジをまとめるように）</translation>
    </message>
    <message>
        <source>Take the mean of their weights</source>
        <translation>重みの平均を取る</translation>
    </message>
    <message>
        <source>Names that may be typing slips</source>
        <translation>入力ミスかもしれない名前</translation>
    </message>
    <message>
        <source>Stop the import, to correct those names first</source>
        <translation>インポートを中止して、先にそれらの名前を直す</translation>
    </message>
    <message>
        <source>Make each name a node of its own</source>
        <translation>それぞれの名前を別のノードにする</translation>
    </message>
    <message>
        <source>Numbers without a header</source>
        <translation>見出しのない数値</translation>
    </message>
    <message>
        <source>A list of edges: From, To and Weight on each row</source>
        <translation>エッジの一覧：各行が起点（From）、終点（To）、重み（Weight）</translation>
    </message>
    <message>
        <source>A matrix without labels: each row a node&apos;s influences</source>
        <translation>ラベルのない行列：各行が一つのノードの影響</translation>
    </message>
    <message>
        <source>Which sheet lists the nodes</source>
        <translation>ノードを並べたシート</translation>
    </message>
    <message>
        <source>One sheet per participant</source>
        <translation>参加者ごとに 1 シート</translation>
    </message>
    <message>
        <source>Every sheet as a participant (the map is their aggregate)</source>
        <translation>各シートを参加者にする（マップはその集約）</translation>
    </message>
    <message>
        <source>Only their aggregate (no participants kept)</source>
        <translation>集約だけ（参加者は残さない）</translation>
    </message>
    <message>
        <source>Rescale and Import</source>
        <translation>再スケールしてインポート</translation>
    </message>
    <message>
        <source>Rescale and Import divides every weight by the largest, so that they all lie in [-1, 1], their signs and proportions kept.</source>
        <translation>「再スケールしてインポート」は、すべての重みを最大値で割り、符号と比率を保ったまますべてを [-1, 1] の範囲に収めます。</translation>
    </message>
    <message>
        <source>Cancel Import stops the import: nothing is read from the file.</source>
        <translation>「インポートを中止」はインポートをやめます。ファイルからは何も読み込みません。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>インポートを中止</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Engine settings</source>
        <translation>エンジン設定</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>グループ名</translation>
    </message>
    <message>
        <source>Initial level</source>
        <translation>初期レベル</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>a policy lever</source>
        <translation>政策レバー</translation>
    </message>
    <message>
        <source>A lever gets a slider in the Levers panel; restrictions always are levers</source>
        <translation>レバーには「レバー」パネルにスライダーが付きます。規制は常にレバーです</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明文</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
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
        <translation>根拠</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>時間の単位</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Steepness (λ)</source>
        <translation>傾き (λ)</translation>
    </message>
    <message>
        <source>Start vector</source>
        <translation>開始ベクトル</translation>
    </message>
    <message>
        <source>Driver nodes</source>
        <translation>駆動ノード</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容誤差</translation>
    </message>
    <message>
        <source>strict (&lt; tolerance)</source>
        <translation>厳密（&lt; 許容誤差）</translation>
    </message>
    <message>
        <source>stop at convergence</source>
        <translation>収束したら停止</translation>
    </message>
    <message>
        <source>initial state counts as a step</source>
        <translation>初期状態を 1 ステップと数える</translation>
    </message>
    <message>
        <source>Convergence nodes</source>
        <translation>収束判定ノード</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>モンテカルロのサンプル数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Node: {label}</source>
        <translation>ノード：{label}</translation>
    </message>
    <message>
        <source>Edge: {source} → {target}</source>
        <translation>エッジ：{source} → {target}</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>{nodes} and {edges} selected.

Use Arrange to align, distribute or lay them out; Delete removes them.</source>
        <translation>{nodes}と{edges}を選択しています。

「配置」で整列・分布・レイアウトができます。「削除」で取り除きます。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 個のノード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 本のエッジ</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The edge&apos;s end node feels its start node as it was {delay} earlier (a step is one {unit}): a change of the start node at step s reaches the end node at step s + {arrival}. A lever set from step 0 counts as set before the run began (every node&apos;s past is its step-0 level), so it reaches the end node at step 1 whatever the delay; start it at step 1 for the delay to show.</source>
        <translation>このエッジの終点ノードは、始点ノードの {delay} 前の状態を感じます（1 ステップは 1 {unit}）：始点ノードのステップ s での変化は、ステップ s + {arrival} で終点ノードに届きます。ステップ 0 から設定したレバーは実行の前から設定されていたものとみなされ（どのノードも過去はステップ 0 の水準です）、遅延にかかわらずステップ 1 で終点ノードに届きます。遅延を表すにはレバーをステップ 1 から始めてください。</translation>
    </message>
    <message>
        <source>Group in {language}</source>
        <translation>グループ名（{language}）</translation>
    </message>
    <message>
        <source>The group&apos;s name in this language, for every node of the group (empty: the original name)</source>
        <translation>この言語でのグループ名。グループ内のすべてのノードに使われます（空欄：元の名前）</translation>
    </message>
    <message>
        <source>The node&apos;s level at step 0, from {low} to {high}: the levels the {activation} activation gives a node</source>
        <translation>ステップ 0 でのノードの水準。{low}〜{high}：{activation} の活性化関数がノードに与える水準です</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node: set a value within the range</source>
        <translation>{value} は {low}〜{high}（{activation} の活性化関数がノードに与える水準）の外にあります：範囲内の値を設定してください</translation>
    </message>
</context>
<context>
    <name>LeverList</name>
    <message>
        <source>Levers</source>
        <translation>レバー</translation>
    </message>
</context>
<context>
    <name>LeverPanel</name>
    <message>
        <source>Filter levers…</source>
        <translation>レバーを絞り込む…</translation>
    </message>
    <message>
        <source>Show the levers whose name, id or group contains these words</source>
        <translation>名前、ID、グループにこれらの語を含むレバーを表示します</translation>
    </message>
    <message>
        <source>Filter levers</source>
        <translation>レバーを絞り込む</translation>
    </message>
    <message>
        <source>Set only</source>
        <translation>設定済みのみ</translation>
    </message>
    <message>
        <source>List only the levers this scenario sets</source>
        <translation>このシナリオが設定するレバーだけを表示します</translation>
    </message>
    <message>
        <source>{shown} of {count}</source>
        <translation>{count} 中 {shown}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lever(s)</source>
        <translation>
            <numerusform>%Ln 個のレバー</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {count} levers listed; {set} set in this scenario</source>
        <translation>{count} 個中 {shown} 個のレバーを表示。このシナリオで {set} 個を設定</translation>
    </message>
    <message>
        <source>This model has no levers. Restrictions are levers; any node can be marked as one in the Inspector.</source>
        <translation>このモデルにはレバーがありません。規制はレバーです。どのノードもインスペクタでレバーにできます。</translation>
    </message>
    <message>
        <source>Add a scenario to set its levers.</source>
        <translation>シナリオを追加してレバーを設定してください。</translation>
    </message>
    <message>
        <source>This scenario sets no levers yet.</source>
        <translation>このシナリオはまだレバーを設定していません。</translation>
    </message>
    <message>
        <source>No lever matches the filter.</source>
        <translation>条件に合うレバーはありません。</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>レバー</translation>
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
        <translation>パルス</translation>
    </message>
    <message>
        <source>from </source>
        <translation>開始 </translation>
    </message>
    <message>
        <source>to </source>
        <translation>終了 </translation>
    </message>
    <message>
        <source>to end</source>
        <translation>最後まで</translation>
    </message>
    <message>
        <source>{lever} lever</source>
        <translation>{lever} レバー</translation>
    </message>
    <message>
        <source>{lever}: how the scenario sets it</source>
        <translation>{lever}：シナリオでの設定方法</translation>
    </message>
    <message>
        <source>From {low} to {high}, the levels the {activation} activation gives a node: {low} holds it at the full opposite, 0 at none of it, {high} at all of it</source>
        <translation>{low}〜{high}：{activation} の活性化関数がノードに与える水準です。{low} は全力での逆、0 はまったくなし、{high} は全面的に保ちます</translation>
    </message>
    <message>
        <source>From 0 to {high}, the levels the {activation} activation gives a node: 0 holds it at none of it, {high} at all of it</source>
        <translation>0〜{high}：{activation} の活性化関数がノードに与える水準です。0 はまったくなし、{high} は全面的に保ちます</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node: the slider shows its nearest end; move it to set a value within the range</source>
        <translation>{value} は、{activation} の活性化関数がノードに与える水準 {low}〜{high} の外にあります：スライダーは最も近い端を示します。スライダーを動かすと範囲内の値になります</translation>
    </message>
</context>
<context>
    <name>LoopDominanceChart</name>
    <message>
        <source>share of loop activity</source>
        <translation>ループ活動の割合</translation>
    </message>
    <message>
        <source>Run a scenario to see which loops drive its changes over time.</source>
        <translation>シナリオを実行すると、どのループが時間とともに変化を動かすかが分かります。</translation>
    </message>
    <message>
        <source>Scoring the feedback loops over time…</source>
        <translation>フィードバックループを時間ごとに評価中…</translation>
    </message>
    <message>
        <source>Scoring loops over time</source>
        <translation>ループを時間ごとに評価中</translation>
    </message>
    <message>
        <source>No loop scores: {reason}</source>
        <translation>ループの評価なし：{reason}</translation>
    </message>
    <message>
        <source>Select a node on the map to see which loops drive it over time.</source>
        <translation>マップでノードを選ぶと、どのループが時間とともにそれを動かすかが分かります。</translation>
    </message>
    <message>
        <source>No feedback loop runs through or into &lt;b&gt;{node}&lt;/b&gt;{note}.</source>
        <translation>&lt;b&gt;{node}&lt;/b&gt; を通る、または入るフィードバックループはありません{note}。</translation>
    </message>
    <message>
        <source>Loops driving &lt;b&gt;{node}&lt;/b&gt; in &lt;b&gt;{scenario}&lt;/b&gt; (above 0 they amplify its change, below they damp it)</source>
        <translation>&lt;b&gt;{scenario}&lt;/b&gt; で &lt;b&gt;{node}&lt;/b&gt; を動かすループ（0 より上は変化を増幅、下は抑制）</translation>
    </message>
    <message>
        <source>Each loop&apos;s share of the loop activity reaching {node}, {unit} by {unit}. {reaching} of {count} loops reach it; {note}.</source>
        <translation>{node} に届くループ活動のうち各ループが占める割合（{unit}ごと）。{count} 個中 {reaching} 個のループが届きます。{note}。</translation>
    </message>
    <message numerus="yes">
        <source>%n other loop(s)</source>
        <translation>
            <numerusform>その他 %n 個のループ</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Dominant:&lt;/b&gt; </source>
        <translation>&lt;b&gt;支配的：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{steps}: {loop}</source>
        <translation>{steps}：{loop}</translation>
    </message>
    <message>
        <source>no loop</source>
        <translation>ループなし</translation>
    </message>
    <message>
        <source>{unit} {first}–{last}</source>
        <translation>{first}–{last} {unit}目</translation>
    </message>
    <message>
        <source>{unit} {step}</source>
        <translation>{step} {unit}目</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>ノードを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>⚠ Autosave failed: save your work</source>
        <translation>⚠ 自動保存に失敗しました：作業を保存してください</translation>
    </message>
    <message>
        <source>⚠ Autosave failed</source>
        <translation>⚠ 自動保存に失敗しました</translation>
    </message>
    <message>
        <source>The recovery copy of this model could not be written ({reason}). Until it can, a crash would lose the edits made since the last save: save your work (File &gt; Save).</source>
        <translation>このモデルの復元用コピーを書き込めませんでした（{reason}）。書き込めるようになるまでは、クラッシュすると最後に保存してからの編集が失われます。作業を保存してください（ファイル &gt; 保存）。</translation>
    </message>
    <message>
        <source>{name}[*] — Windtunnel</source>
        <translation>{name}[*] — Windtunnel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s)</source>
        <translation>
            <numerusform>%Ln 個のノード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edge(s)</source>
        <translation>
            <numerusform>%Ln 本のエッジ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln 件の出典</numerusform>
        </translation>
    </message>
    <message>
        <source>That edit is not possible</source>
        <translation>その編集はできません</translation>
    </message>
    <message>
        <source>The label was not changed: {reason}</source>
        <translation>ラベルは変更されませんでした：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln node(s)</source>
        <translation>
            <numerusform>%Ln 個のノードをコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}. Edit &gt; Undo brings it all back.</source>
        <translation>{what}。編集 &gt; 元に戻す ですべて元に戻せます。</translation>
    </message>
    <message>
        <source>To draw an edge, select two nodes (Ctrl+click, in order) and Connect, or drag from a node&apos;s round handle onto another node</source>
        <translation>エッジを描くには、2 つのノードを順に選択して（Ctrl+クリック）「接続」を押すか、ノードの丸いハンドルから別のノードへドラッグします</translation>
    </message>
    <message>
        <source>The selected nodes are already joined in that order</source>
        <translation>選択したノードはその順番ですでにつながっています</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>何も貼り付けませんでした</translation>
    </message>
    <message>
        <source>The clipboard holds no Windtunnel nodes</source>
        <translation>クリップボードに Windtunnel のノードがありません</translation>
    </message>
    <message numerus="yes">
        <source>%Ln node(s) match “{text}”</source>
        <translation>
            <numerusform>%Ln 個のノードが「{text}」に一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Match {index} of {count}</source>
        <translation>{count} 件中 {index} 件目</translation>
    </message>
    <message>
        <source>About Windtunnel</source>
        <translation>Windtunnel について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Windtunnel {version}&lt;/b&gt;&lt;br&gt;Wind-tunnel policy options on signed influence maps. Works offline.</source>
        <translation>&lt;b&gt;Windtunnel {version}&lt;/b&gt;&lt;br&gt;符号付き影響マップで政策の選択肢を「風洞試験」します。オフラインで動作します。</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>マップを書き出す</translation>
    </message>
    <message>
        <source>Another task is running</source>
        <translation>別の処理を実行中です</translation>
    </message>
    <message>
        <source>{task} is still running: wait for it to finish, or cancel it, then export again.</source>
        <translation>{task} はまだ実行中です。終わるのを待つか取り消してから、もう一度書き出してください。</translation>
    </message>
    <message>
        <source>Exported from Windtunnel</source>
        <translation>Windtunnel から書き出し</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} に書き出しました</translation>
    </message>
    <message>
        <source>Writing the image</source>
        <translation>画像を書き込み中</translation>
    </message>
    <message>
        <source>Painting the map</source>
        <translation>マップを描画中</translation>
    </message>
    <message>
        <source>The map could not be painted</source>
        <translation>マップを描画できませんでした</translation>
    </message>
    <message>
        <source>Image export cancelled</source>
        <translation>画像の書き出しを取り消しました</translation>
    </message>
</context>
<context>
    <name>MapResults</name>
    <message>
        <source>{scenario} · {unit} {step} of {steps}</source>
        <translation>{scenario} · {step}/{steps} {unit}目</translation>
    </message>
    <message>
        <source>Change from baseline · {scenario} · {unit} {step} of {steps}</source>
        <translation>ベースラインからの変化 · {scenario} · {step}/{steps} {unit}目</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
</context>
<context>
    <name>NearMatchReview</name>
    <message>
        <source>Concepts that are only alike</source>
        <translation>似ているだけの概念</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Its concept</source>
        <translation>その概念</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>同一の候補</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Keep apart</source>
        <translation>分けておく</translation>
    </message>
    <message>
        <source>Merge with {concept}</source>
        <translation>{concept} と統合</translation>
    </message>
    <message>
        <source>Keep this concept apart, merge it with the concept it may be, or with any concept of the maps before it</source>
        <translation>この概念を分けておくか、該当しそうな概念、またはそれより前のマップの任意の概念と統合します</translation>
    </message>
    <message>
        <source>not on the other maps</source>
        <translation>ほかのマップにない</translation>
    </message>
    <message>
        <source>Add to the shared map</source>
        <translation>共有マップに加える</translation>
    </message>
    <message>
        <source>Keep as {participant}&apos;s own</source>
        <translation>{participant} 自身のものとして残す</translation>
    </message>
    <message>
        <source>These concepts have alike labels: in different maps, or spelled two ways in one map. Nothing is merged unless you choose Merge: merged, the map&apos;s node becomes the concept and its edges rate the concept&apos;s edges; kept apart, it stays a concept of its own.</source>
        <translation>これらはラベルが似ている概念です（異なるマップにあるもの、または一つのマップに二通りの表記であるもの）。「統合」を選ばない限り何も統合しません。統合すると、そのマップのノードはこの概念になり、そのエッジは概念のエッジの評価になります。分けておくと、独立した概念のままです。</translation>
    </message>
    <message>
        <source>Add this concept and its edges to the shared map, or keep them as this participant&apos;s own nodes and edges</source>
        <translation>この概念とそのエッジを共有マップに加えるか、この参加者自身のノードとエッジとして残します</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>すべて統合</translation>
    </message>
    <message>
        <source>Keep all apart</source>
        <translation>すべて分けておく</translation>
    </message>
</context>
<context>
    <name>NodeNamer</name>
    <message>
        <source>Name the new actor, then Enter</source>
        <translation>新しいアクターの名前を入力して Enter</translation>
    </message>
    <message>
        <source>Name the new restriction (lever), then Enter</source>
        <translation>新しい規制（レバー）の名前を入力して Enter</translation>
    </message>
    <message>
        <source>Name the new factor, then Enter</source>
        <translation>新しい要因の名前を入力して Enter</translation>
    </message>
    <message>
        <source>Name the new node, then Enter</source>
        <translation>新しいノードの名前を入力して Enter</translation>
    </message>
    <message>
        <source>The node&apos;s label, then Enter</source>
        <translation>ノードのラベルを入力して Enter</translation>
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
        <translation>目標にする…</translation>
    </message>
    <message>
        <source>Define what a scenario should do to this node</source>
        <translation>シナリオがこのノードにもたらすべきことを定めます</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>No objective is about this node: the Scorecard scores scenarios by their objectives.</source>
        <translation>このノードに関する目標はありません。スコアカードはシナリオを目標で採点します。</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message numerus="yes">
        <source>%n note(s) on the import:</source>
        <translation>
            <numerusform>インポートの注記 %n 件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on reading the file:</source>
        <translation>
            <numerusform>ファイルの読み込みで %n 件を変更しました：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on reading the file:</source>
        <translation>
            <numerusform>ファイルの読み込みについての注記 %n 件：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>New Objective</source>
        <translation>新しい目標</translation>
    </message>
    <message>
        <source>Edit Objective</source>
        <translation>目標を編集</translation>
    </message>
    <message>
        <source>The least change from baseline at the last step that meets the objective (0: no change the wrong way)</source>
        <translation>目標を達成する、最後のステップでのベースラインからの最小の変化（0：逆方向に変化しないこと）</translation>
    </message>
    <message>
        <source>How much the objective weighs in a scenario&apos;s score</source>
        <translation>シナリオのスコアでこの目標が占める重み</translation>
    </message>
    <message>
        <source>The objective&apos;s name in the interface&apos;s language</source>
        <translation>画面の言語での目標の名前</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Translated name may be out of date: reviewed</source>
        <translation>翻訳された名前が古くなっている可能性があります：見直し済み</translation>
    </message>
    <message>
        <source>The original name was changed after this translation was written; tick once the name says what the original says now</source>
        <translation>この翻訳の後に原文の名前が変わりました。名前が今の原文と同じ内容になったらチェックしてください</translation>
    </message>
    <message>
        <source>{node} stays within [{low}, {high}]: it changes by at most {largest}.</source>
        <translation>{node} は [{low}, {high}] の範囲にとどまるため、変化は最大 {largest} です。</translation>
    </message>
    <message>
        <source>Raise {node}</source>
        <translation>{node}を上げる</translation>
    </message>
    <message>
        <source>Lower {node}</source>
        <translation>{node}を下げる</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <source>Add a node to the map first: an objective is about one node.</source>
        <translation>先にマップにノードを追加してください。目標は 1 つのノードについて定めます。</translation>
    </message>
    <message>
        <source>Make an &amp;Objective of “{node}”…</source>
        <translation>「{node}」を目標にする(&amp;O)…</translation>
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
        <translation>{language}のテキストを編集中。原文：{text}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>原文：{text}</translation>
    </message>
    <message>
        <source>Show the original on one line</source>
        <translation>原文を 1 行で表示</translation>
    </message>
    <message>
        <source>Show the original text whole</source>
        <translation>原文をすべて表示</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Filter nodes and edges…</source>
        <translation>ノードとエッジを絞り込む…</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{total} 件中 {shown} 件</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（グループなし）</translation>
    </message>
    <message>
        <source>Positive edges ({count})</source>
        <translation>正のエッジ ({count})</translation>
    </message>
    <message>
        <source>Negative edges ({count})</source>
        <translation>負のエッジ ({count})</translation>
    </message>
    <message>
        <source>Zero-weight edges ({count})</source>
        <translation>重み 0 のエッジ ({count})</translation>
    </message>
    <message>
        <source>Actors ({count})</source>
        <translation>アクター ({count})</translation>
    </message>
    <message>
        <source>Restrictions (levers) ({count})</source>
        <translation>規制（レバー）({count})</translation>
    </message>
    <message>
        <source>Factors ({count})</source>
        <translation>要因 ({count})</translation>
    </message>
</context>
<context>
    <name>OverrideBox</name>
    <message>
        <source>Edge in the current scenario</source>
        <translation>現在のシナリオのエッジ</translation>
    </message>
    <message>
        <source>This edge&apos;s weight in the current scenario only</source>
        <translation>現在のシナリオだけでのこのエッジの重み</translation>
    </message>
    <message>
        <source>Use the model&apos;s weight</source>
        <translation>モデルの重みを使う</translation>
    </message>
    <message>
        <source>Weight in scenario</source>
        <translation>シナリオでの重み</translation>
    </message>
    <message>
        <source>“{scenario}” uses the model&apos;s weight {weight}.</source>
        <translation>「{scenario}」はモデルの重み {weight} を使います。</translation>
    </message>
    <message>
        <source>“{scenario}” overrides the model&apos;s weight {weight} with &lt;b&gt;{override}&lt;/b&gt;.</source>
        <translation>「{scenario}」はモデルの重み {weight} を &lt;b&gt;{override}&lt;/b&gt; で上書きします。</translation>
    </message>
</context>
<context>
    <name>ParallelCoordinates</name>
    <message>
        <source>Colour by:</source>
        <translation>色分け：</translation>
    </message>
    <message>
        <source>Every objective met or not</source>
        <translation>すべての目標を達成したか</translation>
    </message>
</context>
<context>
    <name>ParticipantResults</name>
    <message>
        <source>{k} of {n} participants&apos; maps say {node} rises</source>
        <translation>参加者のマップ {n} 件中 {k} 件で{node}が上昇</translation>
    </message>
    <message>
        <source>{k} of {n} say it falls</source>
        <translation>{n} 件中 {k} 件で下降</translation>
    </message>
    <message>
        <source>{k} of {n} participants&apos; maps say {node} falls</source>
        <translation>参加者のマップ {n} 件中 {k} 件で{node}が下降</translation>
    </message>
    <message>
        <source>{k} of {n} see no change</source>
        <translation>{n} 件中 {k} 件で変化なし</translation>
    </message>
    <message>
        <source>No participant&apos;s map says {node} changes</source>
        <translation>{node}が変化するとした参加者のマップはありません</translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation>{counts}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Their changes range from {low} to {high}.</source>
        <translation>変化は {low} から {high} の範囲です。</translation>
    </message>
    <message>
        <source>The node whose change is charted per participant</source>
        <translation>参加者ごとに変化をグラフにするノード</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Monte Carlo over participants&apos; maps</source>
        <translation>参加者のマップでモンテカルロ</translation>
    </message>
    <message>
        <source>Run Monte Carlo where each sample is one participant&apos;s map, drawn by credibility (samples and seed in the engine settings); the bands and probabilities show in Results</source>
        <translation>各サンプルを信頼度に応じて選んだ一人の参加者のマップとしてモンテカルロを実行します（サンプル数とシードはエンジン設定で指定）。幅と確率は「結果」に表示されます</translation>
    </message>
    <message>
        <source>and their weights within bounds</source>
        <translation>重みも範囲内で抽出</translation>
    </message>
    <message>
        <source>Each sample draws a participant&apos;s map, then each edge they drew within its bounds around their weight (the uncertainty the weights&apos; Monte Carlo uses)</source>
        <translation>各サンプルで参加者のマップを一つ選び、その人が描いた各エッジをその人の重みの周りの範囲内で抽出します（重みのモンテカルロと同じ不確かさ）</translation>
    </message>
    <message>
        <source>No participants: nothing to chart per participant. Bring in their maps with File &gt; Import Participants&apos; Maps…, or add participants in the Participants dock.</source>
        <translation>参加者がいないため、参加者ごとに描くものがありません。「ファイル &gt; 参加者のマップをインポート…」でマップをインポートするか、「参加者」ドックで参加者を追加してください。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>Heat map of ratings</source>
        <translation>評価のヒートマップ</translation>
    </message>
    <message>
        <source>Running the scenario on every participant&apos;s map…</source>
        <translation>各参加者のマップでシナリオを実行中…</translation>
    </message>
    <message>
        <source>Results per participant</source>
        <translation>参加者ごとの結果</translation>
    </message>
    <message>
        <source>This model has no participants&apos; maps to draw from: bring them in with File &gt; Import Participants&apos; Maps, or add participants in the Participants dock</source>
        <translation>このモデルには引き出す参加者のマップがありません。「ファイル &gt; 参加者のマップをインポート」でインポートするか、「参加者」で参加者を追加してください</translation>
    </message>
    <message>
        <source>No results per participant: {reason}</source>
        <translation>参加者ごとの結果なし：{reason}</translation>
    </message>
    <message>
        <source>This model has no participants.</source>
        <translation>このモデルには参加者がいません。</translation>
    </message>
    <message>
        <source>This model has no scenarios yet: add one (the Scenarios dock) to see it on every participant&apos;s map.</source>
        <translation>このモデルにはまだシナリオがありません。シナリオを追加すると（「シナリオ」ドック）、各参加者のマップでの結果が表示されます。</translation>
    </message>
    <message>
        <source>Choose a scenario to see it on every participant&apos;s map.</source>
        <translation>シナリオを選ぶと、各参加者のマップでの結果が表示されます。</translation>
    </message>
    <message>
        <source>{scenario} on each of {count} participants&apos; maps (each against their own baseline)</source>
        <translation>{count} 人の参加者それぞれのマップでの{scenario}（各自のベースラインに対して）</translation>
    </message>
    <message>
        <source>{scenario} on each of {count} participants&apos; maps</source>
        <translation>{count} 人の参加者それぞれのマップでの{scenario}</translation>
    </message>
    <message>
        <source>{scenario}: {count} participants</source>
        <translation>{scenario}：参加者 {count} 人</translation>
    </message>
    <message>
        <source>shaded: lowest to highest of {count} participants&apos; maps; thin line: their median</source>
        <translation>網掛け：{count} 人の参加者のマップの最小から最大；細線：その中央値</translation>
    </message>
    <message>
        <source>shared map</source>
        <translation>共有マップ</translation>
    </message>
    <message>
        <source>No objectives in this model: add them to score scenarios.</source>
        <translation>このモデルには目標がありません。シナリオを採点するには目標を追加してください。</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Shared map</source>
        <translation>共有マップ</translation>
    </message>
    <message>
        <source>{k} of {n} participants&apos; maps meet every objective at once. ✔ met, ✘ not met on each participant&apos;s map (the change of the objective&apos;s node at the last step against its threshold).</source>
        <translation>参加者のマップ {n} 件中 {k} 件ですべての目標を同時に達成。✔ 達成、✘ 未達成：各参加者のマップで、目標のノードの最後のステップでの変化をしきい値と比べます。</translation>
    </message>
</context>
<context>
    <name>ParticipantsImport</name>
    <message>
        <source>Import &amp;Participants&apos; Maps…</source>
        <translation>参加者のマップをインポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Several maps (one per participant) become one model of participants, concepts aligned</source>
        <translation>複数のマップ（参加者ごとに一つ）を、概念をそろえて参加者のいる一つのモデルにします</translation>
    </message>
    <message>
        <source>Import participants&apos; maps</source>
        <translation>参加者のマップをインポート</translation>
    </message>
    <message>
        <source>The maps could not be combined</source>
        <translation>マップを統合できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant(s)</source>
        <translation>
            <numerusform>%n 人の参加者をインポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Anonymous (hide names)</source>
        <translation>匿名（名前を隠す）</translation>
    </message>
    <message>
        <source>Disagreement lens on the map</source>
        <translation>マップに意見の相違を表示</translation>
    </message>
    <message>
        <source>&amp;Disagreement Lens</source>
        <translation>意見の相違を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show on the map where participants disagree</source>
        <translation>参加者の意見が分かれる箇所をマップに表示します</translation>
    </message>
    <message>
        <source>mean / median: credibility-weighted mean or median of the weights; linguistic: FCMpy&apos;s pipeline over the terms (Help &gt; Participants)</source>
        <translation>平均 / 中央値：信頼度で重み付けした重みの平均または中央値。言語的：言語評価に対する FCMpy の処理手順（ヘルプ &gt; 参加者）</translation>
    </message>
    <message>
        <source>count as zero</source>
        <translation>0 として数える</translation>
    </message>
    <message>
        <source>are left out</source>
        <translation>除外する</translation>
    </message>
    <message>
        <source>Edges a participant did not rate: count as a weight of 0 (fcmconfr&apos;s include_zeroes), or leave them out of the aggregate of that edge. An explicit &quot;no effect&quot; (NA or 0) is a rating and counts as 0 either way</source>
        <translation>参加者が評価しなかったエッジ：重み 0 として数える（fcmconfr と同じ）か、そのエッジの集約から除外します。明示的な「影響なし」（NA または 0）は評価であり、どちらの場合も 0 と数えます</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>信頼度</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>エッジ数</translation>
    </message>
    <message>
        <source>Edges rated: how many of the map&apos;s edges the participant has rated</source>
        <translation>評価したエッジ：参加者が評価したマップのエッジの数</translation>
    </message>
    <message>
        <source>How much a participant&apos;s ratings weigh in the aggregate: a number from 0 to 100 (double-click to edit)</source>
        <translation>参加者の評価が集約で持つ重み：0 から 100 までの数（ダブルクリックで編集）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a participant (double-click a name to rename)</source>
        <translation>参加者を追加します（名前をダブルクリックすると名前を変更できます）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected participant and their ratings</source>
        <translation>選択した参加者とその評価を削除します</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>言語評価</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Aggregate by</source>
        <translation>集約方法</translation>
    </message>
    <message>
        <source>Absent ratings</source>
        <translation>評価がない場合</translation>
    </message>
    <message>
        <source>More below ▾</source>
        <translation>さらに下へ ▾</translation>
    </message>
    <message>
        <source>How the ratings combine and the selected edge&apos;s ratings are below: click, or scroll, to see them</source>
        <translation>評価の集約方法と、選択したエッジの評価はこの下にあります。クリックするか、スクロールして表示してください</translation>
    </message>
    <message>
        <source>This model has no participants. &lt;a href=&quot;add&quot;&gt;Add one&lt;/a&gt; to rate its edges, or bring in each participant&apos;s map, or a workbook of several participants, with File &amp;gt; Import Participants&apos; Maps… (on the command line: windtunnel aggregate). See Help &amp;gt; Participants.</source>
        <translation>このモデルには参加者がいません。&lt;a href=&quot;add&quot;&gt;参加者を追加&lt;/a&gt;してエッジを評価するか、「ファイル &amp;gt; 参加者のマップをインポート」で参加者ごとのマップや複数の参加者のブックをインポートしてください（コマンドラインでは windtunnel aggregate）。ヘルプ &amp;gt; 参加者 を参照してください。</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>評価がない場合は 0 として数える</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>評価がない場合は除外する</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s).</source>
        <translation>
            <numerusform>参加者 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>No edge of the map&apos;s {edges} is rated yet: each keeps the map&apos;s own weight until someone rates it, then weighs the {method} of their ratings ({zeros}).</source>
        <translation>マップの {edges} 本のエッジはまだどれも評価されていません。各エッジは誰かが評価するまでマップ自身の重みのままで、評価されるとその評価の{method}になります（{zeros}）。</translation>
    </message>
    <message numerus="yes">
        <source>The %n of the map&apos;s {edges} edges that they rated weigh the {method} of their ratings ({zeros}); the others keep the map&apos;s own weights.</source>
        <translation>
            <numerusform>マップの {edges} 本のエッジのうち評価された %n 本の重みは評価の{method}です（{zeros}）。ほかのエッジはマップ自身の重みのままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>That change is not possible</source>
        <translation>その変更はできません</translation>
    </message>
    <message>
        <source>That name is not possible</source>
        <translation>その名前は使えません</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未評価）</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number: a credibility is a number from 0 to 100</source>
        <translation>「{text}」は数ではありません：信頼度は 0 から 100 までの数です</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Participants&apos; Results</source>
        <translation>参加者の結果</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>参加者 {number}</translation>
    </message>
    <message>
        <source>Participants {first}–{last}</source>
        <translation>参加者 {first}～{last}</translation>
    </message>
    <message>
        <source>linguistic ({implication}, {union}, {defuzzification})</source>
        <translation>言語的（{implication}、{union}、{defuzzification}）</translation>
    </message>
    <message>
        <source>Select one edge to see every participant&apos;s rating of it.</source>
        <translation>エッジを 1 本選ぶと、各参加者の評価が表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source} → {target}&lt;/b&gt; (map weight {weight})</source>
        <translation>&lt;b&gt;{source} → {target}&lt;/b&gt;（マップ上の重み {weight}）</translation>
    </message>
    <message>
        <source>No participant rated this edge.</source>
        <translation>このエッジを評価した参加者はいません。</translation>
    </message>
    <message>
        <source> — sign conflict</source>
        <translation> — 符号の対立</translation>
    </message>
    <message numerus="yes">
        <source>{entropy} (counting the %n who did not rate it as “no causality”)</source>
        <translation>
            <numerusform>{entropy}（評価していない %n 人を「因果なし」として数えた値）</numerusform>
        </translation>
    </message>
    <message>
        <source>{raters} of {count} rated it: {raise_} raise, {lower} lower, {neutral} no effect{conflict}. Spread {spread}, range {range}, entropy {entropy}.</source>
        <translation>{count} 人中 {raters} 人が評価：上げる {raise_}、下げる {lower}、影響なし {neutral}{conflict}。ばらつき {spread}、範囲 {range}、エントロピー {entropy}。</translation>
    </message>
    <message>
        <source>Double-click a participant&apos;s row to rate this edge as them in the Inspector.</source>
        <translation>参加者の行をダブルクリックすると、インスペクタでその人としてこのエッジを評価できます。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>自動保存の間隔</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <source>Windtunnel kept the previous version of this file beside it: {name} (saved {when}, in {folder}). To use it, copy it to a name ending in “{suffix}” and open the copy.</source>
        <translation>Windtunnel はこのファイルの前の版を隣に残しています：{name}（{when} に保存、{folder}）。使うには「{suffix}」で終わる名前にコピーし、そのコピーを開いてください。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>Rating by a participant</source>
        <translation>参加者による評価</translation>
    </message>
    <message>
        <source>The participant whose ratings you set here</source>
        <translation>ここで評価を設定する参加者</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未評価）</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a term of the linguistic scale, -VH (very high, lowers) to +VH (very high, raises); NA: no effect</source>
        <translation>言語評価の尺度による参加者の評価。-VH（非常に高い、下げる）から +VH（非常に高い、上げる）まで。NA：影響なし</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a weight in [-1, 1]</source>
        <translation>[-1, 1] の重みによる参加者の評価</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>This participant gives no rating of this edge</source>
        <translation>この参加者はこのエッジを評価しない</translation>
    </message>
    <message>
        <source>Rate as</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>言語評価</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Rate this edge as {who} ↓</source>
        <translation>{who} としてこのエッジを評価 ↓</translation>
    </message>
    <message>
        <source>Not rated by this participant yet.</source>
        <translation>この参加者はまだ評価していません。</translation>
    </message>
    <message>
        <source>Rated by the term {term} (weight {weight}).</source>
        <translation>言語評価 {term} で評価（重み {weight}）。</translation>
    </message>
    <message>
        <source>≈ {term} (rated by a number)</source>
        <translation>≈ {term}（数値で評価）</translation>
    </message>
    <message>
        <source>Rated by the number {weight}; read as a term, it counts as the nearest one, {term}.</source>
        <translation>数値 {weight} で評価。言語評価として読む場合は、最も近い {term} として数えます。</translation>
    </message>
    <message>
        <source>That rating is not possible</source>
        <translation>その評価はできません</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;Absent ratings setting&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;undo&quot;&gt;元に戻す&lt;/a&gt; · &lt;a href=&quot;settings&quot;&gt;評価がない場合の設定&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes it back.</source>
        <translation>編集 &gt; 元に戻す で取り消せます。</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Rate an Edge</source>
        <translation>エッジを評価</translation>
    </message>
    <message>
        <source>The participant&apos;s rating as a weight in [-1, 1]</source>
        <translation>[-1, 1] の重みによる参加者の評価</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
</context>
<context>
    <name>RatingMenu</name>
    <message>
        <source>very high</source>
        <translation>とても高い</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高い</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低い</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>とても低い</translation>
    </message>
    <message>
        <source>NA  no effect</source>
        <translation>NA  影響なし</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>上げる</translation>
    </message>
    <message>
        <source>lowers</source>
        <translation>下げる</translation>
    </message>
    <message>
        <source>{term}  {strength}, {direction}</source>
        <translation>{term}  {strength}、{direction}</translation>
    </message>
    <message>
        <source>Rating by {who}</source>
        <translation>{who} による評価</translation>
    </message>
    <message>
        <source>Rate &amp;As</source>
        <translation>評価者(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Weight and Confidence...</source>
        <translation>重みと確信度(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Clear Rating</source>
        <translation>評価を消去(&amp;C)</translation>
    </message>
    <message>
        <source>{who}&apos;s rating of {source} → {target}</source>
        <translation>{who} による {source} → {target} の評価</translation>
    </message>
</context>
<context>
    <name>RatingsHeatMap</name>
    <message>
        <source>Blue raises, vermilion lowers, deeper is stronger, blank: not rated. Most disagreed edges first (±: sign conflict, spread in amber). Click a row to select the edge on the map.</source>
        <translation>青は上げる、朱色は下げる、濃いほど強い、空白：未評価。意見の相違が大きいエッジから順に表示（±：符号の対立、ばらつきは琥珀色）。行をクリックするとマップ上でそのエッジを選択します。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>… and {count} more (see Details).</source>
        <translation>…ほか {count} 件（詳細を参照）。</translation>
    </message>
    <message>
        <source>Show Details…</source>
        <translation>詳細を表示…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the whole message, for a colleague or a bug report</source>
        <translation>メッセージ全体をコピーします（同僚への共有やバグ報告に）</translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>詳細を隠す</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Scenario matrix</source>
        <translation>シナリオ行列</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>なぜ？</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>構造</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度</translation>
    </message>
    <message>
        <source>checking whether the answer is the only one…</source>
        <translation>答えが一つだけか確認中…</translation>
    </message>
    <message>
        <source>{headline} ({reason})</source>
        <translation>{headline}（{reason}）</translation>
    </message>
    <message>
        <source>No results: {error}</source>
        <translation>結果なし：{error}</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>まだ結果がありません。</translation>
    </message>
    <message>
        <source>Baseline {verdict}</source>
        <translation>ベースライン：{verdict}</translation>
    </message>
    <message>
        <source>{scenario}: {verdict}</source>
        <translation>{scenario}：{verdict}</translation>
    </message>
    <message>
        <source>live preview (release the slider to keep it)</source>
        <translation>ライブプレビュー（スライダーを離すと確定）</translation>
    </message>
    <message>
        <source> of participants&apos; maps</source>
        <translation>（参加者のマップから）</translation>
    </message>
    <message>
        <source> of participants&apos; maps and their weights</source>
        <translation>（参加者のマップとその重みから）</translation>
    </message>
    <message>
        <source>Monte Carlo {samples} samples{of}, seed {seed}</source>
        <translation>モンテカルロ {samples} サンプル{of}、シード {seed}</translation>
    </message>
    <message>
        <source> (stale: the model changed)</source>
        <translation>（古い結果：モデルが変更されました）</translation>
    </message>
    <message>
        <source>{rule}, {activation} λ={steepness}, {steps} {unit}s</source>
        <translation>{rule}、{activation} λ={steepness}、{steps} {unit}</translation>
    </message>
    <message>
        <source>In detail: {evidence}.</source>
        <translation>詳しくは：{evidence}。</translation>
    </message>
    <message>
        <source>Is the answer the only one? &quot;The only possible answer&quot;: the map damps every difference between two states, so every start vector ends at this answer. &quot;The same answer from every start tried&quot;: not proven, but runs from 8 different start vectors end at the same state. &quot;May depend on the start&quot;: they settle in different places; another start vector gives another answer. &quot;May cycle&quot;: they are still moving at the last step. Engine Settings &gt; Suggest steepness proposes a steepness for which the answer is unique.</source>
        <translation>答えは一つだけか？「唯一の答え」：マップが二つの状態の差をすべて縮めるため、どの開始ベクトルもこの答えに至ります。「試したすべての開始で同じ答え」：証明はされていませんが、8 通りの開始ベクトルからの実行が同じ状態に至ります。「開始に依存する可能性」：実行が別々の状態に落ち着き、別の開始ベクトルでは別の答えになります。「循環の可能性」：最後のステップでもまだ動いています。エンジン設定 &gt; 傾きを提案 で答えが一つになる傾きを提案します。</translation>
    </message>
</context>
<context>
    <name>ReviewNotice</name>
    <message>
        <source>Translation may be out of date</source>
        <translation>翻訳が古くなっている可能性があります</translation>
    </message>
    <message>
        <source>The original text was edited after this translation was written: check that it still says the same</source>
        <translation>この翻訳の後に原文が編集されました。同じ内容のままか確かめてください</translation>
    </message>
    <message>
        <source>Mark Reviewed</source>
        <translation>見直し済みにする</translation>
    </message>
    <message>
        <source>The translation says what the original says now: take the mark away</source>
        <translation>翻訳は今の原文と同じ内容です。印を外します</translation>
    </message>
    <message>
        <source>Translation may be out of date: {fields}</source>
        <translation>翻訳が古くなっている可能性があります：{fields}</translation>
    </message>
</context>
<context>
    <name>ScenarioMatrix</name>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Median change (Monte Carlo)</source>
        <translation>変化の中央値（モンテカルロ）</translation>
    </message>
    <message>
        <source>P(increase) (Monte Carlo)</source>
        <translation>P(上昇)（モンテカルロ）</translation>
    </message>
    <message>
        <source>Filter nodes (label, id or group)</source>
        <translation>ノードを絞り込む（ラベル、ID、グループ）</translation>
    </message>
    <message>
        <source>At shown step</source>
        <translation>表示中のステップ</translation>
    </message>
    <message>
        <source>Show the change at the step shown on the map instead of at the last step</source>
        <translation>最後のステップではなく、マップに表示中のステップでの変化を示します</translation>
    </message>
    <message>
        <source>What a cell shows: the change of the run, or after a Monte Carlo run the median change or the probability of a rise</source>
        <translation>セルの表示内容：実行での変化、またはモンテカルロ実行後は変化の中央値か上昇の確率</translation>
    </message>
    <message>
        <source>Across participants</source>
        <translation>参加者全体</translation>
    </message>
    <message>
        <source>Run every scenario on every participant&apos;s map too, and add to each cell how many maps agree with the shared map (4/6 ↑: four of six say it rises)</source>
        <translation>すべてのシナリオを各参加者のマップでも実行し、共有マップと一致するマップの数を各セルに加えます（4/6 ↑: 6 件中 4 件で上昇）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>Scenarios on every participant&apos;s map</source>
        <translation>各参加者のマップでのシナリオ</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>{unit} {step}</source>
        <translation>{step} {unit}目</translation>
    </message>
    <message>
        <source>the last {unit} ({steps})</source>
        <translation>{steps} {unit}目（最後）</translation>
    </message>
    <message>
        <source>Probability that the node ends above the baseline at {when}, over {samples} Monte Carlo samples (50%: undecided, white: no sample moves it)</source>
        <translation>{when} にノードがベースラインを上回る確率、モンテカルロ {samples} サンプル（50%：未決、白：どのサンプルでも動かない）</translation>
    </message>
    <message>
        <source>0% (falls)</source>
        <translation>0%（下降）</translation>
    </message>
    <message>
        <source>(rises) 100%</source>
        <translation>（上昇）100%</translation>
    </message>
    <message>
        <source>Median change from baseline at {when} over {samples} Monte Carlo samples</source>
        <translation>{when} でのベースラインからの変化の中央値、モンテカルロ {samples} サンプル</translation>
    </message>
    <message>
        <source> (run Monte Carlo for medians and probabilities)</source>
        <translation>（中央値と確率はモンテカルロを実行すると表示）</translation>
    </message>
    <message>
        <source>Change from baseline at {when}{extra}</source>
        <translation>{when} でのベースラインからの変化{extra}</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add an empty scenario</source>
        <translation>空のシナリオを追加します</translation>
    </message>
    <message>
        <source>No scenarios yet. A scenario is a policy option: Add one, then set its levers below.</source>
        <translation>シナリオはまだありません。シナリオは政策の選択肢です。「追加」で作り、下でそのレバーを設定してください。</translation>
    </message>
    <message>
        <source>Copy the current scenario</source>
        <translation>現在のシナリオを複製します</translation>
    </message>
    <message>
        <source>Delete the current scenario (undoable)</source>
        <translation>現在のシナリオを削除します（元に戻せます）</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Override selected edge</source>
        <translation>選択したエッジを上書き</translation>
    </message>
    <message>
        <source>Give the edge selected on the map another weight in this scenario</source>
        <translation>このシナリオで、マップで選んだエッジに別の重みを与えます</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Edge-weight overrides</source>
        <translation>エッジの重みの上書き</translation>
    </message>
    <message>
        <source>Mark Translation Reviewed</source>
        <translation>翻訳を見直し済みにする</translation>
    </message>
    <message>
        <source>The scenario&apos;s translated name says what its original says now: take the mark away</source>
        <translation>シナリオの翻訳名は今の原文と同じ内容です。印を外します</translation>
    </message>
    <message>
        <source>Translated name may be out of date</source>
        <translation>翻訳された名前が古くなっている可能性があります</translation>
    </message>
    <message>
        <source>Renamed, the name is the scenario&apos;s own in every language</source>
        <translation>名前を変えると、それがどの言語でもこのシナリオの名前になります</translation>
    </message>
    <message>
        <source>Renamed here, the name is its {language} translation; the original stays</source>
        <translation>ここで名前を変えると{language}の翻訳になり、原文はそのまま残ります</translation>
    </message>
    <message>
        <source>Select one edge on the map to override its weight</source>
        <translation>重みを上書きするエッジをマップで 1 本選んでください</translation>
    </message>
    <message>
        <source>Choose an override to remove</source>
        <translation>削除する上書きを選んでください</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>No objectives in this model: add them to score scenarios.</source>
        <translation>このモデルには目標がありません。シナリオを採点するには目標を追加してください。</translation>
    </message>
    <message>
        <source>No results to score.</source>
        <translation>採点する結果がありません。</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>{objective} in {scenario}: change {change}, met</source>
        <translation>{scenario} の{objective}：変化 {change}、達成</translation>
    </message>
    <message>
        <source>{objective} in {scenario}: change {change}, not met</source>
        <translation>{scenario} の{objective}：変化 {change}、未達成</translation>
    </message>
    <message>
        <source>{shown} (unrounded {value})</source>
        <translation>{shown}（丸める前は {value}）</translation>
    </message>
    <message>
        <source>✔ met, ✘ not met: the change of the objective&apos;s node at the last step against its threshold. Score: importance-weighted share met.</source>
        <translation>✔ 達成、✘ 未達成：目標のノードの最後のステップでの変化をしきい値と比べます。スコア：重要度で重み付けした達成の割合。</translation>
    </message>
    <message>
        <source>New Objective…</source>
        <translation>新しい目標…</translation>
    </message>
    <message>
        <source>Edit Objective…</source>
        <translation>目標を編集…</translation>
    </message>
    <message>
        <source>Delete Objective</source>
        <translation>目標を削除</translation>
    </message>
    <message>
        <source>✔ met, ✘ not met</source>
        <translation>✔ 達成、✘ 未達成</translation>
    </message>
    <message>
        <source> · P: share of Monte Carlo samples meeting it</source>
        <translation> · P：それを満たすモンテカルロのサンプルの割合</translation>
    </message>
    <message>
        <source> P: share of Monte Carlo samples meeting it.</source>
        <translation>P：それを満たすモンテカルロのサンプルの割合。</translation>
    </message>
    <message>
        <source>{objective}  (increase {node} by at least {threshold}, weight {weight})</source>
        <translation>{objective}（{node} を {threshold} 以上上げる、重み {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (decrease {node} by at least {threshold}, weight {weight})</source>
        <translation>{objective}（{node} を {threshold} 以上下げる、重み {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (do not lower {node}: change ≥ 0, weight {weight})</source>
        <translation>{objective}（{node} を下げない：変化 ≥ 0、重み {weight}）</translation>
    </message>
    <message>
        <source>{objective}  (do not raise {node}: change ≤ 0, weight {weight})</source>
        <translation>{objective}（{node} を上げない：変化 ≤ 0、重み {weight}）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Fill in the conventions of another FCM tool so that results match it exactly.</source>
        <translation>別の FCM ツールの規約を入力し、結果を完全に一致させます。</translation>
    </message>
    <message>
        <source>Kosko: a node is only what its causes make it; modified Kosko also keeps its own previous level; rescaled maps levels to [-1, 1] before summing (Papageorgiou).</source>
        <translation>Kosko：ノードは原因だけで決まります。修正 Kosko は自分の前の値も保ちます。再スケールは合計する前に値を [-1, 1] に写します（Papageorgiou）。</translation>
    </message>
    <message>
        <source>How the summed push becomes a level: sigmoid (0..1), tanh (-1..1), bivalent (0/1), trivalent (-1/0/1) or clip (linear, capped at ±1).</source>
        <translation>合計した押しがどうレベルになるか：sigmoid (0..1)、tanh (-1..1)、二値 (0/1)、三値 (-1/0/1)、クリップ（線形、±1 で頭打ち）。</translation>
    </message>
    <message>
        <source>Lambda: how sharply the activation responds; larger saturates sooner. Suggest proposes the largest with one answer from every start.</source>
        <translation>λ：活性化関数の反応の鋭さ。大きいほど早く飽和します。「提案」はどの開始からも答えが一つになる最大値を示します。</translation>
    </message>
    <message>
        <source>How many time steps each run lasts (also the cap for convergence).</source>
        <translation>各実行のステップ数（収束の上限でもあります）。</translation>
    </message>
    <message>
        <source>The name of one step in charts and exports (month, quarter, round).</source>
        <translation>グラフや書き出しでの 1 ステップの名前（月、四半期、回など）。</translation>
    </message>
    <message>
        <source>Start each run from every node&apos;s initial level, or from all ones as Mental Modeler does.</source>
        <translation>各実行を各ノードの初期レベルから始めるか、Mental Modeler のようにすべて 1 から始めます。</translation>
    </message>
    <message>
        <source>Nodes without causes are held at their start level (FCMpy) or updated like any node (Mental Modeler, R fcm).</source>
        <translation>原因のないノードは開始レベルに固定する (FCMpy) か、他のノードと同じく更新します (Mental Modeler, R fcm)。</translation>
    </message>
    <message>
        <source>A run has converged when no node moves more than this between steps.</source>
        <translation>ステップ間でどのノードもこの値以上動かなければ、実行は収束したとみなします。</translation>
    </message>
    <message>
        <source>Compare changes with &lt; instead of &lt;= tolerance (R fcm).</source>
        <translation>変化を許容誤差と &lt;= ではなく &lt; で比べます (R fcm)。</translation>
    </message>
    <message>
        <source>End a run at convergence instead of running every step.</source>
        <translation>全ステップを実行せず、収束したら終了します。</translation>
    </message>
    <message>
        <source>Count the initial state as step 1 when reporting &apos;converged at step k&apos;.</source>
        <translation>「ステップ k で収束」と報告するとき、初期状態をステップ 1 と数えます。</translation>
    </message>
    <message>
        <source>How many random draws of the uncertain edge weights Monte Carlo uses.</source>
        <translation>モンテカルロが不確かなエッジの重みを何回ランダムに引くか。</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same Monte Carlo numbers, bit for bit.</source>
        <translation>乱数のシード：同じシードならモンテカルロの数値はビット単位で同じになります。</translation>
    </message>
    <message>
        <source>For large runs: Monte Carlo in float32 is about twice as fast; its bands agree with float64&apos;s within 1e-6, and a seed still fixes every number.</source>
        <translation>大きな実行向け：float32 のモンテカルロは約 2 倍速く、帯は float64 の帯と 1e-6 以内で一致し、シードは引き続きすべての数値を決めます。</translation>
    </message>
    <message>
        <source>Engine settings</source>
        <translation>エンジン設定</translation>
    </message>
    <message>
        <source>(the model&apos;s own)</source>
        <translation>（モデル自身の設定）</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Fill in the largest steepness for which every run has exactly one answer, whatever the start</source>
        <translation>どこから始めても各実行の答えがちょうど一つになる最大の傾きを入力します</translation>
    </message>
    <message>
        <source>strict comparison</source>
        <translation>厳密な比較</translation>
    </message>
    <message>
        <source>stop at convergence</source>
        <translation>収束したら停止</translation>
    </message>
    <message>
        <source>initial state counts as step 1</source>
        <translation>初期状態をステップ 1 と数える</translation>
    </message>
    <message>
        <source>Monte Carlo in float32</source>
        <translation>モンテカルロを float32 で</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>Steepness (λ)</source>
        <translation>傾き (λ)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>時間の単位</translation>
    </message>
    <message>
        <source>Start vector</source>
        <translation>開始ベクトル</translation>
    </message>
    <message>
        <source>Driver nodes</source>
        <translation>駆動ノード</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容誤差</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>モンテカルロのサンプル数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>No suggestion: {reason}</source>
        <translation>提案なし：{reason}</translation>
    </message>
    <message>
        <source>No steepness makes a {activation} activation provably give one answer (a step has no slope bound); sigmoid, tanh or clip have one.</source>
        <translation>{activation} の活性化関数では、どの傾きでも答えが一つとは保証できません（階段関数には傾きの上限がありません）。sigmoid、tanh、クリップにはあります。</translation>
    </message>
    <message>
        <source>Any steepness gives one answer: no node&apos;s level feeds another&apos;s change here (no weights to bound).</source>
        <translation>どの傾きでも答えは一つです。ここではどのノードのレベルも他の変化に入りません（制約する重みがありません）。</translation>
    </message>
    <message>
        <source>λ {value}: below {bound}, the largest steepness for which the map damps every difference between two states ({activation}, {rule} rule, {norm}-norm of the weights {norm_value}), so every run has one answer whatever its start. </source>
        <translation>λ {value}：{bound} 未満。マップが二つの状態の差をすべて縮める最大の傾きです（{activation}、{rule} 規則、重みの {norm} ノルム {norm_value}）。そのため、どこから始めても各実行の答えは一つです。</translation>
    </message>
    <message>
        <source>fcmconfr&apos;s estimate, which keeps the inputs in the near-linear part of the curve, is {estimate}. </source>
        <translation>入力を曲線のほぼ線形な部分に保つ fcmconfr の推定値は {estimate} です。</translation>
    </message>
    <message>
        <source>With λ {steepness} the factor is {factor} (inside the bound).</source>
        <translation>λ {steepness} のとき縮小係数は {factor} です（上限の内側）。</translation>
    </message>
    <message>
        <source>With λ {steepness} the factor is {factor}: one answer is not guaranteed; the results panel says whether runs from different starts agree.</source>
        <translation>λ {steepness} のとき縮小係数は {factor} です。答えが一つとは保証されません。異なる開始からの実行が一致するかは結果パネルに表示されます。</translation>
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
        <translation>Sobol&apos; 指数は計算されていません：{reason}</translation>
    </message>
    <message>
        <source>Sobol&apos; indices not computed: no uncertain condition.</source>
        <translation>Sobol&apos; 指数は計算されていません：不確かな条件がありません。</translation>
    </message>
    <message>
        <source>“{option}”, {futures} futures. Share of the objective&apos;s variance each condition explains: blue with its interactions (total), vermilion alone (first order); whiskers: 95% intervals.</source>
        <translation>「{option}」、{futures} 通りの未来。各条件が説明する目標の分散の割合：青は交互作用を含む（総効果）、朱色は単独（一次）。ひげ：95% 区間。</translation>
    </message>
    <message>
        <source>Sobol&apos; index (share of variance)</source>
        <translation>Sobol&apos; 指数（分散の割合）</translation>
    </message>
    <message>
        <source>Too few samples to trust these indices: run again with a Sobol&apos; base sample of {base} or more.</source>
        <translation>サンプルが少なすぎてこれらの指数は信頼できません：Sobol&apos; 基本サンプルを {base} 以上にして実行し直してください。</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>出典を編集</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>出典を追加</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A year, a year and month, or a whole date: 2026, 2026-06 or 2026-06-25, or as the Sources list writes it (June 25, 2026)</source>
        <translation>年、年と月、または日付まで：2026、2026-06、2026-06-25、または出典の一覧での書き方（2026年6月25日）</translation>
    </message>
    <message>
        <source>Optional: the web address where the source can be read (http:// or https://); it is shown and copied, never opened by Windtunnel</source>
        <translation>任意：出典を読めるウェブアドレス（http:// または https://）。表示とコピーだけで、Windtunnel が開くことはありません</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>&quot;{date}&quot; is not a date: write a year, a year and month, or a whole date, as 2026, 2026-06 or 2026-06-25</source>
        <translation>「{date}」は日付ではありません。年、年と月、または年月日を 2026、2026-06、2026-06-25 のように書いてください</translation>
    </message>
</context>
<context>
    <name>SourcesField</name>
    <message>
        <source>No sources yet: add them in the Sources panel</source>
        <translation>出典はまだありません。出典パネルで追加してください</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>引用元</translation>
    </message>
    <message>
        <source>How many nodes and edges cite the source</source>
        <translation>この出典を引用しているノードとエッジの数</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>出典を追加します</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the chosen source</source>
        <translation>選んだ出典を編集します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the chosen source</source>
        <translation>選んだ出典を削除します</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>引用する</translation>
    </message>
    <message>
        <source>Cite the chosen source from the selected nodes and edges</source>
        <translation>選択したノードとエッジから、選んだ出典を引用します</translation>
    </message>
    <message>
        <source>Uncite</source>
        <translation>引用を外す</translation>
    </message>
    <message>
        <source>Remove the chosen source from the selected nodes and edges</source>
        <translation>選択したノードとエッジから、選んだ出典を外します</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Choose a source in the list first.</source>
        <translation>まずリストで出典を選んでください。</translation>
    </message>
    <message>
        <source>Select nodes or edges on the map first.</source>
        <translation>まずマップでノードかエッジを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) now cite it.</source>
        <translation>
            <numerusform>選択した %n 項目がこの出典を引用するようになりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s) no longer cite it.</source>
        <translation>
            <numerusform>選択した %n 項目はこの出典を引用しなくなりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryMode</name>
    <message>
        <source>Tell the &amp;Story</source>
        <translation>ストーリーを語る(&amp;S)</translation>
    </message>
    <message>
        <source>Reveal the scenario step by step: levers, first effects, channels, outcomes (Right / Left, PageDown / PageUp or Space)</source>
        <translation>シナリオをステップごとに示します：レバー、最初の影響、経路、結果（→ / ←、PageDown / PageUp または Space）</translation>
    </message>
    <message>
        <source>No story yet</source>
        <translation>ストーリーはまだありません</translation>
    </message>
    <message>
        <source>Choose a scenario that sets a lever; its story shows here. Escape ends the story.</source>
        <translation>レバーを設定するシナリオを選ぶと、ここにストーリーが表示されます。Esc で終了します。</translation>
    </message>
    <message>
        <source>{number} of {count}; →: on, ←: back, Esc: end</source>
        <translation>{count} 章中 {number} 章目。→：次へ、←：戻る、Esc：終了</translation>
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
        <translation>長さ</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>構成要素</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
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
        <translation>入次数</translation>
    </message>
    <message>
        <source>Outdegree</source>
        <translation>出次数</translation>
    </message>
    <message>
        <source>Centrality</source>
        <translation>中心性</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>媒介中心性</translation>
    </message>
    <message>
        <source>Find chokepoints</source>
        <translation>チョークポイントを探す</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Loops over time</source>
        <translation>ループの時間変化</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Actors (choose one or more):</source>
        <translation>アクター（一つ以上選択）：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Chokepoints</source>
        <translation>チョークポイント</translation>
    </message>
    <message>
        <source>Finding feedback loops…</source>
        <translation>フィードバックループを探索中…</translation>
    </message>
    <message>
        <source>The structure could not be found</source>
        <translation>構造を求められませんでした</translation>
    </message>
    <message>
        <source>No structure: {reason}</source>
        <translation>構造なし：{reason}</translation>
    </message>
    <message>
        <source>Finding loops and metrics</source>
        <translation>ループと指標を計算中</translation>
    </message>
    <message>
        <source>Stopped. The tables show the structure before the last edit; open the tab again to compute it.</source>
        <translation>停止しました。表は最後の編集より前の構造です。タブを開き直すと計算します。</translation>
    </message>
    <message>
        <source>Stopped before the loops were found; open the tab again to compute them.</source>
        <translation>ループが見つかる前に停止しました。タブを開き直すと計算します。</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback loop(s): {reinforcing} reinforcing (a change feeds itself), {balancing} balancing (a change damps itself); {note}. Click a loop to highlight it.</source>
        <translation>
            <numerusform>フィードバックループ %n 個：強化 {reinforcing} 個（変化が自らを強める）、バランス {balancing} 個（変化が自らを抑える）。{note}。ループをクリックすると強調表示します。</numerusform>
        </translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>{nodes} nodes, {edges} edges, density {density}, {per_node} edges per node; {drivers} drivers, {receivers} receivers, {ordinary} ordinary; complexity (receivers / drivers) {complexity}; hierarchy index {hierarchy}.</source>
        <translation>ノード {nodes} 個、エッジ {edges} 本、密度 {density}、ノードあたりのエッジ {per_node} 本。駆動 {drivers}、受信 {receivers}、通常 {ordinary}。複雑度（受信 / 駆動）{complexity}。階層指数 {hierarchy}。</translation>
    </message>
    <message>
        <source>Choose at least one actor and an outcome.</source>
        <translation>アクターを一つ以上と結果を一つ選んでください。</translation>
    </message>
    <message>
        <source>Not possible: {reason}</source>
        <translation>できません：{reason}</translation>
    </message>
    <message>
        <source>No path of positive influence leads from the chosen actors to &lt;b&gt;{outcome}&lt;/b&gt;.</source>
        <translation>選んだアクターから &lt;b&gt;{outcome}&lt;/b&gt; へ至る正の影響の経路はありません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> Directly connected (no node can cut them): {actors}.</source>
        <translation>直接つながっている（どのノードでも切れない）：{actors}。</translation>
    </message>
    <message>
        <source>Cutting {nodes} removes every positive path to &lt;b&gt;{outcome}&lt;/b&gt;.{direct}</source>
        <translation>{nodes} を切ると &lt;b&gt;{outcome}&lt;/b&gt; への正の経路はすべてなくなります。{direct}</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>The current scenario: what the levers edit and the map shows (PageUp / PageDown in workshop mode)</source>
        <translation>現在のシナリオ：レバーで編集し、マップに表示する対象（ワークショップモードでは PageUp / PageDown）</translation>
    </message>
    <message>
        <source>Results on the map (tints)</source>
        <translation>マップ上の結果（色付け）</translation>
    </message>
    <message>
        <source>Halos around changed nodes</source>
        <translation>変化したノードの周りの光輪</translation>
    </message>
    <message>
        <source>Edge flows</source>
        <translation>エッジの流れ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>What the map draws after a run</source>
        <translation>実行後にマップに描くもの</translation>
    </message>
    <message>
        <source>Replay the run step by step (Space in workshop mode)</source>
        <translation>実行をステップごとに再生（ワークショップモードでは Space）</translation>
    </message>
    <message>
        <source>Time step</source>
        <translation>時間ステップ</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>シナリオ：</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>{unit} {step} of {steps}</source>
        <translation>{step}/{steps} {unit}目</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
</context>
<context>
    <name>TornadoView</name>
    <message>
        <source>Run sensitivity</source>
        <translation>感度分析を実行</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Elasticity</source>
        <translation>弾力性</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>One at a time</source>
        <translation>一つずつ</translation>
    </message>
    <message>
        <source>Sobol&apos; indices</source>
        <translation>Sobol&apos; 指数</translation>
    </message>
    <message>
        <source>Choose an objective and run the sensitivity analysis for “{scenario}”.</source>
        <translation>目標を選び、「{scenario}」の感度分析を実行してください。</translation>
    </message>
    <message>
        <source>Sensitivity needs a scenario and an objective.</source>
        <translation>感度分析にはシナリオと目標が必要です。</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>感度</translation>
    </message>
    <message>
        <source>The sensitivity analysis failed</source>
        <translation>感度分析に失敗しました</translation>
    </message>
    <message>
        <source>Sensitivity cancelled; the previous results are kept</source>
        <translation>感度分析を取り消しました。前の結果はそのままです</translation>
    </message>
    <message>
        <source>The scenario, objective or model changed while the sensitivity ran: run it again</source>
        <translation>感度分析の実行中にシナリオ、目標、モデルのいずれかが変更されました。もう一度実行してください</translation>
    </message>
    <message>
        <source>This model has no edges to vary.</source>
        <translation>このモデルには変化させるエッジがありません。</translation>
    </message>
    <message>
        <source>objective value (change at the last step)</source>
        <translation>目標値（最後のステップでの変化）</translation>
    </message>
    <message>
        <source>{objective} under “{scenario}”: central value {base}. Each bar spans the value with one edge at its low bound (vermilion) and at its high bound (blue); the {shown} widest of {count} edges. Wide bars are the weights worth checking first.</source>
        <translation>「{scenario}」での{objective}：中心値 {base}。各棒は、一本のエッジを下限（朱色）と上限（青）にしたときの値の幅です。{count} 本のエッジのうち幅の大きい {shown} 本を表示。幅の大きい棒の重みから確認してください。</translation>
    </message>
</context>
<context>
    <name>TradeOff</name>
    <message>
        <source>Trade-off:</source>
        <translation>トレードオフ：</translation>
    </message>
    <message>
        <source>against</source>
        <translation>対</translation>
    </message>
    <message>
        <source>{objective}: progress →</source>
        <translation>{objective}：前進 →</translation>
    </message>
    <message>
        <source>{objective}: progress ↑</source>
        <translation>{objective}：前進 ↑</translation>
    </message>
    <message>
        <source>Each point is one option in one future. Across: progress toward “{across}”, the {across_change} of {across_node} from the baseline; up: progress toward “{up}”, the {up_change} of {up_node}. More is better on both; each objective is met from its dashed line on (to its right, above it).</source>
        <translation>各点は一つの未来における一つの選択肢です。横軸：「{across}」への前進（ベースラインからの {across_node} の{across_change}）。縦軸：「{up}」への前進（{up_node} の{up_change}）。どちらも大きいほど良く、各目標は破線から先（右側、上側）で達成されます。</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>上昇</translation>
    </message>
    <message>
        <source>fall</source>
        <translation>低下</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>すべてのシナリオ</translation>
    </message>
    <message>
        <source>No nodes yet: add some to the map to chart them.</source>
        <translation>ノードはまだありません。マップにノードを追加するとグラフに表示されます。</translation>
    </message>
    <message>
        <source>Select nodes on the map to chart them.</source>
        <translation>マップでノードを選ぶとグラフに表示します。</translation>
    </message>
    <message>
        <source>No results: {reason}</source>
        <translation>結果なし：{reason}</translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>実行するものがありません</translation>
    </message>
    <message>
        <source>; shaded: 5-95% and 25-75% of {samples} Monte Carlo samples</source>
        <translation>。影：モンテカルロ {samples} サンプルの 5-95% と 25-75%</translation>
    </message>
    <message>
        <source>; Monte Carlo bands hidden: the model changed since the run</source>
        <translation>。モンテカルロの幅は非表示：実行後にモデルが変更されました</translation>
    </message>
    <message>
        <source>no scenario</source>
        <translation>シナリオなし</translation>
    </message>
    <message>
        <source>Selected nodes: dashed = baseline, solid = {scenario}{bands}.</source>
        <translation>選択したノード：破線 = ベースライン、実線 = {scenario}{bands}。</translation>
    </message>
    <message>
        <source>The objectives&apos; nodes: dashed = baseline, solid = {scenario}{bands}.</source>
        <translation>目標のノード：破線 = ベースライン、実線 = {scenario}{bands}。</translation>
    </message>
    <message>
        <source>{node}, {unit} {step}: 5-95% from {low} to {high}, 25-75% from {inner_low} to {inner_high} ({samples} Monte Carlo samples)</source>
        <translation>{node}、{step} {unit}目：5-95% は {low} から {high}、25-75% は {inner_low} から {inner_high}（モンテカルロ {samples} サンプル）</translation>
    </message>
    <message>
        <source>A band narrower than a few pixels is drawn that thick around its middle, so that it shows.</source>
        <translation>数ピクセルより細い帯は、見えるように中央を中心にその太さで描いています。</translation>
    </message>
</context>
<context>
    <name>WeightChange</name>
    <message>
        <source>First rating: weight {after}, not the map&apos;s own {before}.</source>
        <translation>最初の評価：重みはマップ自身の {before} ではなく {after}。</translation>
    </message>
    <message>
        <source>Weight now {after} (was {before}).</source>
        <translation>重みは {after} になりました（以前は {before}）。</translation>
    </message>
    <message>
        <source>{absent} of {count} not rating it count as 0.</source>
        <translation>未評価の {count} 人中 {absent} 人は 0 として数えます。</translation>
    </message>
    <message>
        <source>First rating of this edge: its weight is now the participants&apos; aggregate ({method}), {after}, not the map&apos;s own {before}.</source>
        <translation>このエッジへの最初の評価です。重みはマップ自身の {before} ではなく、参加者の集約（{method}）の {after} になりました。</translation>
    </message>
    <message>
        <source>The edge&apos;s weight is now the participants&apos; aggregate ({method}), {after} (was {before}).</source>
        <translation>エッジの重みは参加者の集約（{method}）の {after} になりました（以前は {before}）。</translation>
    </message>
    <message>
        <source>The {absent} of {count} who have not rated it count as 0.</source>
        <translation>まだ評価していない {count} 人中 {absent} 人は 0 として数えられます。</translation>
    </message>
    <message>
        <source>No one rates this edge now: it keeps {weight}.</source>
        <translation>このエッジを評価する人はいなくなりました：重みは {weight} のままです。</translation>
    </message>
    <message>
        <source>No one rates this edge now: back to its own {weight} (was {was}).</source>
        <translation>このエッジを評価する人はいなくなりました：重みはマップ自身の {weight} に戻りました（直前は {was}）。</translation>
    </message>
    <message>
        <source>No participant rates this edge now: it keeps {weight}, its weight when the file was opened (a file saved by an older Windtunnel does not keep the weight from before the ratings).</source>
        <translation>このエッジを評価する参加者はいなくなりました：重みはファイルを開いたときの {weight} のままです（古い Windtunnel で保存したファイルは、評価の前の重みを保持していません）。</translation>
    </message>
    <message>
        <source>No participant rates this edge now: its weight is back to {weight}, the map&apos;s own from before the first rating (the participants&apos; aggregate was {was}).</source>
        <translation>このエッジを評価する参加者はいなくなりました：重みは最初の評価の前のマップ自身の値 {weight} に戻りました（参加者の集約値は {was} でした）。</translation>
    </message>
</context>
<context>
    <name>WhyPanel</name>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By lever</source>
        <translation>レバー別</translation>
    </message>
    <message>
        <source>By input edge</source>
        <translation>入力エッジ別</translation>
    </message>
    <message>
        <source>By route</source>
        <translation>経路別</translation>
    </message>
    <message>
        <source>Sharing the change among the levers</source>
        <translation>変化をレバーに配分中</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Shares are of the total change: a row that pulls the other way has a negative share, so the others add up to more than 100%.</source>
        <translation>割合は変化の合計に対するものです。逆向きに働く行は割合がマイナスになるため、ほかの行の合計は 100% を超えます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Run a scenario to explain its changes.</source>
        <translation>シナリオを実行すると、その変化を説明します。</translation>
    </message>
    <message>
        <source>Select a node on the map to see why it changed.</source>
        <translation>マップでノードを選ぶと、なぜ変化したかが分かります。</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>説明を作成中…</translation>
    </message>
    <message>
        <source>Explaining the change</source>
        <translation>変化を説明中</translation>
    </message>
    <message>
        <source>Could not explain: {reason}</source>
        <translation>説明できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Stopped. Select the node again (or move the time slider) to explain it.</source>
        <translation>停止しました。もう一度ノードを選ぶ（または時間スライダーを動かす）と説明します。</translation>
    </message>
    <message>
        <source>Why did &lt;b&gt;{node}&lt;/b&gt; change by &lt;b&gt;{change}&lt;/b&gt; in &lt;b&gt;{scenario}&lt;/b&gt; at &lt;b&gt;{unit} {step}&lt;/b&gt; of {steps}?</source>
        <translation>&lt;b&gt;{scenario}&lt;/b&gt; で &lt;b&gt;{node}&lt;/b&gt; が &lt;b&gt;{step} {unit}目&lt;/b&gt;（全 {steps}）に &lt;b&gt;{change}&lt;/b&gt; 変化したのはなぜか？</translation>
    </message>
    <message>
        <source> Move the time slider to explain another {unit}; click a row to highlight it on the map.</source>
        <translation>時間スライダーを動かすと別の{unit}を説明します。行をクリックするとマップ上で強調表示します。</translation>
    </message>
    <message>
        <source>The reasons follow when the replay stops; By lever and By input edge follow every {unit}.</source>
        <translation>理由は再生が止まると表示されます。「レバー別」と「入力エッジ別」は{unit}ごとに更新されます。</translation>
    </message>
    <message>
        <source>Tracing the routes at {unit} {step}…</source>
        <translation>{step} {unit}目の経路をたどっています…</translation>
    </message>
    <message>
        <source>Pulls the other way: {change} against a total change of {total}</source>
        <translation>逆向きに働いています：変化の合計 {total} に対して {change}</translation>
    </message>
    <message>
        <source>Total: the change</source>
        <translation>合計：変化</translation>
    </message>
    <message>
        <source>The {count} reasons carry {share} of the change. Routes: {note}.</source>
        <translation>{count} 個の理由が変化の {share} を占めます。経路：{note}。</translation>
    </message>
    <message>
        <source>{node} does not change at this step: there is nothing to explain.</source>
        <translation>{node} はこのステップで変化していません。説明することはありません。</translation>
    </message>
    <message>
        <source>One reason carries {share} of the change; the last row gathers everything else. Routes: {note}.</source>
        <translation>1 個の理由が変化の {share} を占めます。最後の行は残りすべてをまとめたものです。経路：{note}。</translation>
    </message>
    <message>
        <source>One reason carries {share} of the change. Routes: {note}.</source>
        <translation>1 個の理由が変化の {share} を占めます。経路：{note}。</translation>
    </message>
    <message>
        <source>The {count} reasons carry {share} of the change; the last row gathers everything else. Routes: {note}.</source>
        <translation>{count} 個の理由が変化の {share} を占めます。最後の行は残りすべてをまとめたものです。経路：{note}。</translation>
    </message>
    <message>
        <source>This scenario sets no lever and changes no weight.</source>
        <translation>このシナリオはレバーを設定せず、重みも変えません。</translation>
    </message>
    <message>
        <source>Each lever&apos;s fair share of the change ({method}): what it adds on average over every order in which the levers could be set.</source>
        <translation>各レバーの変化への公平な寄与（{method}）：レバーを設定しうるすべての順序で平均したときに加わる分です。</translation>
    </message>
    <message>
        <source>its own previous level ({rule} rule)</source>
        <translation>自分の前のレベル（{rule} 規則）</translation>
    </message>
    <message>
        <source>set by a lever on it</source>
        <translation>レバーで設定</translation>
    </message>
    <message>
        <source>What arrived through each incoming edge at this step: each edge&apos;s push, shared in proportion to how the node&apos;s curve turned the summed push into its level.</source>
        <translation>このステップで各入力エッジから届いたもの：各エッジの押しを、ノードの曲線が合計の押しをレベルに変えた割合で配分しています。</translation>
    </message>
    <message>
        <source> (not followed further)</source>
        <translation>（これ以上たどらない）</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller route(s)</source>
        <translation>
            <numerusform>小さい経路 %n 本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s) from the levers through the map over time (around loops too), largest first; {note}.</source>
        <translation>
            <numerusform>時間とともにレバーからマップを通る経路 %n 本（ループを回るものも含む）、大きい順。{note}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>No scenario</source>
        <translation>シナリオなし</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>ワークショップモード(&amp;W)</translation>
    </message>
    <message>
        <source>Full screen for a room: large type, the map and the levers</source>
        <translation>会場向けの全画面：大きな文字、マップとレバー</translation>
    </message>
    <message>
        <source>Workshop levers</source>
        <translation>ワークショップのレバー</translation>
    </message>
    <message>
        <source>scenario {number} of {count} · Ctrl+PgUp / Ctrl+PgDown</source>
        <translation>シナリオ {number}/{count} · Ctrl+PgUp / Ctrl+PgDown</translation>
    </message>
    <message>
        <source>scenario {number} of {count} · PageUp / PageDown</source>
        <translation>シナリオ {number}/{count} · PageUp / PageDown</translation>
    </message>
    <message>
        <source>Show levers (L)</source>
        <translation>レバーを表示 (L)</translation>
    </message>
    <message>
        <source>Hide levers (L)</source>
        <translation>レバーを隠す (L)</translation>
    </message>
</context>
<context>
    <name>_ScenarioRows</name>
    <message>
        <source>{name} (sets no lever: as the baseline)</source>
        <translation>{name}（レバーの設定なし：ベースラインと同じ）</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a blank model</source>
        <translation>空のモデルを始めます</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>モデルファイルを開きます</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a model from Mental Modeler, Kumu, Gephi, GraphML, GEXF, CSV or a workbook</source>
        <translation>Mental Modeler、Kumu、Gephi、GraphML、GEXF、CSV またはブックからモデルをインポートします</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model</source>
        <translation>モデルを保存します</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Map as S&amp;VG…</source>
        <translation>マップを SVG で書き出す(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>選択したものを削除します</translation>
    </message>
    <message>
        <source>Re&amp;name Node</source>
        <translation>ノード名を変更(&amp;N)</translation>
    </message>
    <message>
        <source>Edit the selected node&apos;s label on the map</source>
        <translation>マップ上で選択したノードのラベルを編集します</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;Actor</source>
        <translation>アクターを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an actor in the middle of the view</source>
        <translation>表示の中央にアクターを追加します</translation>
    </message>
    <message>
        <source>Add a restriction: a policy lever</source>
        <translation>規制を追加します：政策レバー</translation>
    </message>
    <message>
        <source>Add &amp;Factor</source>
        <translation>要因を追加(&amp;F)</translation>
    </message>
    <message>
        <source>Add a factor: an outcome or an intermediate</source>
        <translation>要因を追加します：結果または中間要因</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Nodes</source>
        <translation>選択したノードをつなぐ(&amp;O)</translation>
    </message>
    <message>
        <source>Draw edges between the selected nodes, in the order selected</source>
        <translation>選択した順にノード間にエッジを引きます</translation>
    </message>
    <message>
        <source>Swap the direction of the selected edges</source>
        <translation>選択したエッジの向きを入れ替えます</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>環境設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>マップ全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom to show the whole map</source>
        <translation>マップ全体が見えるように拡大縮小します</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Export Map as PN&amp;G…</source>
        <translation>マップを PNG で書き出す(&amp;G)…</translation>
    </message>
    <message>
        <source>Se&amp;lect All</source>
        <translation>すべて選択(&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;ind…</source>
        <translation>検索(&amp;I)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>次を検索(&amp;X)</translation>
    </message>
    <message>
        <source>Add Re&amp;striction (Lever)</source>
        <translation>規制（レバー）を追加(&amp;S)</translation>
    </message>
    <message>
        <source>Reverse Ed&amp;ge</source>
        <translation>エッジを逆向きに(&amp;G)</translation>
    </message>
    <message>
        <source>Show Le&amp;gend</source>
        <translation>凡例を表示(&amp;G)</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation>左右中央揃え</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>上揃え</translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation>上下中央揃え</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>下揃え</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>左右に均等配置(&amp;H)</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>上下に均等配置(&amp;V)</translation>
    </message>
    <message>
        <source>Auto-&amp;Layout</source>
        <translation>自動レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>Lay out the selected nodes (or all), keeping groups together</source>
        <translation>選択したノード（またはすべて）をグループごとにまとめて配置します</translation>
    </message>
    <message>
        <source>La&amp;yered Layout (Levers to Outcomes)</source>
        <translation>階層レイアウト（レバーから結果へ）(&amp;Y)</translation>
    </message>
    <message>
        <source>Columns from the levers on the left to the outcomes on the right, groups in bands</source>
        <translation>左のレバーから右の結果へ列に並べ、グループは帯状にします</translation>
    </message>
    <message>
        <source>Nudge Left</source>
        <translation>左へ少し移動</translation>
    </message>
    <message>
        <source>Nudge Right</source>
        <translation>右へ少し移動</translation>
    </message>
    <message>
        <source>Nudge Up</source>
        <translation>上へ少し移動</translation>
    </message>
    <message>
        <source>Nudge Down</source>
        <translation>下へ少し移動</translation>
    </message>
    <message>
        <source>Nudge Far Left</source>
        <translation>左へ大きく移動</translation>
    </message>
    <message>
        <source>Nudge Far Right</source>
        <translation>右へ大きく移動</translation>
    </message>
    <message>
        <source>Nudge Far Up</source>
        <translation>上へ大きく移動</translation>
    </message>
    <message>
        <source>Nudge Far Down</source>
        <translation>下へ大きく移動</translation>
    </message>
    <message>
        <source>Windtunnel &amp;Help</source>
        <translation>Windtunnel ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Windtunnel</source>
        <translation>Windtunnel について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>配置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Nudge (arrow keys)</source>
        <translation>少し移動（矢印キー）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>ウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>メニューを消去</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>規制</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>analysis_commands</name>
    <message>
        <source>New scenario</source>
        <translation>新しいシナリオ</translation>
    </message>
    <message>
        <source>Add scenario &quot;{name}&quot;</source>
        <translation>シナリオ「{name}」を追加</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（コピー）</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;{name}&quot;</source>
        <translation>シナリオ「{name}」を複製</translation>
    </message>
    <message>
        <source>Rename scenario &quot;{old}&quot; to &quot;{new}&quot;</source>
        <translation>シナリオ「{old}」を「{new}」に名前変更</translation>
    </message>
    <message>
        <source>Mark the translated name of scenario &quot;{name}&quot; as reviewed</source>
        <translation>シナリオ「{name}」の翻訳名を見直し済みにする</translation>
    </message>
    <message>
        <source>Delete scenario &quot;{name}&quot;</source>
        <translation>シナリオ「{name}」を削除</translation>
    </message>
    <message>
        <source>{value} is outside {low} to {high}, the levels the {activation} activation gives a node</source>
        <translation>{value} は、{activation} の活性化関数がノードに与える水準 {low}〜{high} の外にあります</translation>
    </message>
    <message>
        <source>Set lever {lever} to {value} in {scenario}</source>
        <translation>{scenario} でレバー {lever} を {value} に設定</translation>
    </message>
    <message>
        <source>Release lever {lever} in {scenario}</source>
        <translation>{scenario} でレバー {lever} を解除</translation>
    </message>
    <message>
        <source>Override {edge} ({weight}) in {scenario}</source>
        <translation>{scenario} で{edge}を上書き（{weight}）</translation>
    </message>
    <message>
        <source>Remove override of {edge} in {scenario}</source>
        <translation>{scenario} で{edge}の上書きを削除</translation>
    </message>
    <message>
        <source>Add objective &quot;{name}&quot;</source>
        <translation>目標「{name}」を追加</translation>
    </message>
    <message>
        <source>Edit objective &quot;{name}&quot;</source>
        <translation>目標「{name}」を編集</translation>
    </message>
    <message>
        <source>Delete objective &quot;{name}&quot;</source>
        <translation>目標「{name}」を削除</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n 個のノードを貼り付け</numerusform>
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
        <translation>上昇 +{span}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>edge {source} → {target}</source>
        <translation>エッジ {source} → {target}</translation>
    </message>
    <message>
        <source>node &quot;{name}&quot;</source>
        <translation>ノード「{name}」</translation>
    </message>
    <message>
        <source>scenario &quot;{name}&quot;</source>
        <translation>シナリオ「{name}」</translation>
    </message>
    <message>
        <source>objective &quot;{name}&quot;</source>
        <translation>目標「{name}」</translation>
    </message>
    <message>
        <source>source &quot;{name}&quot;</source>
        <translation>出典「{name}」</translation>
    </message>
    <message>
        <source>participant &quot;{name}&quot;</source>
        <translation>参加者「{name}」</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what}を追加</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what}を削除</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>{what}を編集</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n 個のノードを移動</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit model details</source>
        <translation>モデルの詳細を編集</translation>
    </message>
    <message>
        <source>Translate group names</source>
        <translation>グループ名を翻訳</translation>
    </message>
    <message>
        <source>{nodes} and {edges}</source>
        <translation>{nodes}と{edges}</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s)</source>
        <translation>
            <numerusform>%n 件の目標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>settings in %n scenario(s)</source>
        <translation>
            <numerusform>%n 件のシナリオでの設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant rating(s)</source>
        <translation>
            <numerusform>参加者の評価 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>the convergence nodes, so convergence is judged on every node</source>
        <translation>収束判定ノード（以後はすべてのノードで収束を判定）</translation>
    </message>
    <message numerus="yes">
        <source>%n of the convergence nodes</source>
        <translation>
            <numerusform>収束判定ノード %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {what} with {along}</source>
        <translation>{what}を{along}とともに削除</translation>
    </message>
    <message>
        <source>Edit engine settings</source>
        <translation>エンジン設定を編集</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 個のノード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n 本のエッジ</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>• {title}{where}, autosaved {when}</source>
        <translation>• {title}{where}、{when} に自動保存</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>保存されていない作業を復元</translation>
    </message>
    <message>
        <source>Windtunnel did not close properly last time. Recover the unsaved work?</source>
        <translation>Windtunnel は前回正しく終了しませんでした。保存されていない作業を復元しますか？</translation>
    </message>
    <message>
        <source>Recovered documents open as new, unsaved documents; your files are not changed. Discard deletes the recovery files.</source>
        <translation>復元した文書は新しい未保存の文書として開きます。元のファイルは変更されません。「破棄」は復元用ファイルを削除します。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>A large analysis</source>
        <translation>大きな分析</translation>
    </message>
    <message>
        <source>This analysis is larger than Windtunnel runs without asking.</source>
        <translation>この分析は Windtunnel が確認なしに実行する規模を超えています。</translation>
    </message>
    <message>
        <source>Run it anyway? The window stays usable, and Cancel stops it; a computer with less free memory than that may slow down or stop the app.</source>
        <translation>それでも実行しますか？ウィンドウは使えるままで、「キャンセル」で止められます。空きメモリがそれより少ないコンピュータでは、動作が遅くなったりアプリが止まったりすることがあります。</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Align left</source>
        <translation>左揃え</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>左右中央揃え</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右揃え</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>上揃え</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>上下中央揃え</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>下揃え</translation>
    </message>
    <message>
        <source>Connect nodes</source>
        <translation>ノードをつなぐ</translation>
    </message>
    <message numerus="yes">
        <source>Reverse %n edge(s)</source>
        <translation>
            <numerusform>%n 本のエッジを逆向きに</numerusform>
        </translation>
    </message>
    <message>
        <source>Nudge nodes</source>
        <translation>ノードを少し移動</translation>
    </message>
    <message>
        <source>Distribute nodes</source>
        <translation>ノードを均等配置</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <source>Layered layout</source>
        <translation>階層レイアウト</translation>
    </message>
    <message>
        <source>Cite source &quot;{name}&quot;</source>
        <translation>出典「{name}」を引用</translation>
    </message>
    <message>
        <source>Uncite source &quot;{name}&quot;</source>
        <translation>出典「{name}」の引用を外す</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>not enough memory for this file</source>
        <translation>このファイルにはメモリが足りません</translation>
    </message>
    <message>
        <source>the file is nested too deeply</source>
        <translation>ファイルの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（メッセージなし）</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {text}); nothing was changed. Start Windtunnel with {switch}=1 to see the details</source>
        <translation>予期しないエラー（{kind}：{text}）。何も変更していません。詳細を見るには {switch}=1 で Windtunnel を起動してください</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>All supported files ({patterns})</source>
        <translation>対応するすべてのファイル ({patterns})</translation>
    </message>
    <message>
        <source>Workbooks and tables ({patterns})</source>
        <translation>ブックと表 ({patterns})</translation>
    </message>
    <message>
        <source>Mental Modeler, GraphML, GEXF, FCMpy ({patterns})</source>
        <translation>Mental Modeler、GraphML、GEXF、FCMpy ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Windtunnel models ({patterns})</source>
        <translation>Windtunnel モデル ({patterns})</translation>
    </message>
    <message>
        <source>Imported from {name}</source>
        <translation>{name} からインポート</translation>
    </message>
    <message>
        <source>{title} (a copy)</source>
        <translation>{title}（コピー）</translation>
    </message>
    <message>
        <source>Windtunnel cannot open {suffix} files (it opens {known})</source>
        <translation>Windtunnel は {suffix} ファイルを開けません（開けるのは {known}）</translation>
    </message>
    <message>
        <source>Windtunnel cannot open files without an extension (it opens {known})</source>
        <translation>Windtunnel は拡張子のないファイルを開けません（開けるのは {known}）</translation>
    </message>
    <message>
        <source>cannot tell the format of a {suffix} file: Windtunnel opens .json and .xml files that are Mental Modeler, expert-ratings (FCMpy), GraphML, GEXF, Kumu (blueprint), FSDM, graphology or node-link (networkx, D3) files, telling them by how they start, and this one starts like none of them</source>
        <translation>{suffix} ファイルの形式を判別できません。Windtunnel が開く .json と .xml ファイルは Mental Modeler、専門家評価（FCMpy）、GraphML、GEXF、Kumu（blueprint）、FSDM、graphology、ノードリンク形式（networkx、D3）のファイルで、冒頭の内容で見分けますが、このファイルの冒頭はどれにも当たりません</translation>
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
        <translation>{step} {unit}目：ベースライン {baseline} · シナリオ {scenario} · &lt;b&gt;変化 {change}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{edge}, {unit} 0: nothing has been pushed yet</source>
        <translation>{edge}、0 {unit}目：まだ何も押していません</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution {value} (pushes {target} {amount} further up than in the baseline)</source>
        <translation>{edge}、{step} {unit}目：寄与 {value}（ベースラインより {target} を {amount} 多く押し上げる）</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution {value} (pushes {target} {amount} further down than in the baseline)</source>
        <translation>{edge}、{step} {unit}目：寄与 {value}（ベースラインより {target} を {amount} 多く押し下げる）</translation>
    </message>
    <message>
        <source>{edge}, {unit} {step}: contribution 0 (the same push as in the baseline)</source>
        <translation>{edge}、{step} {unit}目：寄与 0（ベースラインと同じ押し）</translation>
    </message>
    <message>
        <source>= weight × rescaled level of {source} at {unit} {step}: {weight} × {level} here, {baseline_weight} × {baseline_level} in the baseline</source>
        <translation>= 重み × {step} {unit}目での {source} の再スケールしたレベル：ここでは {weight} × {level}、ベースラインでは {baseline_weight} × {baseline_level}</translation>
    </message>
    <message>
        <source>= weight × level of {source} at {unit} {step}: {weight} × {level} here, {baseline_weight} × {baseline_level} in the baseline</source>
        <translation>= 重み × {step} {unit}目での {source} のレベル：ここでは {weight} × {level}、ベースラインでは {baseline_weight} × {baseline_level}</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The file could not be opened</source>
        <translation>ファイルを開けませんでした</translation>
    </message>
    <message>
        <source>A recovered document could not be read</source>
        <translation>復元した文書を読み込めませんでした</translation>
    </message>
    <message>
        <source>Recovered: {title}</source>
        <translation>復元：{title}</translation>
    </message>
    <message>
        <source>No window could be opened.</source>
        <translation>ウィンドウを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <source>{path} is, or links to, the Windtunnel model file {model}: an export is never written over a model, so nothing was written. Choose another name.</source>
        <translation>{path} は Windtunnel のモデルファイル {model} そのもの、またはそれへのリンクです。エクスポートでモデルを上書きすることはないため、何も書き込みませんでした。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>Clear the rating of {edge} by &quot;{who}&quot;</source>
        <translation>「{who}」による{edge}の評価を消去</translation>
    </message>
    <message>
        <source>Rate {edge} for &quot;{who}&quot;</source>
        <translation>「{who}」として{edge}を評価</translation>
    </message>
    <message>
        <source>a participant is already called &quot;{label}&quot;; give this one another name</source>
        <translation>「{label}」という名前の参加者がすでにいます。別の名前を付けてください</translation>
    </message>
    <message>
        <source>Add participant &quot;{who}&quot;; absent ratings are left out</source>
        <translation>参加者「{who}」を追加（評価がない場合は除外する）</translation>
    </message>
    <message>
        <source>Add participant &quot;{who}&quot;</source>
        <translation>参加者「{who}」を追加</translation>
    </message>
    <message>
        <source>Rename participant &quot;{old}&quot; to &quot;{new}&quot;</source>
        <translation>参加者「{old}」を「{new}」に名前変更</translation>
    </message>
    <message>
        <source>Set the role of &quot;{who}&quot; to &quot;{value}&quot;</source>
        <translation>「{who}」の役割を「{value}」に設定</translation>
    </message>
    <message>
        <source>Set the group of &quot;{who}&quot; to &quot;{value}&quot;</source>
        <translation>「{who}」のグループを「{value}」に設定</translation>
    </message>
    <message>
        <source>Set the credibility of &quot;{who}&quot; to {value}</source>
        <translation>「{who}」の信頼度を {value} に設定</translation>
    </message>
    <message>
        <source>Edit participant &quot;{who}&quot;</source>
        <translation>参加者「{who}」を編集</translation>
    </message>
    <message>
        <source>Remove participant &quot;{who}&quot;</source>
        <translation>参加者「{who}」を削除</translation>
    </message>
    <message>
        <source>Aggregate the participants&apos; ratings by {method}; {zeros}</source>
        <translation>参加者の評価を{method}で集約、{zeros}</translation>
    </message>
    <message>
        <source>absent ratings count as zero</source>
        <translation>評価がない場合は 0 として数える</translation>
    </message>
    <message>
        <source>absent ratings are left out</source>
        <translation>評価がない場合は除外する</translation>
    </message>
</context>
<context>
    <name>rebuild</name>
    <message>
        <source>The task under way stopped when the language changed: start it again.</source>
        <translation>言語の切り替えで実行中の処理が止まりました。もう一度実行してください。</translation>
    </message>
    <message>
        <source>Changing the language to {language}</source>
        <translation>{language} への言語の切り替えを準備中</translation>
    </message>
    <message>
        <source>The windows could not be built in the new language</source>
        <translation>新しい言語でウィンドウを作れませんでした</translation>
    </message>
    <message>
        <source>Change of language cancelled: the windows stay in {language}</source>
        <translation>言語の切り替えを取り消しました。ウィンドウは {language} のままです</translation>
    </message>
</context>
<context>
    <name>style</name>
    <message>
        <source>Actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>Restriction (lever)</source>
        <translation>規制（レバー）</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>very weak positive</source>
        <translation>ごく弱い正</translation>
    </message>
    <message>
        <source>very weak negative</source>
        <translation>ごく弱い負</translation>
    </message>
    <message>
        <source>weak positive</source>
        <translation>弱い正</translation>
    </message>
    <message>
        <source>weak negative</source>
        <translation>弱い負</translation>
    </message>
    <message>
        <source>moderate positive</source>
        <translation>中程度の正</translation>
    </message>
    <message>
        <source>moderate negative</source>
        <translation>中程度の負</translation>
    </message>
    <message>
        <source>strong positive</source>
        <translation>強い正</translation>
    </message>
    <message>
        <source>strong negative</source>
        <translation>強い負</translation>
    </message>
    <message>
        <source>very strong positive</source>
        <translation>ごく強い正</translation>
    </message>
    <message>
        <source>very strong negative</source>
        <translation>ごく強い負</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>Drag the handle on a node&apos;s right side, or Shift+drag the node, onto another node to draw an influence</source>
        <translation>ノードの右側のハンドルから、またはノードを Shift+ドラッグして、別のノードへドラッグすると影響を描きます</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>負</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>遅延あり</translation>
    </message>
</context>
<context>
    <name>window_list</name>
    <message>
        <source>Opened in a new window; “{name}” is still open in its own: the Window menu lists them</source>
        <translation>新しいウィンドウで開きました。「{name}」も自分のウィンドウで開いたままです。開いているウィンドウは「ウィンドウ」メニューに並びます</translation>
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
        <translation>名前と役割は{language}です。入力した文字は{language}の訳になり、原文はそのまま残ります。</translation>
    </message>
</context>
</TS>
