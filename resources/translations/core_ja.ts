<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>aggregate</name>
    <message>
        <source>combine participants&apos; maps into one model with participants</source>
        <translation>参加者のマップを、参加者を持つ一つのモデルにまとめる</translation>
    </message>
    <message>
        <source>Combine several maps (files, folders, or one file of several participants) into one model whose participants are their authors; the map&apos;s weights are their aggregate.</source>
        <translation>複数のマップ（ファイル、フォルダー、または複数の参加者を含む一つのファイル）を、それぞれの作成者を参加者とする一つのモデルにまとめます。マップの重みは参加者の集約値です。</translation>
    </message>
    <message>
        <source>maps (.wtm models, or any file import reads), folders of maps, or a file of several participants</source>
        <translation>マップ（.wtm モデル、またはインポートできるすべてのファイル）、マップのフォルダー、または複数の参加者を含むファイル</translation>
    </message>
    <message>
        <source>how ratings become one weight (default: the first map&apos;s recorded method, mean for maps that record none)</source>
        <translation>評価を一つの重みにまとめる方法（既定：最初のマップに記録された方法。記録のないマップでは平均）</translation>
    </message>
    <message>
        <source>a rating a participant did not give counts as 0 (include) or is left out of its edge&apos;s aggregate (ignore); an explicit 0 or NA counts as 0 either way; default: the first map&apos;s recorded choice, include for maps that record none</source>
        <translation>参加者が付けなかった評価を 0 と数える（include）か、そのエッジの集約から除外する（ignore）。明示的な 0 または NA はどちらでも 0 と数える。既定：最初のマップに記録された選択、記録のないマップでは include</translation>
    </message>
    <message>
        <source>merge near matches of concepts listed: alone, every one; else those named by their numbers (1,3) or as the list writes them (&quot;bob: Export control&quot;); repeatable (default: keep them apart)</source>
        <translation>一覧にある近い概念を統合する：値なしならすべて、値があれば番号（1,3）または一覧の書き方（&quot;bob: Export control&quot;）で指定したもの。繰り返し可（既定：別々のまま）</translation>
    </message>
    <message>
        <source>the model&apos;s title (default: the maps&apos; title when they all share it, else one naming them: &quot;Aggregate of 2 maps: alice, bob&quot;)</source>
        <translation>モデルのタイトル（既定：すべてのマップが同じタイトルならそのタイトル、そうでなければマップの名前を挙げたもの：「2 枚のマップの集約：alice、bob」）</translation>
    </message>
    <message>
        <source>edges listed by disagreement (default 10)</source>
        <translation>意見の相違順に一覧するエッジの数（既定 10）</translation>
    </message>
    <message>
        <source>near match {number}: {match}</source>
        <translation>近い一致 {number}：{match}</translation>
    </message>
    <message>
        <source>near match {number} (new: it appears once those accepted are merged): {match}</source>
        <translation>近い一致 {number}（新規：受け入れたものを統合すると現れます）：{match}</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>統合済み</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注記：{note}</translation>
    </message>
    <message>
        <source>wrote {output}</source>
        <translation>{output} を書き出しました</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} is a map, not a near match: give the maps before --accept-matches, or write --accept-matches=WHICH</source>
        <translation>--accept-matches: {value!r} はマップで、近い一致ではありません：マップを --accept-matches より前に書くか、--accept-matches=WHICH と書いてください</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} names no near match: none was found</source>
        <translation>--accept-matches: {value!r} に当たる近い一致はありません：近い一致は一つも見つかりませんでした</translation>
    </message>
    <message>
        <source>--accept-matches: {value!r} names no near match listed (numbers 1-{count}, or PARTICIPANT: LABEL as listed)</source>
        <translation>--accept-matches: {value!r} は一覧のどの近い一致にも当たりません（番号 1〜{count}、または一覧のとおりの 参加者：ラベル）</translation>
    </message>
    <message>
        <source>{count} participants; {conflicts} of {edges} rated edges have a sign conflict</source>
        <translation>参加者 {count} 人。評価されたエッジ {edges} 本のうち {conflicts} 本で符号が食い違っています</translation>
    </message>
    <message>
        <source>most disagreed edges:</source>
        <translation>意見が最も分かれるエッジ：</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>raters</source>
        <translation>評価者数</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>ばらつき</translation>
    </message>
    <message>
        <source>range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>食い違い</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>エントロピー</translation>
    </message>
</context>
<context>
    <name>analysis</name>
    <message>
        <source>there is no scenario {scenario_id!r}</source>
        <translation>シナリオ {scenario_id!r} はありません</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <source>the archive has {count:,} parts; a workbook has at most {parts:,}</source>
        <translation>アーカイブの部品が {count:,} 個あります。ワークブックは最大 {parts:,} 個です</translation>
    </message>
    <message>
        <source>unpacks to {file_size:,.0f} MB; the limit is {part_bytes} MB</source>
        <translation>展開すると {file_size:,.0f} MB になります。上限は {part_bytes} MB です</translation>
    </message>
    <message>
        <source>is compressed {ratio:,.0f} to 1, more than any real spreadsheet ({ratio2:.0f} to 1): refused as a possible zip bomb</source>
        <translation>圧縮率が {ratio:,.0f} 対 1 で、実在のどのスプレッドシート（{ratio2:.0f} 対 1）よりも高いため、zip 爆弾の可能性があるとして拒否しました</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {total_bytes} MB; refused</source>
        <translation>アーカイブを展開すると {total_bytes} MB を超えます。拒否しました</translation>
    </message>
    <message>
        <source>declares a DTD or entities, which spreadsheets never do: refused (possible entity-expansion attack)</source>
        <translation>DTD またはエンティティを宣言しています。スプレッドシートでは決してないことなので拒否しました（エンティティ展開攻撃の可能性）</translation>
    </message>
    <message>
        <source>is damaged ({exc})</source>
        <translation>破損しています（{exc}）</translation>
    </message>
    <message>
        <source>part {name}</source>
        <translation>パーツ {name}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>使い方：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>プログラムのバージョンを表示して終了する</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数：%s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: エラー：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択：%(value)r（選択肢：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が一つ必要です</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s とは同時に使えません</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
</context>
<context>
    <name>arguments</name>
    <message>
        <source>random seed (default: the model&apos;s)</source>
        <translation>乱数シード（既定：モデルのシード）</translation>
    </message>
    <message>
        <source>the model file to write (.wtm)</source>
        <translation>書き出すモデルファイル（.wtm）</translation>
    </message>
    <message>
        <source>the output name is empty</source>
        <translation>出力名が空です</translation>
    </message>
    <message>
        <source>replace the output file if it exists (keeping a .bak)</source>
        <translation>出力ファイルが既にあれば置き換える（.bak を残す）</translation>
    </message>
    <message>
        <source>{text} is not a whole number from {minimum:,} to {maximum:,}</source>
        <translation>{text} は {minimum:,} から {maximum:,} までの整数ではありません</translation>
    </message>
    <message>
        <source>{value:,} is outside {minimum:,} to {maximum:,}</source>
        <translation>{value:,} は {minimum:,} から {maximum:,} の範囲外です</translation>
    </message>
    <message>
        <source>a title cannot be blank</source>
        <translation>タイトルは空にできません</translation>
    </message>
    <message>
        <source>a title has at most {max_label} characters, not {count:,}</source>
        <translation>タイトルは最大 {max_label} 文字です（{count:,} 文字ではなく）</translation>
    </message>
    <message>
        <source>{text} is not ID=LOW:HIGH or ID=LOW:HIGH:LEVELS</source>
        <translation>{text} は ID=LOW:HIGH または ID=LOW:HIGH:LEVELS の形ではありません</translation>
    </message>
    <message>
        <source>{text}: LOW and HIGH are numbers from -1 to 1</source>
        <translation>{text}: LOW と HIGH は -1 から 1 までの数です</translation>
    </message>
    <message>
        <source>{output}: the output must be a Windtunnel model file (.wtm)</source>
        <translation>{output}: 出力は Windtunnel のモデルファイル（.wtm）でなければなりません</translation>
    </message>
    <message>
        <source>{output} exists; use --force to replace it</source>
        <translation>{output} は既にあります。置き換えるには --force を使ってください</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>{path}: could not replace the file ({strerror}); every file of the set is as it was</source>
        <translation>{path}: ファイルを置き換えられませんでした（{strerror}）。一組のファイルはすべて元のままです</translation>
    </message>
    <message>
        <source>{path}: could not replace the file ({strerror}); these files of the set were written already and could not be put back: {files}</source>
        <translation>{path}: ファイルを置き換えられませんでした（{strerror}）。一組のうち次のファイルはすでに書き込まれ、元に戻せませんでした：{files}</translation>
    </message>
    <message>
        <source>{path}: could not write ({strerror})</source>
        <translation>{path}: 書き込めませんでした（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: could not replace the file ({strerror}); the previous version is intact</source>
        <translation>{path}: ファイルを置き換えられませんでした（{strerror}）。以前の版はそのままです</translation>
    </message>
</context>
<context>
    <name>attribution</name>
    <message>
        <source>exact Shapley values ({count} coalitions)</source>
        <translation>厳密なシャープレイ値（提携 {count} 通り）</translation>
    </message>
    <message>
        <source>Shapley values estimated from {count} random join orders</source>
        <translation>ランダムな参加順序 {count} 通りから推定したシャープレイ値</translation>
    </message>
</context>
<context>
    <name>bound_files</name>
    <message>
        <source>not paired with {file}: {problem}</source>
        <translation>{file} と組にしませんでした：{problem}</translation>
    </message>
    <message>
        <source>not paired with {file}: it holds no matrix of the same nodes in the same order, as the bounds of one map&apos;s weights do</source>
        <translation>{file} と組にしませんでした：一つのマップの重みの範囲なら同じノードを同じ順に並べた行列を持ちますが、このファイルにはそれがありません</translation>
    </message>
    <message>
        <source>read the files {files} (found beside one another, as fcmconfr writes a map&apos;s bounds) as the sheets {sheets} of one workbook</source>
        <translation>ファイル {files}（fcmconfr がマップの範囲を書くとおり、並べて置かれていたもの）を、一つのワークブックのシート {sheets} として読みました</translation>
    </message>
    <message>
        <source>{file} holds the {bound} of a map&apos;s weights, and {missing} is not beside it: imported {file} alone, its values as the weights, with no range</source>
        <translation>{file} はマップの重みの{bound}を持ちますが、{missing} が同じ場所にありません：{file} だけを、その値を重みとして、範囲なしでインポートしました</translation>
    </message>
    <message>
        <source>imported {file} alone, its values as the weights, with no range</source>
        <translation>{file} だけを、その値を重みとして、範囲なしでインポートしました</translation>
    </message>
    <message>
        <source>lower bounds</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>modes</source>
        <translation>最頻値</translation>
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
        <translation>不明なビュー {view!r} です。reasons、levers、inputs、routes のいずれかを使ってください</translation>
    </message>
    <message>
        <source>{step} is outside 0..{steps}</source>
        <translation>{step} は 0..{steps} の範囲外です</translation>
    </message>
    <message>
        <source>the changed weight of {source} → {target}</source>
        <translation>{source} → {target} の変更された重み</translation>
    </message>
    <message>
        <source>the largest routes were followed one by one, {count} search steps in all; the smaller ones are grouped by the node they last pass through</source>
        <translation>大きい経路から順に 1 本ずつたどりました（探索は計 {count} ステップ）。小さい経路は最後に通るノードごとにまとめています</translation>
    </message>
    <message>
        <source>routes that go around feedback loops many times are grouped by the node they last pass through</source>
        <translation>フィードバックループを何度も回る経路は、最後に通るノードごとにまとめています</translation>
    </message>
    <message>
        <source>every route was followed to a lever or override</source>
        <translation>すべての経路をレバーまたは上書きまでたどりました</translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <source>the {what} needs about {bytes} of memory, more than the limit of {bytes2} ({sizes})</source>
        <translation>{what}には約 {bytes} のメモリが必要で、上限 {bytes2} を超えます（{sizes}）</translation>
    </message>
    <message>
        <source>the {what} would take about {duration} ({updates:.2g} updates), more than the limit of {duration2} ({sizes})</source>
        <translation>{what}には約 {duration}（{updates:.2g} 回の更新）かかり、上限 {duration2} を超えます（{sizes}）</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>validate a model file and summarise it</source>
        <translation>モデルファイルを検証して概要を示す</translation>
    </message>
    <message>
        <source>Validate a model file, print a summary and warnings. Exit 1 when it is invalid.</source>
        <translation>モデルファイルを検証し、概要と警告を表示します。無効なときは終了コード 1 で終わります。</translation>
    </message>
    <message>
        <source>also suggest a steepness (lambda) with a unique stable fixed point</source>
        <translation>一意で安定な不動点をもつ急峻さ（lambda）も提案する</translation>
    </message>
    <message>
        <source>{file}: valid Windtunnel model</source>
        <translation>{file}: 有効な Windtunnel モデルです</translation>
    </message>
    <message>
        <source>warning: {line}</source>
        <translation>警告：{line}</translation>
    </message>
    <message>
        <source>{count} warning{s}</source>
        <translation>警告 {count} 件</translation>
    </message>
    <message>
        <source>steepness (lambda):</source>
        <translation>急峻度（lambda）：</translation>
    </message>
    <message>
        <source>  now:       {steepness} with {activation}, rule {rule}: {bound}</source>
        <translation>  現在：      {steepness}、活性化関数 {activation}、規則 {rule}：{bound}</translation>
    </message>
    <message>
        <source>  no bound for a step activation; use sigmoid, tanh or clip for one</source>
        <translation>  階段関数の活性化には上限がありません。上限が必要なら sigmoid、tanh またはクリップを使ってください</translation>
    </message>
    <message>
        <source>  bound:     a unique stable fixed point is guaranteed for lambda &lt; {steepness} ({norm}-norm of the weights)</source>
        <translation>  上限：      lambda &lt; {steepness} なら安定な不動点がただ一つあることが保証されます（重みの {norm}ノルム）</translation>
    </message>
    <message>
        <source>  fcmconfr:  {steepness} (its estimate, keeping inputs in the near-linear part of the curve)</source>
        <translation>  fcmconfr： {steepness}（その推定値。入力を曲線のほぼ線形な部分に保つ値）</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（グループなし）</translation>
    </message>
    <message>
        <source>{count} actor{s}</source>
        <translation>アクター {count}</translation>
    </message>
    <message>
        <source>{count} restriction{s}</source>
        <translation>規制 {count}</translation>
    </message>
    <message>
        <source>{count} factor{s}</source>
        <translation>要因 {count}</translation>
    </message>
    <message>
        <source>  title:      {title}</source>
        <translation>  タイトル：    {title}</translation>
    </message>
    <message>
        <source>  nodes:      {count} ({kinds})</source>
        <translation>  ノード：      {count}（{kinds}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>  groups:     {groups}</source>
        <translation>  グループ：    {groups}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>  edges:      {count} ({positive} positive, {negative} negative, {delayed} delayed)</source>
        <translation>  エッジ：      {count}（正 {positive}、負 {negative}、遅延あり {delayed}）</translation>
    </message>
    <message>
        <source>  scenarios:  {count}</source>
        <translation>  シナリオ：    {count}</translation>
    </message>
    <message>
        <source> ({names})</source>
        <translation>（{names}）</translation>
    </message>
    <message>
        <source>  objectives: {count}</source>
        <translation>  目標：        {count}</translation>
    </message>
    <message>
        <source>  sources:    {count}</source>
        <translation>  出典：        {count}</translation>
    </message>
    <message>
        <source>  participants: {count} ({ratings} ratings; weights are the {aggregation}, zeros {zeros}d)</source>
        <translation>  参加者：      {count}（評価 {ratings} 件。重みは {aggregation}、ゼロは {zeros}）</translation>
    </message>
    <message>
        <source>node {node} has no edges</source>
        <translation>ノード {node} にはエッジがありません</translation>
    </message>
    <message>
        <source>objective {objective}: no lever can reach node {node}</source>
        <translation>目標 {objective}：どのレバーもノード {node} に届きません</translation>
    </message>
    <message>
        <source>{count} rating(s) of edges between shared nodes that the map does not have (first: participant {participant} rates {source} → {target}); runs leave them out: add the edge to the map to count it</source>
        <translation>マップにないエッジ（共有ノード間）への評価が {count} 件あります（最初：参加者 {participant} が {source} → {target} を評価）。実行ではそれらを除外します。数えるにはそのエッジをマップに追加してください</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> ほか {count} 件</translation>
    </message>
    <message>
        <source>{count} edge{s} without a source: {shown}{more}</source>
        <translation>{count} 本のエッジが出典を引用していません：{shown}{more}</translation>
    </message>
    <message>
        <source>{count} edges do not weigh what the participants&apos; aggregate says (first: {source} → {target} weighs {weight:+.3f}, the aggregate is {aggregate:+.3f}); run windtunnel aggregate on the model to recompute</source>
        <translation>{count} 本のエッジの重みが参加者の集約と一致しません（最初：{source} → {target} の重みは {weight:+.3f}、集約は {aggregate:+.3f}）。再計算するにはモデルに windtunnel aggregate を実行してください</translation>
    </message>
    <message>
        <source>{count} edge does not weigh what the participants&apos; aggregate says (first: {source} → {target} weighs {weight:+.3f}, the aggregate is {aggregate:+.3f}); run windtunnel aggregate on the model to recompute</source>
        <translation>{count} 本のエッジの重みが参加者の集約と一致しません（最初：{source} → {target} の重みは {weight:+.3f}、集約は {aggregate:+.3f}）。再計算するにはモデルに windtunnel aggregate を実行してください</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>actor</source>
        <translation>アクター</translation>
    </message>
    <message>
        <source>restriction</source>
        <translation>規制</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>要因</translation>
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
        <translation>パルス</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>上げる</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>下げる</translation>
    </message>
    <message>
        <source>Kosko</source>
        <translation>Kosko</translation>
    </message>
    <message>
        <source>Modified Kosko</source>
        <translation>修正 Kosko</translation>
    </message>
    <message>
        <source>Rescaled</source>
        <translation>再スケール</translation>
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
        <translation>二値</translation>
    </message>
    <message>
        <source>trivalent</source>
        <translation>三値</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>初期レベル</translation>
    </message>
    <message>
        <source>ones</source>
        <translation>すべて 1</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>linguistic</source>
        <translation>言語的</translation>
    </message>
    <message>
        <source>include</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>無視する</translation>
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
        <translation>面積二等分法</translation>
    </message>
    <message>
        <source>mean of maxima</source>
        <translation>最大値平均法</translation>
    </message>
    <message>
        <source>reinforcing</source>
        <translation>強化</translation>
    </message>
    <message>
        <source>balancing</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>駆動</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>通常</translation>
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
        <translation>符号付きの影響マップで政策の選択肢を「風洞」試験します。コマンドなしではデスクトップアプリを開きます（FILE があればそれを開きます）。</translation>
    </message>
    <message>
        <source>print the traceback of an unexpected error (or set {variable}=1)</source>
        <translation>予期しないエラーのトレースバックを表示する（または {variable}=1 を設定）</translation>
    </message>
    <message>
        <source>the language of messages and help: {choices} (default: the environment&apos;s LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>メッセージとヘルプの言語：{choices}（既定：環境変数 LC_ALL、LC_MESSAGES、LANG）</translation>
    </message>
    <message>
        <source>unknown command {word}; did you mean {command}?</source>
        <translation>不明なコマンド {word} です。{command} のことですか？</translation>
    </message>
    <message>
        <source>unknown command {word}; the commands are {commands}</source>
        <translation>不明なコマンド {word} です。コマンドは {commands} です</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断しました</translation>
    </message>
    <message>
        <source>{head}: not enough memory for this input</source>
        <translation>{head}: この入力にはメモリが足りません</translation>
    </message>
    <message>
        <source>{head}: the input is nested too deeply</source>
        <translation>{head}: 入力の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>the traceback follows</source>
        <translation>トレースバックを以下に示します</translation>
    </message>
    <message>
        <source>run again with --debug (or {variable}=1) to see the traceback</source>
        <translation>トレースバックを見るには --debug（または {variable}=1）を付けて再実行してください</translation>
    </message>
    <message>
        <source>{head}: unexpected error ({kind}: {text}); {follows}</source>
        <translation>{head}: 予期しないエラー（{kind}：{text}）。{follows}</translation>
    </message>
    <message>
        <source>--language needs a language tag</source>
        <translation>--language には言語タグが必要です</translation>
    </message>
    <message>
        <source>unknown language {tag}: choose from {choices}</source>
        <translation>不明な言語 {tag}：{choices} から選んでください</translation>
    </message>
    <message>
        <source>a model file (.wtm)</source>
        <translation>モデルファイル（.wtm）</translation>
    </message>
    <message>
        <source>the language of the model&apos;s text in what is printed and written: {choices} (default: the original)</source>
        <translation>表示・書き出すモデルのテキストの言語：{choices}（既定：原文）</translation>
    </message>
</context>
<context>
    <name>cognitivemapr</name>
    <message>
        <source>holds cognitivemapr&apos;s normative value of each concept (1 positive or neutral, -1 negative: whether the speaker deems it good or bad), not its starting level: kept as the tags {good!r} and {bad!r} ({count} valued -1), and every node starts at its default level</source>
        <translation>cognitivemapr の各概念の規範的な価値（1 は肯定的または中立、-1 は否定的：話し手がその概念を良いと見るか悪いと見るか）を持ち、初期レベルではありません：タグ {good!r} と {bad!r} として残し（-1 は {count} 個）、どのノードも既定のレベルから始めます</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>has no {headers} column</source>
        <translation>{headers} の列がありません</translation>
    </message>
    <message>
        <source>has no {headers} columns</source>
        <translation>{headers} の列がありません</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>compare two maps (similarity, Mental Modeler&apos;s score) or a model&apos;s participants</source>
        <translation>二つのマップ（類似度、Mental Modeler のスコア）またはモデルの参加者を比較する</translation>
    </message>
    <message>
        <source>Compare map B with map A (the reference): similarity and the edges that differ. With one model of participants, compare the participants.</source>
        <translation>マップ B をマップ A（基準）と比較します：類似度と異なるエッジ。参加者を持つ一つのモデルなら、参加者どうしを比較します。</translation>
    </message>
    <message>
        <source>the reference map A and the map B (any format Windtunnel reads), or one model with participants</source>
        <translation>基準のマップ A とマップ B（Windtunnel が読める任意の形式）、または参加者を持つ一つのモデル</translation>
    </message>
    <message>
        <source>edges listed per kind of difference (default 20)</source>
        <translation>相違の種類ごとに一覧するエッジの数（既定 20）</translation>
    </message>
    <message>
        <source>{count} files given; compare takes two maps or one model with participants</source>
        <translation>ファイルが {count} 個指定されました。compare には二つのマップか、参加者を持つ一つのモデルを指定します</translation>
    </message>
    <message>
        <source>{b} against {a} (the reference):</source>
        <translation>{b} と {a}（基準）の比較：</translation>
    </message>
    <message>
        <source>  edge-set Jaccard     {value}</source>
        <translation>  エッジ集合の Jaccard 係数  {value}</translation>
    </message>
    <message>
        <source>  weighted similarity  {value}</source>
        <translation>  重み付き類似度            {value}</translation>
    </message>
    <message>
        <source>  Mental Modeler score {score} (correctly signed {correct} - extra {extra} - missing {missing})</source>
        <translation>  Mental Modeler スコア     {score}（符号が正しい {correct} - 余分 {extra} - 欠落 {missing}）</translation>
    </message>
    <message>
        <source>extra edges (in B only)</source>
        <translation>余分なエッジ（B のみ）</translation>
    </message>
    <message>
        <source>missing edges (in A only)</source>
        <translation>欠けているエッジ（A のみ）</translation>
    </message>
    <message>
        <source>wrongly signed edges</source>
        <translation>符号が逆のエッジ</translation>
    </message>
    <message>
        <source>reversed edges (B has A&apos;s edge the other way)</source>
        <translation>向きが逆のエッジ（B では A のエッジが逆向き）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>始点</translation>
    </message>
    <message>
        <source>target</source>
        <translation>終点</translation>
    </message>
    <message>
        <source>concepts in B only</source>
        <translation>B にだけある概念</translation>
    </message>
    <message>
        <source>concepts in A only</source>
        <translation>A にだけある概念</translation>
    </message>
    <message>
        <source>one model compares its participants only when it has two or more; give two maps to compare them</source>
        <translation>一つのモデルで参加者を比較できるのは参加者が二人以上のときだけです。二つのマップを比較するには二つを指定してください</translation>
    </message>
    <message>
        <source>{count} participants, over the edges each rated (an edge a participant did not rate never counts as agreeing):</source>
        <translation>参加者 {count} 人。それぞれが評価したエッジについて比べます（参加者が評価しなかったエッジは一致とは数えません）：</translation>
    </message>
    <message>
        <source>  rated     the shared map&apos;s edges they rated</source>
        <translation>  評価数    共有マップのエッジのうち、その人が評価したもの</translation>
    </message>
    <message>
        <source>  Jaccard   their edges against the shared map&apos;s (1 = they rated every edge and no other)</source>
        <translation>  Jaccard   その人のエッジと共有マップのエッジの比較（1 = すべてのエッジを評価し、ほかは評価していない）</translation>
    </message>
    <message>
        <source>  others    their weights against the others&apos; aggregate on the edges another rated too (1 = the same weights; - : none)</source>
        <translation>  他者      ほかの人も評価したエッジでの、その人の重みとほかの人たちの集約との比較（1 = 同じ重み。- : 該当なし）</translation>
    </message>
    <message>
        <source>  1, 2, ... the weighted similarity of each pair on the edges both rated (- : none in common)</source>
        <translation>  1, 2, ... 二人とも評価したエッジでの、各組の重み付き類似度（- : 共通のエッジなし）</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>評価数</translation>
    </message>
    <message>
        <source>others</source>
        <translation>他者</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
</context>
<context>
    <name>compile</name>
    <message>
        <source>there is no node {node_id!r}; valid nodes: {node_ids}</source>
        <translation>ノード {node_id!r} はありません。有効なノード：{node_ids}</translation>
    </message>
    <message>
        <source>there is no edge from {source!r} to {target!r}</source>
        <translation>{source!r} から {target!r} へのエッジはありません</translation>
    </message>
    <message>
        <source>shape {shape} is not square</source>
        <translation>形状 {shape} は正方行列ではありません</translation>
    </message>
    <message>
        <source>has shape {shape}, not ({n},)</source>
        <translation>形状が ({n},) ではなく {shape} です</translation>
    </message>
</context>
<context>
    <name>control_text</name>
    <message>
        <source>holds only control characters ({message})</source>
        <translation>制御文字しか含んでいません（{message}）</translation>
    </message>
    <message>
        <source>the model&apos;s description</source>
        <translation>モデルの説明</translation>
    </message>
    <message>
        <source>removed control characters (such as a terminal colour code) from {count:,} text(s), which no export can carry</source>
        <translation>{count:,} 件のテキストから制御文字（端末の色コードなど）を取り除きました。どの書き出し形式も制御文字を保持できないためです</translation>
    </message>
    <message>
        <source>holds the control character {code} at character {position} (of {count:,} text(s) holding one), which a model file does not keep: remove it and save again</source>
        <translation>{position} 文字目に制御文字 {code} があります（制御文字を含むテキストは {count:,} 件）。モデルファイルには制御文字を保存しません。取り除いてから保存し直してください</translation>
    </message>
    <message>
        <source>the model&apos;s title</source>
        <translation>モデルのタイトル</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <source>the file holds NUL bytes: it is not a text (CSV) file</source>
        <translation>ファイルに NUL バイトがあります。テキスト（CSV）ファイルではありません</translation>
    </message>
    <message>
        <source>a cell holds more than {limit:,} characters, the most a cell may hold</source>
        <translation>セルが、一つのセルに入る上限の {limit:,} 文字を超えています</translation>
    </message>
    <message>
        <source>not valid CSV ({exc})</source>
        <translation>有効な CSV ではありません（{exc}）</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a cell here and is never closed, so the rest of the file reads as that one cell; close the quote or remove it</source>
        <translation>ここで引用符（&quot;）がセルを開いていますが閉じられていないため、ファイルの残りがすべてその 1 つのセルとして読まれます。引用符を閉じるか削除してください</translation>
    </message>
    <message>
        <source>the file starts as UTF-32 text but is not valid UTF-32</source>
        <translation>ファイルは UTF-32 テキストとして始まっていますが、有効な UTF-32 ではありません</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 text but is not valid UTF-16</source>
        <translation>ファイルは UTF-16 テキストとして始まっていますが、有効な UTF-16 ではありません</translation>
    </message>
    <message>
        <source>{character}, the first character outside ASCII: </source>
        <translation>{character}、ASCII 以外の最初の文字：</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text, and whether it is {code_pages} cannot be told for sure (a wrong guess would garble every label): in Excel, save it with File &gt; Save As, as &quot;CSV UTF-8 (Comma delimited)&quot;, and import it again</source>
        <translation>このファイルは UTF-8 のテキストではありません。{code_pages}の可能性がありますが、確実には判定できません（推測を誤るとすべてのラベルが文字化けします）。Excel で［ファイル］&gt;［名前を付けて保存］から「CSV UTF-8 (コンマ区切り)」として保存し、もう一度インポートしてください</translation>
    </message>
    <message>
        <source>the file reads as UTF-8 text and as {code_pages} alike, and which it is cannot be told for sure (a wrong guess would garble every label): in Excel, save it with File &gt; Save As, as &quot;CSV UTF-8 (Comma delimited)&quot;, and import it again</source>
        <translation>このファイルは UTF-8 のテキストとしても {code_pages}としても読め、どちらなのかを確実には判定できません（推測を誤るとすべてのラベルが文字化けします）。Excel で［ファイル］&gt;［名前を付けて保存］から「CSV UTF-8 (コンマ区切り)」として保存し、もう一度インポートしてください</translation>
    </message>
    <message>
        <source>a byte-order mark (U+FEFF, an invisible character that starts a text file) in the middle of the file, as joining two files leaves, was taken out of line {lines}</source>
        <translation>ファイルの途中にあったバイト順マーク（U+FEFF。テキストファイルの先頭に置かれる見えない文字で、二つのファイルをつなぐと途中に残ります）を {lines} 行目から取り除きました</translation>
    </message>
    <message>
        <source>byte-order marks (U+FEFF, an invisible character that starts a text file) in the middle of the file, as joining files leaves, were taken out of lines {lines}</source>
        <translation>ファイルの途中にあったバイト順マーク（U+FEFF。テキストファイルの先頭に置かれる見えない文字で、ファイルをつなぐと途中に残ります）を次の行から取り除きました：{lines}</translation>
    </message>
    <message>
        <source> or </source>
        <translation>、</translation>
    </message>
    <message>
        <source>GBK (Simplified Chinese Windows)</source>
        <translation>GBK（簡体字中国語の Windows）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese Windows)</source>
        <translation>Big5（繁体字中国語の Windows）</translation>
    </message>
    <message>
        <source>Big5-HKSCS (Traditional Chinese Windows with Hong Kong&apos;s supplementary characters)</source>
        <translation>Big5-HKSCS（香港補助文字セット付きの繁体字中国語 Windows）</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Windows)</source>
        <translation>Shift_JIS（日本語の Windows）</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European Windows)</source>
        <translation>Windows-1252（西欧言語の Windows）</translation>
    </message>
    <message>
        <source>not UTF-8: read as {code_page}, the one code page its text reads plausibly in</source>
        <translation>UTF-8 ではないため {code_page}として読み込みました（テキストが自然に読める唯一のコードページです）</translation>
    </message>
    <message>
        <source>byte 0x{data:02X} is not UTF-8, though the rest of the file is UTF-8 (a character in another encoding, such as Windows-1252, was pasted in?); save the file as UTF-8 and import it again</source>
        <translation>バイト 0x{data:02X} は UTF-8 ではありませんが、ファイルの残りは UTF-8 です（Windows-1252 など別の符号化の文字が貼り付けられた？）。ファイルを UTF-8 で保存し直してから再度インポートしてください</translation>
    </message>
    <message>
        <source>the file is neither UTF-8, UTF-16 nor Windows-1252 text</source>
        <translation>ファイルは UTF-8、UTF-16、Windows-1252 のいずれのテキストでもありません</translation>
    </message>
</context>
<context>
    <name>date_names</name>
    <message>
        <source>holds the date {date} where a name is expected: read as the text {text!r}; a spreadsheet turns a name typed as 3-5 or Jan 2 into a date, so if it held another name, write that name again as text (with an apostrophe before it)</source>
        <translation>名前が入るはずのセルに日付 {date} が入っています：テキスト {text!r} として読みました。表計算ソフトは 3-5 や Jan 2 のように入力された名前を日付に変えます。別の名前だった場合は、その名前をテキストとして入力し直してください（先頭にアポストロフィを付けます）</translation>
    </message>
    <message>
        <source>{date} on row {row}</source>
        <translation>行 {row} の {date}</translation>
    </message>
    <message>
        <source>{date} in column {column}</source>
        <translation>列 {column} の {date}</translation>
    </message>
    <message>
        <source>{count} cells hold dates where names are expected ({cells}): read as the dates&apos; text; a spreadsheet turns a name typed as 3-5 or Jan 2 into a date, so if one held another name, write that name again as text (with an apostrophe before it)</source>
        <translation>名前が入るはずの {count} 個のセルに日付が入っています（{cells}）：日付のテキストとして読みました。表計算ソフトは 3-5 や Jan 2 のように入力された名前を日付に変えます。別の名前だったセルは、その名前をテキストとして入力し直してください（先頭にアポストロフィを付けます）</translation>
    </message>
    <message>
        <source>holds the date {date} where a label is expected: read as {text!r}, the same node&apos;s label as the other side of the matrix holds it (a spreadsheet turns a label typed as {text!r} into a date)</source>
        <translation>ラベルが入るはずのセルに日付 {date} が入っています：行列の反対側にある同じノードのラベルのとおり {text!r} として読みました（表計算ソフトは {text!r} と入力されたラベルを日付に変えます）</translation>
    </message>
    <message>
        <source>holds the date {date} where a node&apos;s name is expected: read as the node {node}, whose name on the Nodes sheet a spreadsheet turns into that date as it is typed (and so wherever the edges hold this date)</source>
        <translation>ノードの名前があるべき所に日付 {date} があります：ノード {node} として読みました。Nodes シートにあるこのノードの名前は、入力するとスプレッドシートがこの日付に変えるものです（エッジのほかのセルにあるこの日付も同じです）</translation>
    </message>
</context>
<context>
    <name>designs</name>
    <message>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>delay of {source} → {target}</source>
        <translation>{source} → {target} の遅延</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>a Sobol&apos; sequence covers at most {sobol_dimensions:,} uncertainties, not {dimensions:,}; use the Latin hypercube (lhs)</source>
        <translation>Sobol&apos; 列で扱える不確実性は最大 {sobol_dimensions:,} 個です（{dimensions:,} 個ではなく）。ラテン超方格（lhs）を使ってください</translation>
    </message>
    <message>
        <source>this build of Windtunnel has no Sobol&apos; sequences (scipy.stats is left out of the desktop app); use the Latin hypercube (lhs), or the command line of a Python installation</source>
        <translation>この Windtunnel のビルドには Sobol&apos; 列がありません（デスクトップアプリには scipy.stats が含まれていません）。ラテン超方格（lhs）を使うか、Python にインストールしたコマンドラインを使ってください</translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{option} meets {objective} in every future</source>
        <translation>{option} はすべての未来で {objective} を達成します</translation>
    </message>
    <message>
        <source>{option} meets every objective in every future</source>
        <translation>{option} はすべての未来ですべての目標を達成します</translation>
    </message>
    <message>
        <source>{option} misses {objective} in every future</source>
        <translation>{option} はすべての未来で {objective} を達成できません</translation>
    </message>
    <message>
        <source>{option} fails in every future</source>
        <translation>{option} はすべての未来で失敗します</translation>
    </message>
    <message>
        <source>{option} misses {objective} in {share} of futures, in no box of conditions with 80% failures</source>
        <translation>{option} は {share} の未来で {objective} を達成できませんが、失敗が 80% に達する条件のボックスはありません</translation>
    </message>
    <message>
        <source>{option} fails in {share} of futures, in no box of conditions with 80% failures</source>
        <translation>{option} は {share} の未来で失敗しますが、失敗が 80% に達する条件のボックスはありません</translation>
    </message>
    <message>
        <source>there is no option {option!r}; options: {ids}</source>
        <translation>選択肢 {option!r} はありません。選択肢：{ids}</translation>
    </message>
    <message>
        <source>there is no objective {objective!r}; objectives: {goals}</source>
        <translation>目標 {objective!r} はありません。目標：{goals}</translation>
    </message>
    <message>
        <source>{option} misses {objective} in {density:.0%} of futures where {conditions} ({mass:.0%} of all futures, {coverage:.0%} of its misses)</source>
        <translation>{conditions} である未来では、{option} は {density:.0%} で {objective} を達成できません（全未来の {mass:.0%}、その未達の {coverage:.0%}）</translation>
    </message>
    <message>
        <source>{option} misses an objective in {density:.0%} of futures where {conditions} ({mass:.0%} of all futures, {coverage:.0%} of its misses)</source>
        <translation>{conditions} である未来では、{option} は {density:.0%} でいずれかの目標を達成できません（全未来の {mass:.0%}、その未達の {coverage:.0%}）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>ids are stable and cannot be changed</source>
        <translation>id は固定で、変更できません</translation>
    </message>
    <message>
        <source>must be text of 1-{max_label} characters</source>
        <translation>1〜{max_label} 文字のテキストでなければなりません</translation>
    </message>
    <message>
        <source>must be text of at most {max_text:,} characters</source>
        <translation>最大 {max_text:,} 文字のテキストでなければなりません</translation>
    </message>
    <message>
        <source>there is no {kind} {key!r}</source>
        <translation>{kind} {key!r} はありません</translation>
    </message>
</context>
<context>
    <name>dynamic_values</name>
    <message>
        <source>{value!r} reads as Gephi&apos;s dynamic weight but not as intervals [start, end, weight] or timestamps [time, weight]</source>
        <translation>{value!r} は Gephi の動的な重みのように見えますが、区間 [開始, 終了, 重み] としてもタイムスタンプ [時刻, 重み] としても読めません</translation>
    </message>
    <message>
        <source>weights that change over time (Gephi&apos;s dynamic weights) in {count} row{s}: each took the weight in effect at the end (of its interval that ends last, or its latest timestamp); the earlier weights were not kept, since a map has no time line</source>
        <translation>{count} 行に時間とともに変わる重み（Gephi の動的な重み）があります：それぞれ終了時点で有効な重み（最後に終わる区間、または最も遅いタイムスタンプの重み）を取りました。マップには時間軸がないため、それより前の重みは保持していません</translation>
    </message>
</context>
<context>
    <name>edge_direction</name>
    <message>
        <source>{value!r} is not a direction Windtunnel reads: directed, undirected or mutual</source>
        <translation>{value!r} は Windtunnel が読める向きではありません：directed、undirected、mutual のいずれかです</translation>
    </message>
    <message>
        <source>{count} row{s} marked undirected or mutual became an edge each way</source>
        <translation>undirected または mutual と記された {count} 行を、それぞれ双方向のエッジにしました</translation>
    </message>
    <message>
        <source>{count} row{s} marked undirected or mutual were read one way, from From to To</source>
        <translation>undirected または mutual と記された {count} 行を、From から To への一方向として読みました</translation>
    </message>
</context>
<context>
    <name>edges_sheet</name>
    <message>
        <source>{raw!r} could be {thousands} (a point between thousands, as with the decimal commas of this column&apos;s other weights) or {decimal}; write it without the point, or with a decimal comma</source>
        <translation>{raw!r} は {thousands}（この列のほかの重みが小数点にカンマを使っているので、3 桁区切りの点）とも {decimal} とも読めます。点を除くか、小数点のカンマで書いてください</translation>
    </message>
    <message>
        <source>skipped {count} self-loop{s}, an edge from a node to itself ({rows})</source>
        <translation>自己ループ {count} 個（ノードから自分自身へのエッジ）を飛ばしました（{rows}）</translation>
    </message>
    <message>
        <source>has no {header} column</source>
        <translation>{header} 列がありません</translation>
    </message>
    <message>
        <source>the edges have no weight attribute, and this attribute was read as categories, not signs: every edge got the weight {weight:+g}</source>
        <translation>エッジに weight 属性がなく、この属性は符号ではなく分類として読みました。すべてのエッジに重み {weight:+g} を与えました</translation>
    </message>
    <message>
        <source>no Weight column, and this Type column was read as categories, not signs: every edge got the weight {weight:+g}</source>
        <translation>Weight 列がなく、この Type 列は符号ではなく分類として読みました。すべてのエッジに重み {weight:+g} を与えました</translation>
    </message>
    <message>
        <source>the edges have no weight attribute: every edge got the weight {weight:+g}</source>
        <translation>エッジに weight 属性がありません。すべてのエッジに重み {weight:+g} を与えました</translation>
    </message>
    <message>
        <source>no Weight or Type column: every edge got the weight {weight:+g}</source>
        <translation>Weight 列も Type 列もありません。すべてのエッジに重み {weight:+g} を与えました</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>holds signed weights ({example}) but is not read as the weights: without a Weight column every edge would get {weight:+g} and the negative ones would turn positive; head the column Weight (or Strength, Influence), or delete it to import every edge with {weight:+g}</source>
        <translation>符号付きの重み（{example}）が入っていますが、重みとして読まれていません：Weight 列がないとすべてのエッジが {weight:+g} になり、負の影響が正に変わります。列見出しを Weight（または Strength、Influence）にするか、この列を削除してすべてのエッジを {weight:+g} でインポートしてください</translation>
    </message>
    <message>
        <source>{place}: {weight},{digits}</source>
        <translation>{place}：{weight},{digits}</translation>
    </message>
    <message>
        <source>a weight of 0 followed by a cell of digits looks like a decimal comma, which the file&apos;s commas split in two (read as the weight 0 and the digits in the next column): {rows}; write the weight with a point (0.4), or quote it (&quot;0,4&quot;)</source>
        <translation>重み 0 の次のセルが数字だけの行は小数点のコンマに見えます。ファイルの区切りのコンマで二つに分かれ、重み 0 と次の列の数字として読まれました：{rows}。重みを小数点で書く（0.4）か、引用符で囲んでください（&quot;0,4&quot;）</translation>
    </message>
    <message>
        <source>holds numbers ({example}), not the levels low, medium and high: the column was not kept and every edge has the confidence medium (Windtunnel does not guess which numbers mean which level); write low, medium or high in it to keep it</source>
        <translation>low、medium、high の段階ではなく数値（{example}）が入っています。この列は使わず、すべてのエッジの確信度を medium にしました（どの数値がどの段階に当たるかを Windtunnel は推測しません）。残すには low、medium、high を書いてください</translation>
    </message>
    <message>
        <source>{count} edge{s} had no weight ({rows}): each got {weight:g}, with its sign, as its final weight</source>
        <translation>{count} 本のエッジに重みがありませんでした（{rows}）。それぞれに符号付きで {weight:g} を最終的な重みとして与えました</translation>
    </message>
    <message>
        <source>entry {rows}</source>
        <translation>項目 {rows}</translation>
    </message>
    <message>
        <source>entries {rows}</source>
        <translation>項目 {rows}</translation>
    </message>
    <message>
        <source>row {rows}</source>
        <translation>{rows} 行目</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>{rows} 行目</translation>
    </message>
    <message>
        <source>{name} ({place})</source>
        <translation>{name}（{place}）</translation>
    </message>
    <message>
        <source>created 1 node named in the edges but not in a Nodes sheet: {nodes}</source>
        <translation>エッジに名前があり Nodes シートにないノードを 1 個作成しました：{nodes}</translation>
    </message>
    <message>
        <source>created {count} nodes named in the edges but not in a Nodes sheet: {nodes}</source>
        <translation>エッジに名前があり Nodes シートにないノードを {count} 個作成しました：{nodes}</translation>
    </message>
    <message>
        <source>{name!r} ({place}) is close to {near!r} ({other})</source>
        <translation>{name!r}（{place}）は {near!r}（{other}）に似ています</translation>
    </message>
    <message>
        <source>{name!r} ({place}) is close to {near!r}</source>
        <translation>{name!r}（{place}）は {near!r} に似ています</translation>
    </message>
    <message>
        <source>names that may be typing slips, each made a node of its own: {pairs}</source>
        <translation>入力ミスかもしれない名前が、それぞれ別のノードになりました：{pairs}</translation>
    </message>
    <message>
        <source>{name!r} is close to {near!r}: correct the name if they are one node, or import the file again and choose “Make each name a node of its own” when Windtunnel asks about these names</source>
        <translation>{name!r} は {near!r} に似ています。同じノードなら名前を直すか、ファイルをもう一度インポートし、これらの名前について Windtunnel が尋ねたときに「それぞれの名前を別のノードにする」を選んでください</translation>
    </message>
    <message>
        <source>{name!r} is close to {near!r}: correct the name if they are one node, or import choosing to create both (--near-names create)</source>
        <translation>{name!r} は {near!r} に似ています。同じノードなら名前を直すか、両方を作成する選択でインポートしてください（--near-names create）</translation>
    </message>
    <message>
        <source>names that may be typing slips, each made a node of its own: {pairs}; correct the names in the file if they are one node</source>
        <translation>入力ミスかもしれない名前が、それぞれ別のノードになりました：{pairs}。同じノードなら、ファイルの名前を直してください</translation>
    </message>
    <message>
        <source>the weight {weight},{digits} is split in two by the file&apos;s commas (the row has more fields than the header): write it with a point ({weight}.{digits}), quote it (&quot;{weight},{digits}&quot;), or save the file separated by semicolons</source>
        <translation>重み {weight},{digits} がファイルの区切りのコンマで二つに分かれています（この行は見出しより項目が多い）。小数点で書く（{weight}.{digits}）か、引用符で囲む（&quot;{weight},{digits}&quot;）か、ファイルをセミコロン区切りで保存してください</translation>
    </message>
    <message>
        <source>holds negative numbers ({example}) but is not read: the weights come from column {weights!r}, which holds none, so every edge came in positive; if this column holds the signed weights, head it Weight and rename the other</source>
        <translation>負の数（{example}）がありますが読んでいません：重みは負の値を持たない列 {weights!r} から取ったため、すべてのエッジが正になりました。この列が符号付きの重みなら、見出しを Weight にし、もう一方の列の名前を変えてください</translation>
    </message>
    <message>
        <source>holds only the number 1, a type&apos;s code rather than a sign (a column of signs also holds -1 or another sign, or is headed Sign or Polarity): kept in each edge&apos;s rationale</source>
        <translation>数値の 1 だけが入っており、符号ではなく型のコードです（符号の列には -1 かほかの符号もあるか、見出しが Sign か Polarity です）。各エッジの根拠に残しました</translation>
    </message>
    <message>
        <source>read the numbers in it as signs: 1 positive, -1 negative</source>
        <translation>中の数値を符号として読みました：1 は正、-1 は負</translation>
    </message>
    <message>
        <source>holds categories ({categories}), not signs: kept in each edge&apos;s rationale</source>
        <translation>符号ではなく分類（{categories}）が入っています。各エッジの根拠に残しました</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}), and the one edge its edges merge into would be refused: {problem}; merge them by hand into one that fits</source>
        <translation>エッジ {pair} が複数回記載されています（{rows}）。それらをまとめた一本のエッジは拒否されます：{problem}。手でまとめて、収まる一本のエッジにしてください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}), and the one edge its rows merge into would be refused: {problem}; merge them by hand into one row that fits</source>
        <translation>エッジ {pair} が複数回記載されています（{rows}）。それらの行をまとめた一本のエッジは拒否されます：{problem}。手でまとめて、収まる一行にしてください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) with different delays ({delays}); an edge has one delay: merge the edges into one by hand</source>
        <translation>エッジ {pair} が異なる遅延（{delays}）で複数回記載されています（{rows}）。エッジの遅延は一つだけです。手作業でエッジを一つにまとめてください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) with different delays ({delays}); an edge has one delay: merge the rows into one by hand</source>
        <translation>エッジ {pair} が異なる遅延（{delays}）で複数回記載されています（{rows}）。エッジの遅延は一つだけです。手作業で行を一つにまとめてください</translation>
    </message>
    <message>
        <source>{count} edge{s} listed more than once: {pairs}</source>
        <translation>{count} 本のエッジが複数回記載されています：{pairs}</translation>
    </message>
    <message>
        <source>{count} edge{s} listed more than once ({pairs}), {opposite} of them with opposite signs, which contradict each other: {contradictions}</source>
        <translation>{count} 本のエッジが複数回記載されています（{pairs}）。そのうち {opposite} 本は逆の符号で記載されていて、互いに矛盾しています：{contradictions}</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: correct the sign that is wrong, or merge them into one by hand</source>
        <translation>エッジ {pair} が逆の符号で記載されていて（{signs}）、互いに矛盾しています。誤っている符号を直すか、手で一つにまとめてください</translation>
    </message>
    <message>
        <source>the parallel edges {pair} ({rows}) add up to {total:g}, outside [-1, 1]: held at {weight:g}, the strongest influence an edge has; its rationale lists each parallel edge with its weight</source>
        <translation>平行エッジ {pair}（{rows}）の合計は {total:g} で [-1, 1] の範囲外です：エッジの影響の最大である {weight:g} に抑えました。その根拠には平行エッジそれぞれが重みとともに記されています</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: their weights were added, giving {weight:g}; check which sign is meant</source>
        <translation>エッジ {pair} が逆の符号で記載されていて（{signs}）、互いに矛盾しています。重みを足して {weight:g} としました。どちらの符号が正しいか確かめてください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed with opposite signs ({signs}), which contradict each other: the mean of their weights, {weight:g}, was kept; check which sign is meant</source>
        <translation>エッジ {pair} が逆の符号で記載されていて（{signs}）、互いに矛盾しています。重みの平均 {weight:g} を残しました。どちらの符号が正しいか確かめてください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one of its edges, with the edge&apos;s weight, or import the file again and choose “Take the mean of their weights” when Windtunnel asks</source>
        <translation>エッジ {pair} が複数回記載され（{rows}）、重みの合計が {total:g} で [-1, 1] の範囲外です。重複したエッジのためにマップの他の部分を再スケールすることはしません。エッジの重みを付けたエッジを一本だけ残すか、ファイルをもう一度インポートし、Windtunnel が尋ねたときに「重みの平均を取る」を選んでください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one row with the edge&apos;s weight, or import the file again and choose “Take the mean of their weights” when Windtunnel asks</source>
        <translation>エッジ {pair} が複数回記載され（{rows}）、重みの合計が {total:g} で [-1, 1] の範囲外です。重複したエッジのためにマップの他の部分を再スケールすることはしません。エッジの重みを書いた行を一つだけ残すか、ファイルをもう一度インポートし、Windtunnel が尋ねたときに「重みの平均を取る」を選んでください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the edges into one, or import the file again and choose “Add their weights” or “Take the mean of their weights” when Windtunnel asks</source>
        <translation>エッジ {pair} が複数回記載されています（{rows}）。エッジを一つにまとめるか、ファイルをもう一度インポートし、Windtunnel が尋ねたときに「重みを足す」か「重みの平均を取る」を選んでください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the rows into one, or import the file again and choose “Add their weights” or “Take the mean of their weights” when Windtunnel asks</source>
        <translation>エッジ {pair} が複数回記載されています（{rows}）。行を一つにまとめるか、ファイルをもう一度インポートし、Windtunnel が尋ねたときに「重みを足す」か「重みの平均を取る」を選んでください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the edges into one, or import with --repeated add or mean</source>
        <translation>エッジ {pair} が複数回記載されています（{rows}）。エッジを一つにまとめるか、--repeated add または mean を付けてインポートしてください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}); merge the rows into one, or import with --repeated add or mean</source>
        <translation>エッジ {pair} が複数回記載されています（{rows}）。行を一つにまとめるか、--repeated add または mean を付けてインポートしてください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one of its edges, with the edge&apos;s weight, or import with --repeated mean to take the mean of its parallel edges</source>
        <translation>エッジ {pair} が複数回記載され（{rows}）、重みの合計が {total:g} で [-1, 1] の範囲外です。重複したエッジのためにマップの他の部分を再スケールすることはしません。エッジの重みを付けたエッジを一本だけ残すか、--repeated mean を付けてインポートし、並行エッジの平均を取ってください</translation>
    </message>
    <message>
        <source>the edge {pair} is listed more than once ({rows}) and its weights add up to {total:g}, outside [-1, 1]; a repeated edge does not rescale the rest of the map: keep one row with the edge&apos;s weight, or import with --repeated mean to take the mean of its rows</source>
        <translation>エッジ {pair} が複数回記載され（{rows}）、重みの合計が {total:g} で [-1, 1] の範囲外です。重複したエッジのためにマップの他の部分を再スケールすることはしません。エッジの重みを書いた行を一つだけ残すか、--repeated mean を付けてインポートし、行の平均を取ってください</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once into one each (no edge had two weights, so none were added or averaged): {pairs}</source>
        <translation>複数回記載された {count} 本のエッジをそれぞれ一つにまとめました（重みが二つあるエッジはなく、重みの加算も平均もしていません）：{pairs}</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once, adding their weights as Gephi merges parallel edges: {pairs}</source>
        <translation>複数回記載された {count} 本のエッジを、Gephi が並行エッジをまとめるように重みを足して一つにしました：{pairs}</translation>
    </message>
    <message>
        <source>merged {count} edge{s} listed more than once, each with the mean of its weights: {pairs}</source>
        <translation>複数回記載された {count} 本のエッジを、それぞれ重みの平均を取って一つにしました：{pairs}</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count} 回</translation>
    </message>
    <message>
        <source>{count:,} weights cannot be read as they are; the largest: {message}. They are at {places}</source>
        <translation>{count:,} 個の重みはこのままでは読めません。最大のもの：{message}。場所：{places}</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1] (to divide every weight by the largest, {rescale})</source>
        <translation>{weight:g} は [-1, 1] の範囲外です（すべての重みを最大値で割るには、{rescale}）</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1], where the other weights are: correct it</source>
        <translation>{weight:g} は [-1, 1] の範囲外ですが、ほかの重みは範囲内です。直してください</translation>
    </message>
    <message>
        <source>{place} ({weight:g})</source>
        <translation>{place}（{weight:g}）</translation>
    </message>
    <message>
        <source>the type says positive but the weight is {weight:g}</source>
        <translation>種類は正ですが、重みは {weight:g} です</translation>
    </message>
</context>
<context>
    <name>elements</name>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} は整数ではありません</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} は数ではありません</translation>
    </message>
    <message>
        <source>{value!r} is not a finite number</source>
        <translation>{value!r} は有限の数ではありません</translation>
    </message>
    <message>
        <source>{value} is outside [{lo:g}, {hi:g}]</source>
        <translation>{value} は [{lo:g}, {hi:g}] の範囲外です</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} はテキストではありません</translation>
    </message>
    <message>
        <source>text of {count:,} characters is longer than {limit:,}</source>
        <translation>{count:,} 文字のテキストは上限 {limit:,} を超えています</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>holds only invisible characters (such as zero-width spaces): it would show as empty</source>
        <translation>見えない文字（ゼロ幅スペースなど）しかありません。空に見えてしまいます</translation>
    </message>
    <message>
        <source>{value} is not a web address (it starts with http:// or https://)</source>
        <translation>{value} はウェブアドレスではありません（http:// または https:// で始まります）</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} は {choices} のいずれでもありません</translation>
    </message>
    <message>
        <source>{value} is not a valid id (1-{max_id} letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, starting with a letter or digit)</source>
        <translation>{value} は有効な id ではありません（1〜{max_id} 文字の英字、数字、&apos;_&apos;、&apos;.&apos;、&apos;-&apos; で、英字か数字で始まる）</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>has {count} entries, more than {limit}</source>
        <translation>{count} 項目あり、上限 {limit} を超えています</translation>
    </message>
    <message>
        <source>has {count:,} entries, more than {limit:,}</source>
        <translation>{count:,} 項目あり、上限 {limit:,} を超えています</translation>
    </message>
    <message>
        <source>is not of the kind {kind}</source>
        <translation>種類 {kind} ではありません</translation>
    </message>
    <message>
        <source>is not a pair [x, y]</source>
        <translation>組 [x, y] ではありません</translation>
    </message>
    <message>
        <source>is not a list of at most {max_tags} tags</source>
        <translation>最大 {max_tags} 個のタグのリストではありません</translation>
    </message>
    <message>
        <source>{lever} is not true or false</source>
        <translation>{lever} は true でも false でもありません</translation>
    </message>
    <message>
        <source>{low!r} is above the weight {weight!r}</source>
        <translation>{low!r} は重み {weight!r} より大きいです</translation>
    </message>
    <message>
        <source>{high!r} is below the weight {weight!r}</source>
        <translation>{high!r} は重み {weight!r} より小さいです</translation>
    </message>
    <message>
        <source>{what} cannot join {source!r} to itself</source>
        <translation>{what}は {source!r} をそれ自身につなげられません</translation>
    </message>
    <message>
        <source>step {end} is before the start step {start}</source>
        <translation>ステップ {end} は開始ステップ {start} より前です</translation>
    </message>
    <message>
        <source>edge {key} → {key2} is overridden twice</source>
        <translation>エッジ {key} → {key2} が二度上書きされています</translation>
    </message>
    <message>
        <source>{getattr} is not true or false</source>
        <translation>{getattr} は true でも false でもありません</translation>
    </message>
    <message>
        <source>a rating needs a weight or a linguistic term</source>
        <translation>評価には重みか言語的な評価語が必要です</translation>
    </message>
    <message>
        <source>bounds need a weight between them</source>
        <translation>上下限の間に重みが必要です</translation>
    </message>
    <message>
        <source>edge {source} → {target} is rated twice</source>
        <translation>エッジ {source} → {target} が二度評価されています</translation>
    </message>
    <message>
        <source>id {id!r} appears twice</source>
        <translation>id {id!r} が二度現れます</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}: {message}</translation>
    </message>
    <message>
        <source>... and {count} more problems</source>
        <translation>…… ほか {count} 件の問題</translation>
    </message>
    <message>
        <source>there are more than {count:,} problems; the first {count:,} follow</source>
        <translation>問題が {count:,} 件を超えています。最初の {count:,} 件を示します</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} 件の問題</translation>
    </message>
</context>
<context>
    <name>executors</name>
    <message>
        <source>running on a cluster needs dask.distributed: install windtunnel[cluster] (pip install &apos;windtunnel[cluster]&apos;) on this machine and on the workers</source>
        <translation>クラスターで実行するには dask.distributed が必要です：このマシンとワーカーに windtunnel[cluster] をインストールしてください（pip install &apos;windtunnel[cluster]&apos;）</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {scheduler}: {exc}</source>
        <translation>{scheduler} の Dask スケジューラーに接続できません：{exc}</translation>
    </message>
    <message>
        <source>use tcp:// or tls://, not {scheme}://</source>
        <translation>{scheme}:// ではなく tcp:// か tls:// を使ってください</translation>
    </message>
    <message>
        <source>port {port} is outside 1 to 65535</source>
        <translation>ポート {port} が 1～65535 の範囲外です</translation>
    </message>
    <message>
        <source>{address!r} is not a scheduler address such as tcp://host:8786 ({exc})</source>
        <translation>{address!r} は tcp://host:8786 のようなスケジューラーのアドレスではありません（{exc}）</translation>
    </message>
</context>
<context>
    <name>experiments</name>
    <message>
        <source>{sampler!r} is not one of {samplers}</source>
        <translation>{sampler!r} は {samplers} のいずれでもありません</translation>
    </message>
    <message>
        <source>the model has no objectives: an exploration judges options by them; add one (node, direction, threshold)</source>
        <translation>モデルに目標がありません。探索は目標で選択肢を判定します。目標（ノード、方向、しきい値）を一つ追加してください</translation>
    </message>
    <message>
        <source>nothing to explore: give scenarios or levers</source>
        <translation>探索するものがありません：シナリオかレバーを指定してください</translation>
    </message>
    <message>
        <source>{count:,} options x {futures:,} futures: use at least one future and at most {max_experiments:,} experiments</source>
        <translation>選択肢 {count:,} x 未来 {futures:,}：未来は一つ以上、実験は最大 {max_experiments:,} 件にしてください</translation>
    </message>
    <message>
        <source>the model has no participants: add participants&apos; ratings to explore their maps as futures</source>
        <translation>モデルに参加者がいません。参加者のマップを未来として探索するには参加者の評価を追加してください</translation>
    </message>
    <message>
        <source>there is no node {node!r}; levers: {valid}</source>
        <translation>ノード {node!r} はありません。レバー：{valid}</translation>
    </message>
    <message>
        <source>is not a lever (a restriction node)</source>
        <translation>レバー（規制ノード）ではありません</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>二度指定されています</translation>
    </message>
    <message>
        <source>{low:g} to {high:g} leaves [{range_low:g}, {range_high:g}], the levels the {activation} activation gives a node</source>
        <translation>{low:g}〜{high:g} は、{activation} の活性化関数がノードに与える水準 [{range_low:g}, {range_high:g}] の外に出ます</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>explain why a node changed in a scenario</source>
        <translation>シナリオの中でノードがなぜ変化したかを説明する</translation>
    </message>
    <message>
        <source>Explain the change of one node in one scenario at one step: at most five reasons that add up to it with a named rest, then the same change by lever (Shapley values) and by incoming edge.</source>
        <translation>一つのシナリオの一つのステップでのノードの変化を説明します：合計がその変化になる最大五つの理由と名前付きの残り、次に同じ変化をレバー別（シャープレイ値）と入ってくるエッジ別に示します。</translation>
    </message>
    <message>
        <source>a scenario id or label</source>
        <translation>シナリオの id またはラベル</translation>
    </message>
    <message>
        <source>a node id or label</source>
        <translation>ノードの ID またはラベル</translation>
    </message>
    <message>
        <source>the step to explain (default: the last)</source>
        <translation>説明するステップ（既定：最後）</translation>
    </message>
    <message>
        <source>also list the K largest single routes (default 0)</source>
        <translation>最大の単一経路 K 本も一覧する（既定 0）</translation>
    </message>
    <message>
        <source>--routes: must be at least 0</source>
        <translation>--routes: 0 以上にしてください</translation>
    </message>
    <message>
        <source>{node} ({label}) in scenario {scenario}: change {change} at step {step}</source>
        <translation>シナリオ {scenario} の {node}（{label}）：ステップ {step} での変化 {change}</translation>
    </message>
    <message>
        <source>the scenario has no interventions or overrides</source>
        <translation>このシナリオには介入も上書きもありません</translation>
    </message>
    <message>
        <source>no lever or override moves {node} in this scenario</source>
        <translation>このシナリオでは {node} を動かすレバーも上書きもありません</translation>
    </message>
    <message>
        <source>1 reason carries {share} of the change</source>
        <translation>1 つの理由が変化の {share} を担います</translation>
    </message>
    <message>
        <source>{count} reasons carry {share} of the change</source>
        <translation>{count} つの理由が変化の {share} を担います</translation>
    </message>
    <message>
        <source>why ({carry}; with the rest they add up to it):</source>
        <translation>理由（{carry}。残りと合わせると変化の全体になります）：</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>by lever ({method}):</source>
        <translation>レバー別（{method}）：</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>(none moves it visibly)</source>
        <translation>（目に見えて動かすものはありません）</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>記憶</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>介入</translation>
    </message>
    <message>
        <source>by input at step {step}:</source>
        <translation>ステップ {step} での入力別：</translation>
    </message>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>largest routes ({count} in all):</source>
        <translation>最大の経路（全 {count} 本）：</translation>
    </message>
    <message>
        <source>route</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>the changed weight of {edge}</source>
        <translation>{edge} の変更された重み</translation>
    </message>
    <message>
        <source>not followed further</source>
        <translation>これ以上たどっていません</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>which option holds up across thousands of futures</source>
        <translation>何千もの未来で持ちこたえる選択肢はどれか</translation>
    </message>
    <message>
        <source>Run every option (scenarios and lever points) in sampled futures of the uncertain edge weights; print the robustness table, the conditions under which the most robust options fail (PRIM boxes) and the weights that matter most (Sobol&apos; indices).</source>
        <translation>不確実なエッジの重みから抽出した未来で、すべての選択肢（シナリオとレバーの点）を実行します。頑健性の表、最も頑健な選択肢が失敗する条件（PRIM ボックス）、最も効く重み（Sobol&apos; 指数）を表示します。</translation>
    </message>
    <message>
        <source>a lever (restriction node) to explore from LOW to HIGH, in LEVELS levels when given (repeat for several)</source>
        <translation>LOW から HIGH まで探索するレバー（規制ノード）。LEVELS があればその段階数で（複数なら繰り返し指定）</translation>
    </message>
    <message>
        <source>an edge whose delay varies by future, from LOW to HIGH whole steps (repeat for several; each adds batches: keep them few)</source>
        <translation>未来ごとに遅延が変わるエッジ（LOW から HIGH までの整数ステップ。複数指定可。指定ごとにバッチが増えるので少なめに）</translation>
    </message>
    <message>
        <source>each future is one participant&apos;s map (a model with participants), its weights drawn around their ratings</source>
        <translation>各未来を 1 人の参加者のマップ（参加者を持つモデル）とし、重みはその参加者の評価を中心に抽出する</translation>
    </message>
    <message>
        <source>a scenario id or label among the options (repeat; default: all; --scenario none for lever points only)</source>
        <translation>選択肢に含めるシナリオの id またはラベル（繰り返し可。既定：すべて。レバーの点だけなら --scenario none）</translation>
    </message>
    <message>
        <source>lever points sampled under lhs or sobol (default 16)</source>
        <translation>lhs または sobol で抽出するレバーの点の数（既定 16）</translation>
    </message>
    <message>
        <source>futures of the uncertain weights (default 1000)</source>
        <translation>不確実な重みの未来の数（既定 1000）</translation>
    </message>
    <message>
        <source>lhs (Latin hypercube, default), sobol, or factorial (every combination of the levers&apos; levels; futures by lhs)</source>
        <translation>lhs（ラテン超方格、既定）、sobol、または factorial（レバーの段階のすべての組み合わせ。未来は lhs）</translation>
    </message>
    <message>
        <source>local processes (default: every core, {local_workers} here)</source>
        <translation>ローカルプロセス数（既定：コアごとに一つ、ここでは {local_workers}）</translation>
    </message>
    <message>
        <source>run on a dask.distributed cluster (tcp://host:8786); needs windtunnel[cluster] here and on the workers</source>
        <translation>dask.distributed クラスター（tcp://host:8786）で実行する。ここでもワーカーでも windtunnel[cluster] が必要</translation>
    </message>
    <message>
        <source>options (most robust first) whose failure boxes are sought (default 3)</source>
        <translation>失敗ボックスを探す選択肢の数（最も頑健なものから、既定 3）</translation>
    </message>
    <message>
        <source>Sobol&apos; base sample (16 to 8192; the design runs N x (weights + 2) futures) for the most robust option; 0 skips (default 128)</source>
        <translation>最も頑健な選択肢に対する Sobol&apos; の基本標本数（16〜8192。計画は N x（重みの数 + 2）個の未来を実行）。0 で省略（既定 128）</translation>
    </message>
    <message>
        <source>options listed (default 20)</source>
        <translation>一覧する選択肢の数（既定 20）</translation>
    </message>
    <message>
        <source>also write the exploration workbook (.xlsx) or every experiment (.csv)</source>
        <translation>探索のワークブック（.xlsx）またはすべての実験（.csv）も書き出す</translation>
    </message>
    <message>
        <source>--out {out}: unknown file type {suffix}; use .xlsx or .csv</source>
        <translation>--out {out}: 不明なファイル形式 {suffix}。.xlsx か .csv を使ってください</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>--sobol {sobol}: use 16 to 8192, or 0 to skip</source>
        <translation>--sobol {sobol}: 16〜8192 を指定するか、省くなら 0 にしてください</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>{out} を書き出しました</translation>
    </message>
    <message>
        <source>{title}: {options:,} options x {futures:,} futures = {experiments:,} experiments ({sampler}, seed {seed}, {weights} uncertain weights)</source>
        <translation>{title}: 選択肢 {options:,} x 未来 {futures:,} = 実験 {experiments:,} 件（{sampler}、シード {seed}、不確実な重み {weights} 個）</translation>
    </message>
    <message>
        <source>robustness (share of futures meeting each objective and all of them; regret against the best option in each future):</source>
        <translation>頑健性（各目標とすべての目標を満たす未来の割合。各未来で最良の選択肢に対するリグレット）：</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>regret p90</source>
        <translation>リグレット p90</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>  ... and {count} more options (--top, or --out FILE)</source>
        <translation>  … ほか {count} 個の選択肢（--top、または --out ファイル）</translation>
    </message>
    <message>
        <source>where the most robust options fail (PRIM boxes of uncertain weights):</source>
        <translation>最も頑健な選択肢が失敗するところ（不確実な重みの PRIM ボックス）：</translation>
    </message>
    <message>
        <source>uncertain weights that matter most to {option} (total Sobol&apos; index, {futures:,} futures):</source>
        <translation>{option} に最も効く不確実な重み（Sobol&apos; 総指数、未来 {futures:,}）：</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
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
        <translation>ボックス</translation>
    </message>
    <message>
        <source>No box of conditions concentrates an option&apos;s failures (or no option fails in some futures and not in others).</source>
        <translation>選択肢の失敗が集中する条件のボックスはありません（または、ある未来では失敗し別の未来では失敗しない選択肢がありません）。</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>実験</translation>
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
        <translation>順位</translation>
    </message>
    <message>
        <source>option</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>all met</source>
        <translation>すべて達成</translation>
    </message>
    <message>
        <source>regret median</source>
        <translation>リグレット中央値</translation>
    </message>
    <message>
        <source>regret p90</source>
        <translation>リグレット p90</translation>
    </message>
    <message>
        <source>regret max</source>
        <translation>リグレット最大</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>box</source>
        <translation>ボックス</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>カバー率</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>質量</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>不確実な重み</translation>
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
        <translation>文</translation>
    </message>
    <message>
        <source>first order</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>first 2.5%</source>
        <translation>一次 2.5%</translation>
    </message>
    <message>
        <source>first 97.5%</source>
        <translation>一次 97.5%</translation>
    </message>
    <message>
        <source>total</source>
        <translation>総</translation>
    </message>
    <message>
        <source>total 2.5%</source>
        <translation>総 2.5%</translation>
    </message>
    <message>
        <source>total 97.5%</source>
        <translation>総 97.5%</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>future</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>met {objective}</source>
        <translation>{objective}（達成）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Windtunnel exploration workbook</source>
        <translation>Windtunnel 探索ブック</translation>
    </message>
    <message>
        <source> ({levels} levels)</source>
        <translation>（{levels} 段階）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{option}, {futures} futures</source>
        <translation>{option}、未来 {futures}</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>計算していません</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>Windtunnel version</source>
        <translation>Windtunnel のバージョン</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>作成日時 (UTC)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>named scenarios and lever points</source>
        <translation>名前付きシナリオとレバーの点</translation>
    </message>
    <message>
        <source>Levers explored</source>
        <translation>探索したレバー</translation>
    </message>
    <message>
        <source>uncertain edge weights drawn within their bounds (triangular: low, weight, high)</source>
        <translation>不確実なエッジの重みを範囲内で抽出（三角分布：下限、重み、上限）</translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>不確実な重み</translation>
    </message>
    <message>
        <source>Delays varied</source>
        <translation>変化させた遅延</translation>
    </message>
    <message>
        <source>whole steps between the bounds given, each equally likely</source>
        <translation>指定した範囲内の整数ステップ、いずれも同じ確率</translation>
    </message>
    <message>
        <source>Participants&apos; maps</source>
        <translation>参加者のマップ</translation>
    </message>
    <message>
        <source>not explored</source>
        <translation>探索していません</translation>
    </message>
    <message>
        <source>each future one participant&apos;s map, its weights drawn around their ratings</source>
        <translation>各未来は 1 人の参加者のマップで、重みはその評価を中心に抽出</translation>
    </message>
    <message>
        <source>every option in every future</source>
        <translation>すべての未来でのすべての選択肢</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>サンプラー</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation>同じシードなら同じ数値になります</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Objective value</source>
        <translation>目標の値</translation>
    </message>
    <message>
        <source>change from baseline in the same future at the last step</source>
        <translation>同じ未来での最終ステップにおけるベースラインからの変化</translation>
    </message>
    <message>
        <source>as the scorecard judges it</source>
        <translation>スコアカードと同じ判定</translation>
    </message>
    <message>
        <source>Sobol&apos; indices</source>
        <translation>Sobol&apos; 指数</translation>
    </message>
    <message>
        <source>{count} more rows left out (a sheet holds about a million); write .csv for every row</source>
        <translation>ほか {count} 行を省略しました（シートは約百万行まで）。すべての行は .csv に書き出してください</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>頑健性</translation>
    </message>
    <message>
        <source>Share of futures meeting every objective</source>
        <translation>すべての目標を満たす未来の割合</translation>
    </message>
    <message>
        <source>share of futures</source>
        <translation>未来の割合</translation>
    </message>
    <message>
        <source>Sobol</source>
        <translation>Sobol</translation>
    </message>
    <message>
        <source>Not computed (windtunnel explore --sobol N)</source>
        <translation>計算していません（windtunnel explore --sobol N）</translation>
    </message>
    <message>
        <source>{objective}: total Sobol&apos; index of the uncertain weights</source>
        <translation>{objective}: 不確実な重みの Sobol&apos; 総指数</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>export a model as a workbook, GraphML, weight matrix or CSV tables</source>
        <translation>モデルをワークブック、GraphML、重み行列、CSV の表として書き出す</translation>
    </message>
    <message>
        <source>Export a model file. The format follows from the output name: .xlsx workbook, .graphml GraphML, .csv weight matrix (rows are sources), a folder name CSV tables; --format overrides. An existing file is only replaced with --force.</source>
        <translation>モデルファイルを書き出します。形式は出力名で決まります：.xlsx はワークブック、.graphml は GraphML、.csv は重み行列（行が始点）、フォルダー名は CSV の表。--format で上書きできます。既にあるファイルは --force を付けたときだけ置き換えます。</translation>
    </message>
    <message>
        <source>the file (or folder, for CSV tables) to write</source>
        <translation>書き出すファイル（CSV の表ならフォルダー）</translation>
    </message>
    <message>
        <source>the output format (default: from the output name)</source>
        <translation>出力形式（既定：出力名から）</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} を書き出しました</translation>
    </message>
</context>
<context>
    <name>file_kinds</name>
    <message>
        <source>if it is a workbook, give it the .xlsx extension and import it again</source>
        <translation>ワークブックなら、拡張子を .xlsx にしてもう一度インポートしてください</translation>
    </message>
    <message>
        <source>open it in Excel and save it as an .xlsx workbook or as CSV UTF-8, then import that</source>
        <translation>Excel で開いて .xlsx ワークブックか CSV UTF-8 として保存し、それをインポートしてください</translation>
    </message>
    <message>
        <source>a zip archive (as an Excel .xlsx workbook is)</source>
        <translation>zip アーカイブ（Excel の .xlsx ワークブックもその一種です）</translation>
    </message>
    <message>
        <source>an empty zip archive</source>
        <translation>空の zip アーカイブ</translation>
    </message>
    <message>
        <source>an old-style Office file (an Excel .xls workbook, or a workbook protected by a password)</source>
        <translation>旧形式の Office ファイル（Excel の .xls ワークブック、またはパスワードで保護されたワークブック）</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>export the map from the program that made it as a table or a graph file</source>
        <translation>作成したプログラムから、マップを表またはグラフのファイルとして書き出してください</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>a picture of a map holds no nodes to read</source>
        <translation>マップの画像には読み取れるノードがありません</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 画像</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>圧縮（gzip）ファイル</translation>
    </message>
    <message>
        <source>uncompress it and import the file inside</source>
        <translation>解凍して、中のファイルをインポートしてください</translation>
    </message>
    <message>
        <source>is {kind}, not the {read_as} text its name says: {advice}</source>
        <translation>{kind}であり、名前が示す {read_as} のテキストではありません：{advice}</translation>
    </message>
    <message>
        <source>is {kind}, not text: {advice}</source>
        <translation>{kind}であり、テキストではありません：{advice}</translation>
    </message>
</context>
<context>
    <name>fileformat</name>
    <message>
        <source>{path}: the model file would be {data:,.1f} MB, more than the {max_file_bytes} MB a model file may have; nothing was written (split the model, or shorten its texts)</source>
        <translation>{path}: モデルファイルが {data:,.1f} MB になり、モデルファイルの上限 {max_file_bytes} MB を超えます。何も書き込んでいません（モデルを分けるか、テキストを短くしてください）</translation>
    </message>
    <message>
        <source>is {kind}, not a model file</source>
        <translation>{kind}であり、モデルファイルではありません</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; models are at most {max_file_bytes} MB</source>
        <translation>ファイルは {size:.0f} MB です。モデルは最大 {max_file_bytes} MB です</translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation>有効なファイル名ではありません</translation>
    </message>
    <message>
        <source>{path}: {problem}; nothing was written</source>
        <translation>{path}: {problem}。何も書き込んでいません</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>ファイルを読めません（{strerror}）</translation>
    </message>
    <message>
        <source>Read with control characters removed: {note}.</source>
        <translation>読み込み時に制御文字を取り除きました：{note}。</translation>
    </message>
    <message>
        <source>the text is longer than {max_file_bytes} MB</source>
        <translation>テキストが {max_file_bytes} MB を超えています</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (saved as &quot;Unicode&quot; by a text editor?), and a model file is UTF-8: save it as UTF-8 and open it again</source>
        <translation>ファイルは UTF-16 テキストです（テキストエディターで「Unicode」として保存しましたか？）。モデルファイルは UTF-8 です。UTF-8 で保存して、もう一度開いてください</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルは UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>not valid JSON ({msg})</source>
        <translation>有効な JSON ではありません（{msg}）</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a model</source>
        <translation>JSON の入れ子が深すぎて、モデルではありえません</translation>
    </message>
    <message>
        <source>not valid JSON ({exc})</source>
        <translation>有効な JSON ではありません（{exc}）</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object</source>
        <translation>ファイルに JSON オブジェクトがありません</translation>
    </message>
    <message>
        <source>expected {format_name!r}, found {get}: not a Windtunnel model</source>
        <translation>{format_name!r} のはずが {get} でした：Windtunnel のモデルではありません</translation>
    </message>
    <message>
        <source>{version} is not a format version number</source>
        <translation>{version} は形式のバージョン番号ではありません</translation>
    </message>
    <message>
        <source>the file has format version {version}, which needs a newer Windtunnel (this one reads versions {oldest_version} to {format_version})</source>
        <translation>ファイルの形式バージョンは {version} で、より新しい Windtunnel が必要です（この版が読めるのはバージョン {oldest_version} から {format_version} まで）</translation>
    </message>
    <message>
        <source>format version {version} is older than any Windtunnel release and cannot be read</source>
        <translation>形式バージョン {version} はどの Windtunnel のリリースよりも古く、読めません</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>既知のキーではありません</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} はテキストではありません</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>{raw} is not an object</source>
        <translation>{raw} はオブジェクトではありません</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>{value} is not an object of languages and their fields (such as {example})</source>
        <translation>{value} は言語とその項目のオブジェクトではありません（{example} のように書きます）</translation>
    </message>
    <message>
        <source>translates {count:,} groups, more than {limit:,}</source>
        <translation>{count:,} 個のグループを翻訳しており、上限の {limit:,} を超えています</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>workbook</source>
        <translation>ブック</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>ノードとエッジの表</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>行列</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>参加者の評価</translation>
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
        <translation>FSDM の concepts ファイルにはモデルの概念はありますが、概念どうしの影響はありません：モデルのフォルダーで隣にある relations ファイル（{name}）をインポートしてください</translation>
    </message>
    <message>
        <source>not an FSDM model file: Windtunnel reads FSDM&apos;s concepts.json (a list of concepts with their variable) and relations.json (a list of what each concept affects)</source>
        <translation>FSDM のモデルファイルではありません：Windtunnel が読むのは FSDM の concepts.json（変数付きの概念の一覧）と relations.json（各概念が影響するものの一覧）です</translation>
    </message>
    <message>
        <source>weight {term!r} is not one of FSDM&apos;s terms ({terms})</source>
        <translation>weight {term!r} は FSDM の言語表現（{terms}）のどれでもありません</translation>
    </message>
    <message>
        <source>direction {direction!r} is neither Positive nor Negative</source>
        <translation>direction {direction!r} は Positive でも Negative でもありません</translation>
    </message>
    <message>
        <source>an FSDM model: its concepts from {concepts}, its relations from {relations}; each concept&apos;s range of values was not kept</source>
        <translation>FSDM のモデルです：概念は {concepts} から、関係は {relations} から読みました。各概念の値の範囲は保持していません</translation>
    </message>
    <message>
        <source>an FSDM model&apos;s relations, without its concepts file: the variables are the labels, and the concepts&apos; names, descriptions and groups were not read</source>
        <translation>concepts ファイルのない FSDM モデルの relations です：変数名をラベルとし、概念の名前、説明、グループは読んでいません</translation>
    </message>
    <message>
        <source>FSDM&apos;s terms became weights as FSDM&apos;s model run reads them ({terms}), negative where the direction is Negative</source>
        <translation>FSDM の言語表現は、FSDM のモデル実行が読むとおりの重み（{terms}）になり、direction が Negative のものは負になりました</translation>
    </message>
    <message>
        <source>the relations name {count} variable{s} that the concepts file does not list, added with the variable as the label: {names}</source>
        <translation>relations が concepts ファイルにない変数を {count} 個挙げているため、変数名をラベルとして追加しました：{names}</translation>
    </message>
</context>
<context>
    <name>gexf</name>
    <message>
        <source>the XML root is &lt;{local}&gt;, not &lt;gexf&gt;</source>
        <translation>XML のルートが &lt;gexf&gt; ではなく &lt;{local}&gt; です</translation>
    </message>
    <message>
        <source>the GEXF file has no &lt;graph&gt;</source>
        <translation>GEXF ファイルに &lt;graph&gt; がありません</translation>
    </message>
    <message>
        <source>the &lt;graph&gt;&apos;s defaultedgetype</source>
        <translation>&lt;graph&gt; の defaultedgetype</translation>
    </message>
    <message>
        <source>has no source or no target</source>
        <translation>始点か終点がありません</translation>
    </message>
    <message>
        <source>type {kind!r} is not a GEXF edge type (directed, undirected or mutual)</source>
        <translation>型 {kind!r} は GEXF のエッジの型ではありません（directed、undirected、mutual のいずれかです）</translation>
    </message>
    <message>
        <source>the GEXF file gives {nodes} of its nodes and {edges} of its edges the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every node and edge was read as if it always existed</source>
        <translation>この GEXF ファイルは、ノード {nodes} 個とエッジ {edges} 本に、存在する時間（spells、start と end）を与えています。その時間は保持していません：マップには時間軸がないため、すべてのノードとエッジを常に存在するものとして読み込みました</translation>
    </message>
    <message>
        <source>the GEXF file gives {nodes} of its nodes the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every node was read as if it always existed</source>
        <translation>この GEXF ファイルは、ノード {nodes} 個に、存在する時間（spells、start と end）を与えています。その時間は保持していません：マップには時間軸がないため、すべてのノードを常に存在するものとして読み込みました</translation>
    </message>
    <message>
        <source>the GEXF file gives {edges} of its edges the times when they exist (spells, start and end); those times were not kept: a map has no time line, so every edge was read as if it always existed</source>
        <translation>この GEXF ファイルは、エッジ {edges} 本に、存在する時間（spells、start と end）を与えています。その時間は保持していません：マップには時間軸がないため、すべてのエッジを常に存在するものとして読み込みました</translation>
    </message>
    <message>
        <source>the parent links of {count:,} node{s} (GEXF 1.2&apos;s &lt;parents&gt;) were not kept: {nodes}; a node&apos;s group comes only from the node it is nested in, or from its pid</source>
        <translation>{count:,} 個のノードの親へのリンク（GEXF 1.2 の &lt;parents&gt;）は保持していません：{nodes}。ノードのグループは、入れ子になっている親ノードか pid だけから決まります</translation>
    </message>
    <message>
        <source>these node attributes change over time in the GEXF file: {names}; each node kept only the value in effect at the end (the latest time the file gives it), not the earlier ones</source>
        <translation>GEXF ファイルでは次のノード属性が時間とともに変わります：{names}。各ノードは終了時点で有効な値（ファイルが与える最も遅い時刻の値）だけを保持し、それより前の値は保持していません</translation>
    </message>
    <message>
        <source>these edge attributes change over time in the GEXF file: {names}; each edge kept only the value in effect at the end (the latest time the file gives it), not the earlier ones</source>
        <translation>GEXF ファイルでは次のエッジ属性が時間とともに変わります：{names}。各エッジは終了時点で有効な値（ファイルが与える最も遅い時刻の値）だけを保持し、それより前の値は保持していません</translation>
    </message>
    <message>
        <source>&lt;node&gt; element {number} in {parent!r}</source>
        <translation>{parent!r} 内の {number} 番目の &lt;node&gt; 要素</translation>
    </message>
    <message>
        <source>{place}, labelled {label!r}</source>
        <translation>{place}（ラベル {label!r}）</translation>
    </message>
    <message>
        <source>has no id</source>
        <translation>id がありません</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>二度記載されています</translation>
    </message>
</context>
<context>
    <name>globalsensitivity</name>
    <message>
        <source>{base} is not a whole number from 16 to 8,192</source>
        <translation>{base} は 16 から 8,192 までの整数ではありません</translation>
    </message>
    <message>
        <source>give one scenario or one lever point</source>
        <translation>シナリオかレバーの点を一つ指定してください</translation>
    </message>
    <message>
        <source>no edge weight is uncertain (every edge&apos;s low and high bounds are equal)</source>
        <translation>不確実なエッジの重みがありません（どのエッジも下限と上限が等しい）</translation>
    </message>
    <message>
        <source>The design is too small to trust these indices for {objectives}: their 95% intervals are wider than the indices or reach well outside 0 to 1. Run again with a Sobol&apos; base sample of {base} or more.</source>
        <translation>計画が小さすぎるため、{objectives} のこれらの指数は信頼できません：95% 区間が指数そのものより広いか、0〜1 から大きくはみ出しています。Sobol&apos; 基本サンプルを {base} 以上にして実行し直してください。</translation>
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
        <translation>ノードの属性 {attribute!r} はノードの初期レベルとして読まず、除外しました：ノード {node} の値 {value!r} は -1 から 1 のレベルではありません</translation>
    </message>
    <message>
        <source>the node attribute {attribute!r} was read as the nodes&apos; initial levels (every value is a number from -1 to 1)</source>
        <translation>ノードの属性 {attribute!r} をノードの初期レベルとして読みました（値はすべて -1 から 1 の数です）</translation>
    </message>
    <message>
        <source>the node attribute {attribute!r} was read as the nodes&apos; initial levels (every value is a number from -1 to 1); {count} of {total} nodes have none and start at 0</source>
        <translation>ノードの属性 {attribute!r} をノードの初期レベルとして読みました（値はすべて -1 から 1 の数です）。{total} 個のノードのうち {count} 個は値がなく、0 から始まります</translation>
    </message>
    <message>
        <source>was read as the nodes&apos; initial levels (every value in it is a number from -1 to 1)</source>
        <translation>ノードの初期レベルとして読みました（値はすべて -1 から 1 の数です）</translation>
    </message>
    <message>
        <source>holds {value!r}, not a level from -1 to 1: the column was not read as the nodes&apos; initial levels, and was left out</source>
        <translation>値 {value!r} は -1 から 1 のレベルではありません：この列はノードの初期レベルとして読まず、除外しました</translation>
    </message>
</context>
<context>
    <name>graphml</name>
    <message>
        <source>the XML root is &lt;{tag}&gt;, not &lt;graphml&gt;</source>
        <translation>XML のルートが &lt;graphml&gt; ではなく &lt;{tag}&gt; です</translation>
    </message>
    <message>
        <source>{undirected} edge{are} undirected</source>
        <translation>{undirected} 本のエッジが無向です</translation>
    </message>
    <message>
        <source>{undirected} edge{are} undirected; import with --undirected both (each edge both ways) or as-written (one way, as the file lists them)</source>
        <translation>{undirected} 本のエッジが無向です。--undirected both（各エッジを双方向に）または as-written（ファイルの記載どおり一方向に）でインポートしてください</translation>
    </message>
    <message>
        <source>the GraphML graph could not be read ({exc})</source>
        <translation>GraphML のグラフを読み込めませんでした（{exc}）</translation>
    </message>
    <message>
        <source>has no id (GraphML needs one on every &lt;node&gt;, and edges name nodes by it)</source>
        <translation>id がありません（GraphML ではすべての &lt;node&gt; に id が必要で、エッジはそれでノードを指します）</translation>
    </message>
    <message>
        <source>&lt;node&gt; elements {first} and {second} of the file both have this id; each node needs its own</source>
        <translation>ファイルの {first} 番目と {second} 番目の &lt;node&gt; 要素が同じ id です。ノードごとに別の id が必要です</translation>
    </message>
    <message>
        <source>has no {end}</source>
        <translation>{end} がありません</translation>
    </message>
    <message>
        <source>&lt;node&gt; element {position} of the file</source>
        <translation>ファイルの {position} 番目の &lt;node&gt; 要素</translation>
    </message>
    <message>
        <source>&lt;edge&gt; element {position} of the file</source>
        <translation>ファイルの {position} 番目の &lt;edge&gt; 要素</translation>
    </message>
    <message>
        <source>the &lt;graphml&gt; root is in the XML namespace {namespace}, not GraphML&apos;s ({graphml})</source>
        <translation>&lt;graphml&gt; ルート要素の XML 名前空間が GraphML のもの（{graphml}）ではなく {namespace} です</translation>
    </message>
    <message>
        <source>holds {count} graphs ({names}), and a map is one: reading the first would drop the others; save each graph as a file of its own, or move their nodes into one graph</source>
        <translation>{count} 個の graph（{names}）を持っていますが、マップは一つの graph です：最初のものだけを読むと残りが失われます。graph ごとに別のファイルに保存するか、ノードを一つの graph にまとめてください</translation>
    </message>
    <message>
        <source>an integer of {count:,} digits is too large for a number (at most {max_integer_digits} digits)</source>
        <translation>{count:,} 桁の整数は数として大きすぎます（最大 {max_integer_digits} 桁）</translation>
    </message>
    <message>
        <source>the &lt;graph&gt;&apos;s edgedefault</source>
        <translation>&lt;graph&gt; の edgedefault</translation>
    </message>
    <message>
        <source>{value!r} is neither directed nor undirected</source>
        <translation>{value!r} は directed でも undirected でもありません</translation>
    </message>
    <message>
        <source>directed={value!r} is neither true nor false</source>
        <translation>directed={value!r} は true でも false でもありません</translation>
    </message>
    <message>
        <source>is declared twice for &lt;{domain}&gt; elements</source>
        <translation>&lt;{domain}&gt; 要素に対して二度宣言されています</translation>
    </message>
    <message>
        <source>is declared twice for every kind of element (for=&quot;all&quot;, or no for attribute): which of the two a value means cannot be told; give each key an id of its own</source>
        <translation>すべての種類の要素に対して（for=&quot;all&quot;、または for 属性なし）2 回宣言されています：値がどちらのキーのものか判断できません。キーにはそれぞれ別の id を付けてください</translation>
    </message>
    <message>
        <source>is declared twice with for={domain} (which names no kind of element; GraphML&apos;s are node, edge, graph and all): which of the two a value means cannot be told; give each key an id of its own</source>
        <translation>for={domain}（どの種類の要素も指していません。GraphML で使えるのは node、edge、graph、all です）で 2 回宣言されています：値がどちらのキーのものか判断できません。キーにはそれぞれ別の id を付けてください</translation>
    </message>
    <message>
        <source>key {key!r}</source>
        <translation>キー {key!r}</translation>
    </message>
    <message>
        <source>{count} node{s} holding other nodes (a yEd group, a GEXF node with nodes inside) became the group of the nodes inside, not nodes of the map</source>
        <translation>ほかのノードを含むノード {count} 個（yEd のグループや、中にノードを持つ GEXF のノード）は、中のノードのグループになりました。マップのノードにはなりません</translation>
    </message>
    <message>
        <source>{undirected} undirected edge{s} became an edge each way</source>
        <translation>無向のエッジ {undirected} 本をそれぞれ双方向のエッジにしました</translation>
    </message>
    <message>
        <source>{undirected} undirected edge{s} were read one way, from the first node the file names to the second</source>
        <translation>無向のエッジ {undirected} 本を、ファイルが先に挙げたノードから後のノードへの一方向として読みました</translation>
    </message>
    <message>
        <source>skipped {loops} self-loop{s}, an edge from a node to itself: {nodes}</source>
        <translation>自己ループ {loops} 個（ノードから自分自身へのエッジ）を飛ばしました：{nodes}</translation>
    </message>
    <message>
        <source>{count} node{s} named by edges had no &lt;node&gt; element and were added: {i}{implicit2}</source>
        <translation>エッジが指すノード {count} 個に &lt;node&gt; 要素がなかったため追加しました：{i}{implicit2}</translation>
    </message>
    <message>
        <source>read {count} attribute{s} that no &lt;key&gt; element declares, or declares with a type GraphML does not define, as text: {keys}</source>
        <translation>&lt;key&gt; 要素で宣言されていない、または GraphML が定めていない型で宣言された属性 {count} 個をテキストとして読みました：{keys}</translation>
    </message>
    <message>
        <source>left out {count} hyperedge{s} (a &lt;hyperedge&gt; joins several nodes at once; the first joins {first}): an edge of a map runs from one node to another, so draw the influences a hyperedge stands for as edges between its nodes</source>
        <translation>ハイパーエッジ {count} 本を読み込みませんでした（&lt;hyperedge&gt; はいくつものノードを一度に結びます。最初のものが結ぶのは {first}）：マップのエッジはあるノードから別のノードへ向かうものなので、ハイパーエッジが表す影響は、そのノードの間のエッジとして描いてください</translation>
    </message>
</context>
<context>
    <name>graphology</name>
    <message>
        <source>not a graphology graph: Windtunnel reads JSON with a list of &quot;nodes&quot; (each with its &quot;key&quot;) and a list of &quot;edges&quot; (each with its &quot;source&quot; and &quot;target&quot;), as graphology and sigma.js export a graph</source>
        <translation>graphology のグラフではありません：Windtunnel が読むのは、graphology や sigma.js がグラフを書き出すときのように、&quot;nodes&quot; のリスト（それぞれ &quot;key&quot; を持つ）と &quot;edges&quot; のリスト（それぞれ &quot;source&quot; と &quot;target&quot; を持つ）を持つ JSON です</translation>
    </message>
    <message>
        <source>is listed twice (nodes {first} and {second}); each node needs a key of its own</source>
        <translation>2 回挙げられています（{first} 番目と {second} 番目のノード）。ノードにはそれぞれ別のキーが必要です</translation>
    </message>
    <message>
        <source>is {value}, which is not a graphology graph type (mixed, directed or undirected)</source>
        <translation>{value} で、graphology のグラフの型（mixed、directed、undirected のいずれか）ではありません</translation>
    </message>
    <message>
        <source>&quot;undirected&quot; is {value}, not JSON&apos;s true or false</source>
        <translation>&quot;undirected&quot; が {value} で、JSON の true でも false でもありません</translation>
    </message>
    <message>
        <source>is not an object with a &quot;key&quot;</source>
        <translation>&quot;key&quot; を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>has no &quot;key&quot;: graphology names every node by its key</source>
        <translation>&quot;key&quot; がありません：graphology はどのノードもキーで名指しします</translation>
    </message>
    <message>
        <source>is not an object with a &quot;source&quot; and a &quot;target&quot;</source>
        <translation>&quot;source&quot; と &quot;target&quot; を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>has no {end!r}: an edge names the nodes it joins by their keys</source>
        <translation>{end!r} がありません：エッジはつなぐノードをキーで名指しします</translation>
    </message>
    <message>
        <source>{end!r} names {name!r}, which is the key of no node of the file</source>
        <translation>{end!r} が指す {name!r} は、ファイルのどのノードのキーでもありません</translation>
    </message>
    <message>
        <source>node {number} (nodes[{index}])</source>
        <translation>{number} 番目のノード（nodes[{index}]）</translation>
    </message>
    <message>
        <source>edge {number} (edges[{index}])</source>
        <translation>{number} 番目のエッジ（edges[{index}]）</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Open the desktop app.</source>
        <translation>デスクトップアプリを開きます。</translation>
    </message>
    <message>
        <source>a model file (.wtm) to open</source>
        <translation>開くモデルファイル（.wtm）</translation>
    </message>
    <message>
        <source>check this installation: open the bundled model, run every scenario, export a workbook; exit 0 when all is well</source>
        <translation>このインストールを検査する：同梱モデルを開き、すべてのシナリオを実行し、ワークブックを書き出す。問題なければ終了コード 0</translation>
    </message>
    <message>
        <source>with --self-test: refuse and report any network access</source>
        <translation>--self-test と併用：ネットワークへのアクセスを拒否して報告する</translation>
    </message>
    <message>
        <source>{file}: no such file (and no command of that name: windtunnel --help lists them)</source>
        <translation>{file}: そのようなファイルはありません（その名前のコマンドもありません。windtunnel --help で一覧できます）</translation>
    </message>
    <message>
        <source>no display to open the app on (neither DISPLAY nor WAYLAND_DISPLAY is set); the commands work without one: windtunnel --help lists them</source>
        <translation>アプリを開くディスプレイがありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。コマンドはディスプレイなしで使えます。windtunnel --help で一覧できます</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>import a model from a workbook, CSV, matrix, Mental Modeler, GraphML, GEXF or expert ratings</source>
        <translation>ワークブック、CSV、行列、Mental Modeler、GraphML、GEXF、専門家評価からモデルをインポートする</translation>
    </message>
    <message>
        <source>Import a model from another format and save it as a .wtm model file. The format follows from the file&apos;s extension and content unless --format names it.</source>
        <translation>他の形式からモデルをインポートし、.wtm モデルファイルとして保存します。--format で指定しない限り、形式はファイルの拡張子と内容で決まります。</translation>
    </message>
    <message>
        <source>the file to import (.xlsx, .csv, .mmp, .graphml, .gexf, ...)</source>
        <translation>インポートするファイル（.xlsx、.csv、.mmp、.graphml、.gexf など）</translation>
    </message>
    <message>
        <source>the input format (default: from the extension and content)</source>
        <translation>入力形式（既定：拡張子と内容から）</translation>
    </message>
    <message>
        <source>a nodes table (CSV or workbook) to go with an edges table</source>
        <translation>エッジの表に添えるノードの表（CSV またはワークブック）</translation>
    </message>
    <message>
        <source>the model&apos;s title (default: from the file)</source>
        <translation>モデルのタイトル（既定：ファイルから）</translation>
    </message>
    <message>
        <source>undirected edges (GraphML, GEXF): make each an edge both ways (default), read it one way as written, or refuse the file</source>
        <translation>無向のエッジ（GraphML、GEXF）：それぞれ双方向にする（既定）、記載どおり一方向に読む、またはファイルを拒否する</translation>
    </message>
    <message>
        <source>weights outside [-1, 1]: auto (default) divides every weight by the largest when they are on another scale and refuses a few stray ones among weights within [-1, 1], naming their cells; rescale always divides, refuse refuses the file</source>
        <translation>[-1, 1] の範囲外の重み：auto（既定）は、重みが別の尺度ならすべてを最大値で割り、範囲内の重みの中に少数だけ外れたものがあればそのセルを示して拒否する。rescale は常に割り、refuse はファイルを拒否する</translation>
    </message>
    <message>
        <source>an edge listed more than once (the same From and To): add its weights (default, as Gephi does), take their mean, or refuse the file; a sum outside [-1, 1] is refused unless the file&apos;s weights are outside [-1, 1] anyway (a graph file&apos;s parallel edges told apart by a kind or a label are held at -1 or 1)</source>
        <translation>複数回記載されたエッジ（From と To が同じもの）：重みを足す（既定。Gephi と同じ）、平均を取る、またはファイルを拒否する。ファイルの重みがもともと [-1, 1] の範囲外でない限り、[-1, 1] を超える合計は拒否されます（種類やラベルで区別されたグラフファイルの平行エッジは -1 または 1 に抑えます）</translation>
    </message>
    <message>
        <source>a name in the edges, not a node yet, close to another node&apos;s name (a likely typing slip): make it a node of its own, with a note naming both (default), or refuse the file at its cell</source>
        <translation>エッジにあってまだノードでない名前が、ほかのノードの名前に似ている場合（入力ミスの可能性が高い）：別のノードにして両方を注記で示す（既定）か、そのセルでファイルを拒否する</translation>
    </message>
    <message>
        <source>three rows of three numbers without a header (1,2,0.5), which read both as three edges and as a 3 x 3 matrix: read them as edges (From, To, Weight) or as a matrix; auto (default) refuses such a file, naming both</source>
        <translation>見出しのない 3 つの数値が 3 行（1,2,0.5）あり、3 本のエッジとしても 3 x 3 の行列としても読めるファイル：エッジ（From、To、Weight）として読むか、行列として読むか。auto（既定）はそのようなファイルを、両方の読み方を示して拒否します</translation>
    </message>
    <message>
        <source>a workbook with no sheet named Nodes or Elements and several sheets whose Label column lists the nodes the edges join: the one to read as the nodes (default: the one such sheet; several are refused, named)</source>
        <translation>Nodes や Elements という名前のシートがなく、Label 列がエッジの結ぶノードを並べるシートが複数あるワークブック：ノードとして読むシート（既定：そうしたシートが一つならそれを読み、複数なら名前を挙げて拒否します）</translation>
    </message>
    <message>
        <source>a workbook with one matrix or rating sheet per participant: keep every sheet as a participant (default: keep), import only their aggregate, or only the named sheet</source>
        <translation>参加者ごとに行列または評価のシートを持つワークブック：すべてのシートを参加者として残す（既定：keep）、集約だけをインポートする、または指定したシートだけをインポートする</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注記：{note}</translation>
    </message>
    <message>
        <source>imported {file} ({format}) → {output}</source>
        <translation>{file}（{format}）をインポートしました → {output}</translation>
    </message>
</context>
<context>
    <name>import choices</name>
    <message>
        <source>both</source>
        <translation>両方向</translation>
    </message>
    <message>
        <source>as-written</source>
        <translation>書かれた向きのみ</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>rescale</source>
        <translation>尺度を変換</translation>
    </message>
    <message>
        <source>add</source>
        <translation>重みを合計</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>重みの平均</translation>
    </message>
    <message>
        <source>create</source>
        <translation>それぞれ別のノード</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>各シートを参加者に</translation>
    </message>
    <message>
        <source>aggregate</source>
        <translation>集約のみ</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>エッジの一覧</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>行列</translation>
    </message>
</context>
<context>
    <name>importing</name>
    <message>
        <source>{undirected!r} is not one of {undirected_choices}</source>
        <translation>{undirected!r} は {undirected_choices} のいずれでもありません</translation>
    </message>
    <message>
        <source>{out_of_range!r} is not one of {out_of_range_choices}</source>
        <translation>{out_of_range!r} は {out_of_range_choices} のいずれでもありません</translation>
    </message>
    <message>
        <source>{repeated!r} is not one of {repeated_choices}</source>
        <translation>{repeated!r} は {repeated_choices} のいずれでもありません</translation>
    </message>
    <message>
        <source>{near_names!r} is not one of {near_names_choices}</source>
        <translation>{near_names!r} は {near_names_choices} のいずれでもありません</translation>
    </message>
    <message>
        <source>must be &apos;keep&apos;, &apos;aggregate&apos; or a sheet name</source>
        <translation>&apos;keep&apos;、&apos;aggregate&apos;、またはシート名でなければなりません</translation>
    </message>
    <message>
        <source>weights range up to {largest:g}, outside [-1, 1]</source>
        <translation>重みが最大 {largest:g} で、[-1, 1] の範囲外です</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1], where the other weights are: a typing slip? correct it; if the weights are on another scale, {rescale}</source>
        <translation>{weight:g} は [-1, 1] の範囲外ですが、ほかの重みは範囲内です。入力ミスでしょうか。直してください。重みが別の尺度なら、{rescale}</translation>
    </message>
    <message>
        <source>{headerless!r} is not one of {headerless_choices}</source>
        <translation>{headerless!r} は {headerless_choices} のどれでもありません</translation>
    </message>
    <message>
        <source>must be &apos;auto&apos; or a sheet name</source>
        <translation>&apos;auto&apos; かシート名でなければなりません</translation>
    </message>
    <message>
        <source>rows of numbers without a header</source>
        <translation>見出しのない数値の行</translation>
    </message>
    <message>
        <source>the sheet of nodes</source>
        <translation>ノードのシート</translation>
    </message>
    <message>
        <source>weights range up to {largest:g}, outside [-1, 1]; rescale them first or {rescale}</source>
        <translation>重みが最大 {largest:g} で、[-1, 1] の範囲外です。先に尺度を直すか、{rescale}</translation>
    </message>
    <message>
        <source>weights ranged up to {largest:g}: all were divided by {largest:g} to fit [-1, 1] (strongest edge = 1)</source>
        <translation>重みが最大 {largest:g} でした：[-1, 1] に収めるため、すべてを {largest:g} で割りました（最も強いエッジ = 1）</translation>
    </message>
    <message>
        <source>import the file again and choose “Rescale” when Windtunnel asks about these weights</source>
        <translation>ファイルをもう一度インポートし、これらの重みについて Windtunnel が尋ねたときに「再スケール」を選んでください</translation>
    </message>
    <message>
        <source>import with --weights rescale</source>
        <translation>--weights rescale を付けてインポートしてください</translation>
    </message>
    <message>
        <source>1 weight is outside [-1, 1] where the others are within it, which looks like a typing slip: {shown}</source>
        <translation>ほかの重みは [-1, 1] の範囲内なのに、1 個の重みが範囲外です。入力ミスに見えます：{shown}</translation>
    </message>
    <message>
        <source>{strays} weights are outside [-1, 1] where the others are within it, which looks like typing slips: {shown}</source>
        <translation>ほかの重みは [-1, 1] の範囲内なのに、{strays} 個の重みが範囲外です。入力ミスに見えます：{shown}</translation>
    </message>
    <message>
        <source>{weight:g} is outside the range {range} that the column&apos;s header {header} states; correct the weight or the header</source>
        <translation>{weight:g} は列見出し {header} が示す範囲 {range} の外にあります。重みか列見出しを直してください</translation>
    </message>
    <message>
        <source>the column&apos;s header {header} states the range {range}: every weight was divided by {scale:g}, so a weight of {scale:g} became 1</source>
        <translation>列見出し {header} が範囲 {range} を示しています：すべての重みを {scale:g} で割り、重み {scale:g} を 1 にしました</translation>
    </message>
    <message>
        <source>{weight:g} is more than {ratio:,} times any other weight (the next largest is {next:g}): divided by it, every other weight would be nearly 0; correct it, or rescale the weights yourself</source>
        <translation>{weight:g} は他のどの重みの {ratio:,} 倍よりも大きい値です（次に大きいのは {next:g}）：これで割ると他の重みはすべてほぼ 0 になります。この値を直すか、重みをご自分で換算してください</translation>
    </message>
    <message>
        <source>{weight:g} is more than {ratio:,} times the smallest weight ({smallest:g}): divided by it, the smallest would be too small to show in any result; rescale the weights yourself (a logarithm keeps such counts apart)</source>
        <translation>{weight:g} は最小の重み（{smallest:g}）の {ratio:,} 倍よりも大きい値です：これで割ると最小の重みはどの結果にも現れないほど小さくなります。重みをご自分で換算してください（対数を取るとこうした件数の差が保たれます）</translation>
    </message>
    <message>
        <source>Imported from {source} ({format})</source>
        <translation>{source}（{format}）からインポートしました</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>何も変更しませんでした</translation>
    </message>
    <message>
        <source>{choice}: {value}</source>
        <translation>{choice}: {value}</translation>
    </message>
    <message>
        <source>undirected edges</source>
        <translation>無向のエッジ</translation>
    </message>
    <message>
        <source>weights outside [-1, 1]</source>
        <translation>[-1, 1] の範囲外の重み</translation>
    </message>
    <message>
        <source>repeated edges</source>
        <translation>重複したエッジ</translation>
    </message>
    <message>
        <source>participant sheets</source>
        <translation>参加者のシート</translation>
    </message>
    <message>
        <source>names close to another</source>
        <translation>ほかと似た名前</translation>
    </message>
    <message>
        <source>{head}. {changes}.</source>
        <translation>{head}。{changes}。</translation>
    </message>
    <message>
        <source> Choices: {choices}.</source>
        <translation>選択：{choices}。</translation>
    </message>
</context>
<context>
    <name>incognitive</name>
    <message>
        <source>InCognitive&apos;s lag 1 is the next step: each delay is the lag minus 1</source>
        <translation>InCognitive のラグ 1 は次のステップです：各遅延はラグから 1 を引いた値です</translation>
    </message>
    <message>
        <source>{zero} edge{zero2} lag 0, read as delay 0</source>
        <translation>{zero} 本のエッジのラグが 0 で、遅延 0 として読みました</translation>
    </message>
    <message>
        <source>self-feedback weights are not kept: Windtunnel&apos;s inference rule sets each node&apos;s memory term</source>
        <translation>自己フィードバックの重みは保持しません：Windtunnel の推論規則が各ノードの記憶項を決めます</translation>
    </message>
</context>
<context>
    <name>interchange</name>
    <message>
        <source>sheets {names}</source>
        <translation>シート {names}</translation>
    </message>
    <message>
        <source>each holds an edge list (From and To columns), and none is named Edges; Windtunnel reads one and would drop the others&apos; rows: name the one to read Edges, or move the rows into one sheet (hidden sheets count too)</source>
        <translation>どれもエッジの一覧（From と To の列）で、Edges という名前のものがありません。Windtunnel は一つだけを読み、ほかの行を捨ててしまいます：読むシートの名前を Edges にするか、行を一つのシートにまとめてください（非表示のシートも数えます）</translation>
    </message>
    <message>
        <source>{name} files are not read: save the graph as GraphML or GEXF (Gephi, yEd, networkx and igraph write them) and import that</source>
        <translation>{name} のファイルは読めません：グラフを GraphML か GEXF で保存し（Gephi、yEd、networkx、igraph が書けます）、それをインポートしてください</translation>
    </message>
    <message>
        <source>EcoModeler files (.emp) are not read; Windtunnel reads Mental Modeler&apos;s .mmp files</source>
        <translation>EcoModeler のファイル（.emp）は読み込めません。Windtunnel が読み込めるのは Mental Modeler の .mmp ファイルです</translation>
    </message>
    <message>
        <source>old binary Excel files (.xls) are not supported; save the file as .xlsx</source>
        <translation>古いバイナリ形式の Excel ファイル（.xls）には対応していません。.xlsx で保存し直してください</translation>
    </message>
    <message>
        <source>{name} files are not read: save the spreadsheet as an Excel workbook (.xlsx) and import that</source>
        <translation>{name} ファイルは読み込めません。スプレッドシートを Excel ブック（.xlsx）として保存し、それをインポートしてください</translation>
    </message>
    <message>
        <source>{name} files are not read: in Cytoscape, export the network as GraphML (File &gt; Export &gt; Network to File) and import that</source>
        <translation>{name} ファイルは読み込めません。Cytoscape でネットワークを GraphML としてエクスポートし（File &gt; Export &gt; Network to File）、それをインポートしてください</translation>
    </message>
    <message>
        <source>cannot tell the format of a {suffix} file; name one with --format ({import_formats})</source>
        <translation>{suffix} ファイルの形式を判別できません。--format で指定してください（{import_formats}）</translation>
    </message>
    <message>
        <source>{fmt!r} is not one of {import_formats}</source>
        <translation>{fmt!r} は {import_formats} のいずれでもありません</translation>
    </message>
    <message>
        <source>titled {title!r} as the file names its map (rather than after the file&apos;s name)</source>
        <translation>ファイルが地図に付けている名前どおり、題を {title!r} にしました（ファイル名からではなく）</translation>
    </message>
    <message>
        <source>holds no nodes: there is nothing to import</source>
        <translation>ノードがひとつもありません：インポートするものがありません</translation>
    </message>
    <message>
        <source>holds no edges: every node came in unconnected, so a scenario moves its levers alone; a nodes table (as Gephi and Kumu export one beside their edges table) is read with its edges: put both in one workbook as sheets Nodes and Edges, or import the edges file with this one as its nodes file (windtunnel import EDGES --nodes NODES)</source>
        <translation>エッジがありません：どのノードもつながらずに読み込まれたため、シナリオはレバーしか動かしません。ノードの表（Gephi や Kumu がエッジの表と並べて書き出すもの）はエッジと一緒に読みます：両方を一つのブックのシート Nodes と Edges にするか、このファイルをノードのファイルとしてエッジのファイルをインポートしてください（windtunnel import EDGES --nodes NODES）</translation>
    </message>
    <message>
        <source>the folder holds no .csv files</source>
        <translation>フォルダーに .csv ファイルがありません</translation>
    </message>
    <message>
        <source>the output name is empty; nothing was written</source>
        <translation>出力名が空です。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{path}: an export is not a model file, so it is not written under a .wtm name; nothing was written (use .xlsx, .graphml, .csv or a folder name)</source>
        <translation>{path}: エクスポートはモデルファイルではないため、.wtm の名前では書き込みません。何も書き込んでいません（.xlsx、.graphml、.csv またはフォルダー名を使ってください）</translation>
    </message>
    <message>
        <source>{path}: its name ends in {suffix}, which names the {named} format, not {fmt}; nothing was written (rename it, or leave --format out)</source>
        <translation>{path}：名前が {suffix} で終わっており、これは {fmt} ではなく {named} の形式を表します。何も書き込んでいません（名前を変えるか、--format を外してください）</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link to {target}, which does not exist; CSV tables are written into a folder, so nothing was written</source>
        <translation>{path}: 存在しない {target} へのシンボリックリンクです。CSV の表はフォルダーに書き込むため、何も書き込んでいません</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a folder; CSV tables are written into a folder, so nothing was written (name a folder, or give a suffix such as .xlsx)</source>
        <translation>{path}: フォルダーではなく{kind}です。CSV の表はフォルダーに書き込むため、何も書き込んでいません（フォルダー名を指定するか、.xlsx などの拡張子を付けてください）</translation>
    </message>
    <message>
        <source>{path}: cannot create the folder ({strerror})</source>
        <translation>{path}: フォルダーを作れません（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: {fmt!r} is not an export format ({export_formats})</source>
        <translation>{path}: {fmt!r} は書き出し形式ではありません（{export_formats}）</translation>
    </message>
    <message>
        <source>{path}: cannot tell the export format from {suffix!r}; use .xlsx, .graphml, .csv (weight matrix) or a folder name (CSV tables)</source>
        <translation>{path}: {suffix!r} から書き出し形式を判別できません。.xlsx、.graphml、.csv（重み行列）、またはフォルダー名（CSV の表）を使ってください</translation>
    </message>
    <message>
        <source>not read: {sheets}, marked “(ignore)” in the name, Kumu&apos;s mark for a sheet that stays in the workbook but is not imported</source>
        <translation>読み込まなかったシート：{sheets}。名前に「(ignore)」があります。これは、ブックに残しておくがインポートしないシートを示す Kumu の印です</translation>
    </message>
    <message>
        <source>every sheet is marked “(ignore)” in its name ({sheets}), so there is nothing to import: take the mark out of the names of the sheets to read</source>
        <translation>すべてのシートの名前に「(ignore)」の印があるため（{sheets}）、インポートするものがありません：読み込むシートの名前から印を外してください</translation>
    </message>
</context>
<context>
    <name>json</name>
    <message>
        <source>Expecting value</source>
        <translation>ここには値が必要です</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>二重引用符で囲んだプロパティ名が必要です</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>区切りの「,」が必要です</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>区切りの「：」が必要です</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>末尾に余分なデータがあります</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>不正な制御文字があります</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>不正なエスケープ（\）があります</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>不正な \uXXXX エスケープがあります</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>オブジェクトの終わりの前に余分なカンマがあります</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>配列の終わりの前に余分なカンマがあります</translation>
    </message>
    <message>
        <source>the file ends early: it looks cut off (by an interrupted copy, download or save?) and cannot be read whole</source>
        <translation>ファイルが途中で終わっています。途中で切れているようです（コピー、ダウンロード、保存が中断されたのでしょうか）。全体を読み込めません</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object; which value is meant cannot be told: remove or rename one</source>
        <translation>キー {key} が一つのオブジェクトに二度現れます。どちらの値が意図されたものか判断できません。どちらかを削除するか名前を変えてください</translation>
    </message>
</context>
<context>
    <name>json_rows</name>
    <message>
        <source>not a list of edges: Windtunnel reads a JSON list of objects, each with its &quot;source&quot; and &quot;target&quot;</source>
        <translation>エッジのリストではありません：Windtunnel が読むのは、それぞれに &quot;source&quot; と &quot;target&quot; を持つオブジェクトの JSON リストです</translation>
    </message>
    <message>
        <source>is not an object with a &quot;source&quot; and a &quot;target&quot;</source>
        <translation>&quot;source&quot; と &quot;target&quot; を持つオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>jsontext</name>
    <message>
        <source>the file starts with a UTF-16 byte-order mark but is not valid UTF-16 text</source>
        <translation>ファイルは UTF-16 のバイト順マークで始まっていますが、正しい UTF-16 テキストではありません</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>ファイルは UTF-8 テキストではありません</translation>
    </message>
    <message>
        <source>not valid JSON ({msg})</source>
        <translation>有効な JSON ではありません（{msg}）</translation>
    </message>
    <message>
        <source>not valid JSON (nested too deeply)</source>
        <translation>有効な JSON ではありません（入れ子が深すぎます）</translation>
    </message>
</context>
<context>
    <name>kumu</name>
    <message>
        <source>a second element with id {key!r}: each element needs an id of its own</source>
        <translation>id が {key!r} の 2 つ目の element です：element にはそれぞれ固有の id が必要です</translation>
    </message>
    <message>
        <source>has no {end!r}: a connection names the elements it joins</source>
        <translation>{end!r} がありません：接続はつなぐ要素を名指しします</translation>
    </message>
    <message>
        <source>{end!r} names {name!r}, the label of {count} elements ({nodes}): which one the connection joins is not the importer&apos;s to guess; give the elements ids and name the one meant by its id</source>
        <translation>{end!r} が指す {name!r} は {count} 個の要素のラベルです（{nodes}）：接続がどれをつなぐかをインポートが推測することはしません。要素に id を付け、その id で名指ししてください</translation>
    </message>
    <message>
        <source>{direction!r} is not a direction Windtunnel reads: directed, undirected or mutual</source>
        <translation>{direction!r} は Windtunnel が読める向きではありません：directed、undirected、mutual のいずれかです</translation>
    </message>
    <message>
        <source>its {flag!r} flag: {problem}</source>
        <translation>フラグ {flag!r}：{problem}</translation>
    </message>
    <message>
        <source>a Kumu project backup (Export to JSON) is not read: it holds every map and view of the project and its trash, and does not say which elements are on the map you mean; in Kumu, open that map, choose Export to XLSX with nothing selected, and import the workbook</source>
        <translation>Kumu のプロジェクトのバックアップ（Export to JSON）は読み込みません：プロジェクトのすべてのマップとビュー、それにごみ箱を含み、目的のマップにどの element があるかを示さないためです。Kumu でそのマップを開き、何も選択せずに Export to XLSX を選んで、そのワークブックをインポートしてください</translation>
    </message>
    <message>
        <source>not a Kumu blueprint: Windtunnel reads JSON with a list of &quot;elements&quot; and a list of &quot;connections&quot;</source>
        <translation>Kumu の blueprint ではありません：Windtunnel が読むのは &quot;elements&quot; のリストと &quot;connections&quot; のリストを持つ JSON です</translation>
    </message>
    <message>
        <source>is not an object of fields</source>
        <translation>フィールドのオブジェクトではありません</translation>
    </message>
    <message>
        <source>element {number} (elements[{index}])</source>
        <translation>{number} 番目の要素（elements[{index}]）</translation>
    </message>
    <message>
        <source>connection {number} (connections[{index}])</source>
        <translation>{number} 番目の接続（connections[{index}]）</translation>
    </message>
    <message>
        <source>{count} connection{s} marked reversed (Kumu&apos;s reverse direction) became an edge from its &apos;to&apos; element to its &apos;from&apos; element, the way its arrow points</source>
        <translation>逆向きの印が付いたコネクション {count} 件（Kumu の「向きを反転」）は、矢印の向きどおり、&apos;to&apos; の要素から &apos;from&apos; の要素へのエッジになりました</translation>
    </message>
    <message>
        <source>{count} connection{s} marked delayed (Kumu&apos;s delay marking, which gives no length) got a delay of {delay} step, the shortest: set a longer delay on the edges where the effect takes longer</source>
        <translation>遅延の印が付いたコネクション {count} 件（Kumu の遅延マーク。長さは示されません）に、最短の {delay} ステップの遅延を付けました。効果がもっと遅れて現れるエッジには、より長い遅延を設定してください</translation>
    </message>
    <message>
        <source>added {count} node{s} that only connections name, no element: {names}</source>
        <translation>要素にはなく接続だけが名指しするノード {count} 個を追加しました：{names}</translation>
    </message>
    <message>
        <source>did not read {count} Kumu loop{s}: a loop marks connections the map holds already</source>
        <translation>Kumu のループ {count} 個は読み込みませんでした：ループはマップにすでにある接続に印を付けるだけです</translation>
    </message>
</context>
<context>
    <name>label_lines</name>
    <message>
        <source>line breaks in {count:,} label(s) became spaces: a label is one line (descriptions keep their breaks)</source>
        <translation>{count:,} 件のラベルの改行を空白にしました。ラベルは 1 行です（説明の改行はそのまま残します）</translation>
    </message>
    <message>
        <source>{count:,} label(s) hold line breaks, kept as the file has them: the map shows such a label on one line, its breaks as spaces; edit it to make it one line everywhere</source>
        <translation>{count:,} 件のラベルに改行があり、ファイルのとおりに残しました。地図ではそうしたラベルを改行を空白にして 1 行で表示します。どこでも 1 行にするには、ラベルを編集してください</translation>
    </message>
</context>
<context>
    <name>lever_range</name>
    <message>
        <source>“{scenario}” sets “{lever}” to {value:g}</source>
        <translation>「{scenario}」は「{lever}」を {value:g} に設定</translation>
    </message>
    <message>
        <source>“{node}” starts at {value:g}</source>
        <translation>「{node}」は {value:g} から始まります</translation>
    </message>
    <message>
        <source>{count:,} more</source>
        <translation>ほか {count:,} 件</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
    <message>
        <source>{count:,} lever value(s) or initial level(s) are outside [{low:g}, {high:g}], the levels the {activation} activation gives a node, kept as the file has them: {named}. Set them within the range, or choose an activation whose levels include them</source>
        <translation>{count:,} 個のレバーの値または初期水準が、{activation} の活性化関数がノードに与える水準 [{low:g}, {high:g}] の外にあり、ファイルのとおりに保たれています：{named}。範囲内に設定するか、それらの値を含む水準を与える活性化関数を選んでください</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>{node} pulsed to {value} at {unit} {step}</source>
        <translation>{node} を {step} {unit}目に {value} へパルス</translation>
    </message>
    <message>
        <source>{node} held at {value} from {unit} {step}</source>
        <translation>{node} を {step} {unit}目から {value} に保持</translation>
    </message>
    <message>
        <source>{node} held at {value} from {unit} {step} to {end}</source>
        <translation>{node} を {step} {unit}目から {end} {unit}目まで {value} に保持</translation>
    </message>
    <message>
        <source>edge {source} → {target} weight {weight}</source>
        <translation>エッジ {source} → {target} 重み {weight}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>no levers set</source>
        <translation>レバーは未設定</translation>
    </message>
</context>
<context>
    <name>live</name>
    <message>
        <source>{new!r} is not a number in [-1, 1]</source>
        <translation>{new!r} は [-1, 1] の数ではありません</translation>
    </message>
</context>
<context>
    <name>locations</name>
    <message>
        <source>byte {byte}</source>
        <translation>{byte} バイト目</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>{line} 行目、{column} 列目</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>line {line}, byte {byte}</source>
        <translation>{line} 行目、{byte} バイト目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>sheet {place}</source>
        <translation>シート {place}</translation>
    </message>
    <message>
        <source>{row} (from line {line})</source>
        <translation>{row}（ファイルの {line} 行目から）</translation>
    </message>
    <message>
        <source>row {row} (starting on line {line})</source>
        <translation>{row} 行目（ファイルの {line} 行目から）</translation>
    </message>
    <message>
        <source>file {place}</source>
        <translation>ファイル {place}</translation>
    </message>
    <message>
        <source>row {place}</source>
        <translation>{place} 行目</translation>
    </message>
    <message>
        <source>line {place}</source>
        <translation>{place} 行目</translation>
    </message>
    <message>
        <source>pair {place}</source>
        <translation>{place} 組目</translation>
    </message>
    <message>
        <source>entry {place}</source>
        <translation>項目 {place}</translation>
    </message>
    <message>
        <source>column {place}</source>
        <translation>列 {place}</translation>
    </message>
    <message>
        <source>node {place}</source>
        <translation>ノード {place}</translation>
    </message>
    <message>
        <source>edge {place}</source>
        <translation>エッジ {place}</translation>
    </message>
    <message>
        <source>attribute {place}</source>
        <translation>属性 {place}</translation>
    </message>
    <message>
        <source>sheets {place}</source>
        <translation>シート {place}</translation>
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
        <translation>{name!r} の {position} 文字目はキリル文字の {letter!r} で、ラテン文字の {latin!r} と見分けがつきません</translation>
    </message>
    <message>
        <source>letter {position} of {name!r} is the Greek {letter!r}, which looks like the Latin {latin!r}</source>
        <translation>{name!r} の {position} 文字目はギリシャ文字の {letter!r} で、ラテン文字の {latin!r} と見分けがつきません</translation>
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
        <translation>モデルのフィードバックループを一覧する</translation>
    </message>
    <message>
        <source>List the feedback loops of a model with their polarity, length and gain, strongest first.</source>
        <translation>モデルのフィードバックループを極性、長さ、ゲインとともに、強い順に一覧します。</translation>
    </message>
    <message>
        <source>longest loop searched, in nodes (default 12)</source>
        <translation>探索する最長のループ、ノード数で（既定 12）</translation>
    </message>
    <message>
        <source>stop after this many loops (default 10000)</source>
        <translation>この数のループを見つけたら止める（既定 10000）</translation>
    </message>
    <message>
        <source>loops printed (default 50)</source>
        <translation>表示するループの数（既定 50）</translation>
    </message>
    <message>
        <source>stop the loop search after this many seconds (and say so)</source>
        <translation>ループ探索をこの秒数で止める（そのことを表示する）</translation>
    </message>
    <message>
        <source>show the dominant loop per node over time in --scenario</source>
        <translation>--scenario でのノードごとの支配的なループを時間とともに示す</translation>
    </message>
    <message>
        <source>the scenario for --over-time (id or label)</source>
        <translation>--over-time のシナリオ（id またはラベル）</translation>
    </message>
    <message>
        <source>a node for --over-time, by id or label (repeatable; default: the objectives&apos; nodes)</source>
        <translation>--over-time のノード、ID またはラベルで指定（繰り返し可。既定：目標のノード）</translation>
    </message>
    <message>
        <source>--{option}: must be at least 1</source>
        <translation>--{option}：1 以上にしてください</translation>
    </message>
    <message>
        <source>--time-budget: must be a number of seconds above 0</source>
        <translation>--time-budget：0 より大きい秒数にしてください</translation>
    </message>
    <message>
        <source>--over-time needs --scenario</source>
        <translation>--over-time には --scenario が必要です</translation>
    </message>
    <message>
        <source>loops</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>{file}: {count} feedback loop{s} ({reinforcing} reinforcing, {reinforcing2} balancing); {note}</source>
        <translation>{file}: フィードバックループ {count} 個（強化 {reinforcing}、バランス {reinforcing2}）。{note}</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>極性</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>members</source>
        <translation>構成ノード</translation>
    </message>
    <message>
        <source>  ... and {top} more (--top to list more)</source>
        <translation>  …… ほか {top} 個（さらに一覧するには --top）</translation>
    </message>
    <message>
        <source>dominant loop over time in scenario {id} ({label}); share = the loop&apos;s part of the loops&apos; absolute scores:</source>
        <translation>シナリオ {id}（{label}）で時間とともに支配的なループ。割合 = ループのスコアの絶対値の合計に占めるそのループの部分：</translation>
    </message>
    <message>
        <source>{unit}s {first}-{last}</source>
        <translation>{first}～{last} {unit}目</translation>
    </message>
    <message>
        <source>{unit} {first}</source>
        <translation>{first} {unit}目</translation>
    </message>
    <message>
        <source>no loop carries a change</source>
        <translation>変化を運ぶループはありません</translation>
    </message>
    <message>
        <source>(up to {share})</source>
        <translation>（最大 {share}）</translation>
    </message>
</context>
<context>
    <name>map_notes</name>
    <message>
        <source>{count} more maps have a note like those above: {maps}</source>
        <translation>ほかに {count} 枚のマップに上と同様の注記があります：{maps}</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <source>{count} cell{s} held NA (R&apos;s missing value): read as no influence</source>
        <translation>{count} 個のセルが NA（R の欠損値）でした：影響なしとして読みました</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names})</source>
        <translation>参加者のシート {count} 枚（{names}）</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names}): imported only sheet {name!r}, as asked</source>
        <translation>参加者のシート {count} 枚（{names}）：指定どおりシート {name!r} だけをインポートしました</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s: the sheets {names} hold the bounds of one map&apos;s weights, cell by cell, so each names the same nodes in the same order</source>
        <translation>ノードのラベルがシート {first_name!r} と異なります：シート {names} は一つのマップの重みの範囲をセルごとに持つため、どのシートも同じノードを同じ順に並べます</translation>
    </message>
    <message>
        <source>each edge&apos;s weight is its mode</source>
        <translation>各エッジの重みはその最頻値（三角形の頂点）</translation>
    </message>
    <message>
        <source>each edge&apos;s weight is the midpoint of its bounds</source>
        <translation>各エッジの重みは下限と上限の中点</translation>
    </message>
    <message>
        <source>sheets {names} hold the lower and upper bounds of each weight, cell by cell: {rule}, its range lower to upper</source>
        <translation>シート {names} は各重みの下限と上限をセルごとに持ちます：{rule}、その範囲は下限から上限です</translation>
    </message>
    <message>
        <source>no participant sheet called {name!r} (sheets: {names})</source>
        <translation>{name!r} という参加者のシートはありません（シート：{names}）</translation>
    </message>
    <message>
        <source>{names}, ... ({count} in all)</source>
        <translation>{names}、…（全 {count} 枚）</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s; import the file again and choose one sheet when Windtunnel asks about the participant sheets</source>
        <translation>ノードのラベルがシート {first_name!r} のものと異なります。ファイルをもう一度インポートし、参加者のシートについて Windtunnel が尋ねたときにシートを一枚選んでください</translation>
    </message>
    <message>
        <source>its node labels differ from sheet {first_name!r}&apos;s; import one sheet with --participants SHEET</source>
        <translation>ノードのラベルがシート {first_name!r} のものと異なります。--participants SHEET で一枚だけインポートしてください</translation>
    </message>
    <message>
        <source>each sheet is a participant of the model</source>
        <translation>各シートはモデルの参加者です</translation>
    </message>
    <message>
        <source>the sheets were not kept as participants (import the file again and choose “Every sheet as a participant” when Windtunnel asks about the sheets)</source>
        <translation>シートは参加者として残していません（ファイルをもう一度インポートし、シートについて Windtunnel が尋ねたときに「各シートを参加者にする」を選んでください）</translation>
    </message>
    <message>
        <source>the sheets were not kept as participants (import with --participants keep)</source>
        <translation>シートは参加者として残していません（--participants keep でインポートしてください）</translation>
    </message>
    <message>
        <source>{count} participant sheets ({names}): the weights are their mean (an edge a participant did not draw counts as 0); {kept}</source>
        <translation>参加者のシート {count} 枚（{names}）：重みはその平均です（参加者が描かなかったエッジは 0 と数える）。{kept}</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1]</source>
        <translation>{weight:g} は [-1, 1] の範囲外です</translation>
    </message>
    <message>
        <source>{weight:g} is outside [-1, 1] (to divide every weight by the largest, {rescale})</source>
        <translation>{weight:g} は [-1, 1] の範囲外です（すべての重みを最大値で割るには、{rescale}）</translation>
    </message>
    <message>
        <source>skipped {diagonal} self-influence{s} on the diagonal</source>
        <translation>対角線上の自己への影響 {diagonal} 個を飛ばしました</translation>
    </message>
    <message>
        <source>the {count:,} x {count2:,} matrix has {filled:,} filled cells (edges); an import makes at most {edges:,} edges</source>
        <translation>{count:,} x {count2:,} の行列に値のあるセル（エッジ）が {filled:,} 個あります。一度のインポートで作れるエッジは最大 {edges:,} 本です</translation>
    </message>
    <message>
        <source>the matrix has labels across the top only: row {first} was read as the first node&apos;s influences, each row after it as the next node&apos;s</source>
        <translation>行列のラベルは上端だけにあります：行 {first} を最初のノードの影響として、以降の各行を次のノードの影響として読みました</translation>
    </message>
    <message>
        <source>the row is blank: read as the row of {label!r}, whose place it is below the labels across the top (a node that influences none)</source>
        <translation>この行は空です：上端のラベルの順でこの位置にある {label!r} の行として読みました（どのノードにも影響しないノード）</translation>
    </message>
    <message>
        <source>the matrix has no labels: its {count} nodes were named C1, C2, ... in row order</source>
        <translation>行列にラベルがありません：{count} 個のノードを行の順に C1、C2、… と名付けました</translation>
    </message>
    <message>
        <source>a node&apos;s row and column have a blank label: it was named {unnamed!r}</source>
        <translation>あるノードの行と列のラベルが空です：{unnamed!r} と名付けました</translation>
    </message>
    <message>
        <source>left out {count:,} edge{s} of weight 0, which a matrix cannot tell from no edge: {edges} (export a workbook or CSV tables to keep every edge)</source>
        <translation>重み 0 のエッジ {count:,} 本を省きました（行列ではエッジなしと区別できません）：{edges}（すべてのエッジを残すには、ワークブックか CSV の表に書き出してください）</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but no row is labelled {label!r}: add that row (zeros where it influences nothing) or remove the column</source>
        <translation>列 {column} には数値がありますが、{label!r} というラベルの行がありません：その行を追加する（影響しないところは 0）か、列を削除してください</translation>
    </message>
    <message>
        <source>labels across the top name {count} nodes, but below them are {rows} rows of numbers and a blank row at row {blank}, {missing} short: without labels down the side, each node&apos;s row is in the order of the labels (a blank row for a node that influences none); write the missing rows, or the labels down column A too</source>
        <translation>上端のラベルは {count} 個のノードを示していますが、その下には数値の行が {rows} 行と行 {blank} の空行しかなく、{missing} 行足りません：左端にラベルがないときは、各ノードの行はラベルの順に並びます（どのノードにも影響しないノードは空行）。足りない行を書くか、A 列にもラベルを書いてください</translation>
    </message>
    <message>
        <source>labels across the top name {count} nodes, but below them are {rows} rows of numbers, {missing} short: without labels down the side, each node&apos;s row is in the order of the labels, so the last node&apos;s row must be written (its zeros, if it influences none); write the missing row, or the labels down column A too</source>
        <translation>上端のラベルは {count} 個のノードを示していますが、その下の数値の行は {rows} 行で、{missing} 行足りません：左端にラベルがないときは、各ノードの行はラベルの順に並ぶので、最後のノードの行も書く必要があります（どのノードにも影響しないなら 0 を並べます）。足りない行を書くか、A 列にもラベルを書いてください</translation>
    </message>
    <message>
        <source>labels across the top and a row of numbers for each, but this cell on the diagonal is not 0: a matrix without labels down the side (its nodes influencing themselves) or a table of states over {count} steps? To read it as a matrix, write the labels down column A too</source>
        <translation>上端にラベルがあり、それぞれに数値の行がありますが、対角線上のこのセルが 0 ではありません：左端にラベルのない行列（ノードが自分自身に影響する）なのか、{count} ステップの状態の表なのか、わかりません。行列として読むには、A 列にもラベルを書いてください</translation>
    </message>
    <message>
        <source>a blank label among the {where}</source>
        <translation>{where}に空のラベルがあります</translation>
    </message>
    <message>
        <source>the label {text!r} heads {count} columns ({columns}); each node has one column: rename or remove the others</source>
        <translation>ラベル {text!r} が {count} 列（{columns}）の見出しになっています。各ノードの列は一つです：他の列の名前を変えるか削除してください</translation>
    </message>
    <message>
        <source>the label {text!r} heads {count} rows ({rows}); each node has one row: rename or remove the others</source>
        <translation>ラベル {text!r} が {count} 行（{rows}）の見出しになっています。各ノードの行は一つです：他の行の名前を変えるか削除してください</translation>
    </message>
    <message>
        <source>is not a square matrix: {count} columns and {count2} rows; the row and column labels differ (rows only: {only_rows}; columns only: {only_columns})</source>
        <translation>正方行列ではありません：{count} 列 {count2} 行。行と列のラベルが異なります（行のみ：{only_rows}、列のみ：{only_columns}）</translation>
    </message>
    <message>
        <source>true/false column {names} became tags of the nodes marked true</source>
        <translation>true/false の列 {names} は、true と記されたノードのタグになりました</translation>
    </message>
    <message>
        <source>true/false columns {names} became tags of the nodes marked true</source>
        <translation>true/false の列 {names} は、true と記されたノードのタグになりました</translation>
    </message>
    <message>
        <source>column {names} (not a node) was not kept</source>
        <translation>列 {names}（ノードではありません）は保持しませんでした</translation>
    </message>
    <message>
        <source>columns {names} (not nodes) were not kept</source>
        <translation>列 {names}（ノードではありません）は保持しませんでした</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but no row is labelled {label!r}, and row {blank} is blank: write that row there, its label in column A (and zeros where it influences nothing), or remove the column</source>
        <translation>列 {column} には数値がありますが、{label!r} というラベルの行がなく、行 {blank} は空です：その行をそこに書く（A 列にラベル、どのノードにも影響しないところは 0）か、その列を削除してください</translation>
    </message>
    <message>
        <source>the corner cell is blank, and the numbers across the top ({labels}) are those down the side: they may be the labels of {count} nodes or the weights of a matrix without labels; write the map&apos;s title (or any word) in the corner cell to read them as labels, or 0 to read every cell as a weight</source>
        <translation>隅のセルが空で、上端の数値（{labels}）が左端の数値と同じです：{count} 個のノードのラベルとも、ラベルのない行列の重みとも読めます。ラベルとして読むには隅のセルにマップのタイトル（または任意の語）を書き、すべてのセルを重みとして読むには 0 を書いてください</translation>
    </message>
    <message>
        <source>column {column} holds numbers, but has no label in the first row: add the label of its node (and its row), or remove the cells</source>
        <translation>列 {column} には数値がありますが、最初の行にラベルがありません：そのノードのラベル（とその行）を追加するか、これらのセルを削除してください</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
    <message>
        <source>the row {label!r} is labelled as a total, but holds {value:g} where the nodes&apos; weights in this column add up to {total:g}: correct or remove the row (if {label!r} is a node, give it another label)</source>
        <translation>行 {label!r} は合計と名付けられていますが、この列のノードの重みの和は {total:g} なのに、ここには {value:g} があります：この行を直すか削除してください（{label!r} がノードなら、別のラベルを付けてください）</translation>
    </message>
    <message>
        <source>the column {label!r} is labelled as a total, but holds {value:g} where the node&apos;s weights in this row add up to {total:g}: correct or remove the column (if {label!r} is a node, give it another label)</source>
        <translation>列 {label!r} は合計と名付けられていますが、この行のノードの重みの和は {total:g} なのに、ここには {value:g} があります：この列を直すか削除してください（{label!r} がノードなら、別のラベルを付けてください）</translation>
    </message>
    <message>
        <source>left out as totals, not read as nodes, each labelled so and holding the sums of the nodes&apos; weights: {places}</source>
        <translation>合計と名付けられ、ノードの重みの和を持つので、ノードとしてではなく合計として除外しました：{places}</translation>
    </message>
    <message>
        <source>the total row and the total column meet here, and {value:g} is neither blank, 0 nor the sum of every weight ({total:g}): correct or clear the cell</source>
        <translation>合計の行と合計の列がここで交わりますが、{value:g} は空でも 0 でも、すべての重みの和（{total:g}）でもありません：このセルを直すか空にしてください</translation>
    </message>
</context>
<context>
    <name>mentalmodeler</name>
    <message>
        <source>not a Mental Modeler project (no list of concepts)</source>
        <translation>Mental Modeler のプロジェクトではありません（概念の一覧がありません）</translation>
    </message>
    <message>
        <source>not a Mental Modeler project (neither JSON nor XML)</source>
        <translation>Mental Modeler のプロジェクトではありません（JSON でも XML でもありません）</translation>
    </message>
    <message>
        <source>the XML root is &lt;{tag}&gt;, not &lt;mentalModeler&gt;</source>
        <translation>XML のルートが &lt;mentalModeler&gt; ではなく &lt;{tag}&gt; です</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>Concept {key}</source>
        <translation>概念 {key}</translation>
    </message>
    <message>
        <source>a second concept with id {key!r}</source>
        <translation>id {key!r} をもつ二つ目の概念</translation>
    </message>
    <message>
        <source>Units: {units}</source>
        <translation>単位：{units}</translation>
    </message>
    <message>
        <source>relationships is not a list</source>
        <translation>relationships がリストではありません</translation>
    </message>
    <message>
        <source>relationship {number} is not an object</source>
        <translation>関係 {number} がオブジェクトではありません</translation>
    </message>
    <message>
        <source>{concept}, relationship to {target!r}</source>
        <translation>{concept}、{target!r} への関係</translation>
    </message>
    <message>
        <source>influence {exc}</source>
        <translation>影響 {exc}</translation>
    </message>
    <message>
        <source>{blank} relationship{blank2} no influence value; imported with weight 0</source>
        <translation>影響の値がない関係 {blank} 件を重み 0 でインポートしました</translation>
    </message>
    <message>
        <source>read {count} influence(s) written with a stray &apos;&gt;&apos; after the value (&lt;![CDATA[0.95]]&gt;&gt;, as Mental Modeler&apos;s Flash version wrote some and read them back) as the value: {places}</source>
        <translation>値の後ろに余分な &apos;&gt;&apos; が付いた影響 {count} 件を、その値として読みました（&lt;![CDATA[0.95]]&gt;&gt; のように、Mental Modeler の Flash 版が書き、読み戻していたもの）：{places}</translation>
    </message>
    <message>
        <source>skipped {count} self-influence or dangling relationship{s}: {skipped2}</source>
        <translation>自己への影響または宙に浮いた関係 {count} 件を飛ばしました：{skipped2}</translation>
    </message>
    <message>
        <source>{count} preferred state{s} became objective{s}</source>
        <translation>望ましい状態 {count} 件を目標にしました</translation>
    </message>
    <message>
        <source>info, name</source>
        <translation>info、name</translation>
    </message>
    <message>
        <source>info, description</source>
        <translation>info、description</translation>
    </message>
    <message>
        <source>{label!r} (a relationship to it calls it {name!r})</source>
        <translation>{label!r}（この概念への関係では {name!r} と呼ばれています）</translation>
    </message>
    <message>
        <source>{count} concept{s} without a name, labelled by id: {names}</source>
        <translation>名前のない概念 {count} 件に ID でラベルを付けました：{names}</translation>
    </message>
    <message>
        <source>{count:,} characters, cut to the {limit:,} a model holds</source>
        <translation>{count:,} 文字を、モデルが保持できる {limit:,} 文字に切り詰めました</translation>
    </message>
    <message>
        <source>relationship {number}</source>
        <translation>関係 {number}</translation>
    </message>
    <message>
        <source>Scenario {number}</source>
        <translation>シナリオ {number}</translation>
    </message>
    <message>
        <source>clamp value {value:g} is outside [-1, 1]</source>
        <translation>固定値 {value:g} は [-1, 1] の範囲外です</translation>
    </message>
    <message>
        <source>From Mental Modeler: the concepts it clamped are held for the whole run.</source>
        <translation>Mental Modeler から：固定した概念を実行の間ずっと保ちます。</translation>
    </message>
    <message>
        <source>{count} scenario{s} became clamp scenarios (each clamped concept held at its value)</source>
        <translation>シナリオ {count} 件を固定シナリオにしました（固定された概念はそれぞれの値に保たれます）</translation>
    </message>
    <message>
        <source>skipped {count} scenario{s} with no concept clamped: {e}</source>
        <translation>どの概念も固定しないシナリオ {count} 件を飛ばしました：{e}</translation>
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
        <translation>シナリオ {label!r}、概念 {concept!r}</translation>
    </message>
    <message>
        <source>Increase {label}</source>
        <translation>{label} を増やす</translation>
    </message>
    <message>
        <source>Decrease {label}</source>
        <translation>{label} を減らす</translation>
    </message>
</context>
<context>
    <name>merged</name>
    <message>
        <source>{cell} is part of the merged cells {cells}; unmerge them and write a value in each</source>
        <translation>{cell} は結合されたセル {cells} の一部です。結合を解除し、各セルに値を書いてください</translation>
    </message>
    <message>
        <source>merged cells ({cells}): only the first cell of each holds its value, the others were read as empty; unmerge them and write a value in each</source>
        <translation>結合されたセル（{cells}）：値が入っているのはそれぞれ先頭のセルだけで、ほかのセルは空として読みました。セルの結合を解除し、各セルに値を書いてください</translation>
    </message>
</context>
<context>
    <name>montecarlo</name>
    <message>
        <source>{samples:,} samples of {n_nodes:,} nodes over {steps} steps need {need:.1f} GB; use at most {most:,} samples or fewer steps</source>
        <translation>{n_nodes:,} ノードで {steps} ステップの標本 {samples:,} 個には {need:.1f} GB 必要です。標本を最大 {most:,} 個にするか、ステップを減らしてください</translation>
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
        <translation>{items}、ほか同様のものが {count:,} 件</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items}、ほか {count} 件</translation>
    </message>
</context>
<context>
    <name>nodelink</name>
    <message>
        <source>not node-link JSON: Windtunnel reads JSON with a list of &quot;nodes&quot; and a list of &quot;links&quot; (each with its &quot;source&quot; and &quot;target&quot;), as networkx&apos;s node_link_data and D3&apos;s force layouts write a graph</source>
        <translation>ノードリンク形式の JSON ではありません：Windtunnel が読むのは、networkx の node_link_data や D3 のフォースレイアウトがグラフを書くときのように、&quot;nodes&quot; のリストと &quot;links&quot; のリスト（それぞれ &quot;source&quot; と &quot;target&quot; を持つ）を持つ JSON です</translation>
    </message>
    <message>
        <source>networkx&apos;s adjacency_data is not read: write the graph with networkx&apos;s node_link_data (or as GraphML) and import that</source>
        <translation>networkx の adjacency_data は読みません：networkx の node_link_data で（または GraphML として）グラフを書き出し、それをインポートしてください</translation>
    </message>
    <message>
        <source>has a list of &quot;nodes&quot; but no list of &quot;links&quot; (nor of &quot;edges&quot;): a node-link file lists its links, even none, as &quot;links&quot;: []</source>
        <translation>&quot;nodes&quot; のリストはありますが、&quot;links&quot;（または &quot;edges&quot;）のリストがありません：ノードリンク形式のファイルは、リンクが一つもなくても &quot;links&quot;: [] と書きます</translation>
    </message>
    <message>
        <source>holds both a list of &quot;links&quot; and a list of &quot;edges&quot;: keep the one that holds the graph&apos;s links</source>
        <translation>&quot;links&quot; のリストと &quot;edges&quot; のリストの両方があります：グラフのリンクを持つ方だけを残してください</translation>
    </message>
    <message>
        <source>has the id {key!r} of an earlier node; each node needs an id of its own</source>
        <translation>前のノードと同じ id {key!r} を持っています。ノードごとに別の id が必要です</translation>
    </message>
    <message>
        <source>is {value}, which says neither that the graph is directed nor that it is not: write true or false</source>
        <translation>は {value} で、グラフが有向かどうかを示していません：true か false を書いてください</translation>
    </message>
    <message>
        <source>is not an object with the node&apos;s fields</source>
        <translation>ノードの項目を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>has no &quot;id&quot;, where other nodes have theirs: links name nodes by their ids</source>
        <translation>ほかのノードにはある &quot;id&quot; がありません：リンクはノードを id で指します</translation>
    </message>
    <message>
        <source>{end!r} is {value}, which is not the place of a node: the file&apos;s nodes have no ids, so a link names a node by its place in the list, 0 to {last}</source>
        <translation>{end!r} が {value} で、どのノードの位置でもありません：このファイルのノードには id がないため、リンクはノードをリスト内の位置（0 から {last}）で指します</translation>
    </message>
    <message>
        <source>{end!r} is {value}, which is the id of no node of the file</source>
        <translation>{end!r} が {value} で、ファイルのどのノードの id でもありません</translation>
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
        <translation>ID 列も Label 列もありません：列見出しは {headers} です。Windtunnel が読むのは、ノードの表（ID 列か Label 列があり、見出しは {names}）、エッジの表（From 列と To 列があり、見出しは {ends}）、正方行列です。隣接リストは読みません</translation>
    </message>
    <message>
        <source>has neither an id nor a label</source>
        <translation>ID もラベルもありません</translation>
    </message>
    <message>
        <source>a restriction is always a lever (a policy the scenarios set), so the &quot;no&quot; of the restrictions in rows {rows} was not taken; make a node that is no lever a factor or an actor</source>
        <translation>規制は常にレバー（シナリオが設定する政策）なので、{rows} 行目の規制の「no」は採用しませんでした。レバーでないノードは要因かアクターにしてください</translation>
    </message>
    <message>
        <source>{count} node id{s} not valid in Windtunnel ({c}{changed2}): new ids were made from the labels, which keep the original text</source>
        <translation>ノード id {count} 個が有効な id ではありませんでした（{c}{changed2}）：ラベルから新しい id を作り、ラベルは元の文字のままです</translation>
    </message>
    <message>
        <source>node type {word!r} is not a Windtunnel kind; imported as a factor, the type kept as a tag</source>
        <translation>ノードの種類 {word!r} は Windtunnel の種類にありません。要因としてインポートし、元の種類をタグとして保持しました</translation>
    </message>
    <message>
        <source>cells holding several values separated by | (as Kumu writes them: {where}): the first value gave the node&apos;s kind, and every value was kept as a tag</source>
        <translation>| で区切られた複数の値を持つセル（Kumu の書き方：{where}）：最初の値をノードの種類とし、すべての値をタグとして保持しました</translation>
    </message>
    <message>
        <source>cells holding several values separated by | (as Kumu writes them: {where}): the first value gave the node&apos;s group, and every value was kept as a tag</source>
        <translation>| で区切られた複数の値を持つセル（Kumu の書き方：{where}）：最初の値をノードのグループとし、すべての値をタグとして保持しました</translation>
    </message>
    <message>
        <source>{name!r} names {count} nodes ({nodes}), whose labels differ at most by case; write the node&apos;s id, or its label exactly as its row writes it</source>
        <translation>{name!r} は {count} 個のノード（{nodes}）を指し、それらのラベルは大文字小文字しか違いません。ノードの ID か、その行が書くとおりのラベルを書いてください</translation>
    </message>
    <message>
        <source>{name!r} cannot name a new node: {problem}</source>
        <translation>{name!r} は新しいノードの名前にできません：{problem}</translation>
    </message>
    <message>
        <source>holds a partition (a community, as Gephi&apos;s modularity class): it became the nodes&apos; group, each value a group of its own</source>
        <translation>分割（Gephi のモジュラリティクラスのようなコミュニティ）を書いた列です：これをノードのグループにし、値ごとに一つのグループにしました</translation>
    </message>
    <message>
        <source>holds numbers, not column names ({cells}): the table starts with its data; add a first row naming its columns (From, To and Weight for a list of edges, ID and Label for a list of nodes)</source>
        <translation>列名ではなく数値が入っています（{cells}）：表がデータから始まっています。列名を書いた行を先頭に加えてください（エッジの一覧なら From、To、Weight、ノードの一覧なら ID と Label）</translation>
    </message>
    <message>
        <source>skipped 1 row repeating the id and label of a row above (row {rows}); the first row was kept</source>
        <translation>上の行の ID とラベルを繰り返す 1 行を飛ばしました（{rows} 行目）。最初の行を残しました</translation>
    </message>
    <message>
        <source>skipped {count} rows repeating the id and label of a row above (rows {rows}); the first row of each id was kept</source>
        <translation>上の行の ID とラベルを繰り返す {count} 行を飛ばしました（{rows} 行目）。各 ID の最初の行を残しました</translation>
    </message>
    <message>
        <source>repeats the id {id!r} of row {row} with another label ({label!r}, where row {row} says {first!r}): give each node its own id</source>
        <translation>{row} 行目の ID {id!r} を別のラベルで繰り返しています（{label!r}。{row} 行目は {first!r}）。ノードごとに別の ID を付けてください</translation>
    </message>
    <message>
        <source>{name!r} is not a node of the Nodes sheet (is it {near!r}?): correct the name, or add a row for it to the Nodes sheet</source>
        <translation>{name!r} は Nodes シートのノードではありません（{near!r} のことでしょうか）。名前を直すか、Nodes シートにその行を加えてください</translation>
    </message>
    <message>
        <source>{name!r} is not a node of the Nodes sheet: correct the name, or add a row for it to the Nodes sheet</source>
        <translation>{name!r} は Nodes シートのノードではありません。名前を直すか、Nodes シートにその行を加えてください</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node id writing the same whole number: {pairs}</source>
        <translation>エッジにある {count} 個の名前が、同じ整数を別の書き方で書いたノード id に対応しました：{pairs}</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node whose label differs only by case: {pairs}</source>
        <translation>エッジにある {count} 個の名前が、大文字小文字だけ違うラベルのノードに対応しました：{pairs}</translation>
    </message>
    <message>
        <source>{count} name{s} in the edges matched a node whose label differs only in {what}: {pairs}</source>
        <translation>エッジにある {count} 個の名前が、{what}だけ違うラベルのノードに対応しました：{pairs}</translation>
    </message>
    <message>
        <source>{name!r} as {label!r}</source>
        <translation>{name!r} を {label!r} として</translation>
    </message>
    <message>
        <source>{name!r} in the edges is the id of one node ({id_place}) and the label of another ({label_place}): the edges were joined to the node with that id; write {other!r} to mean the other</source>
        <translation>エッジの {name!r} は、あるノードの id（{id_place}）であり、別のノードのラベル（{label_place}）でもあります：エッジはその id のノードにつなぎました。もう一方のノードを指す場合は {other!r} と書いてください</translation>
    </message>
    <message>
        <source>{name!r} (the id at {id_place}; the label at {label_place}, whose id is {other!r})</source>
        <translation>{name!r}（{id_place} の id。{label_place} のラベルで、その id は {other!r}）</translation>
    </message>
    <message>
        <source>{count} names in the edges are the id of one node and the label of another: {pairs}; the edges were joined to the nodes with those ids; write the other node&apos;s id to mean it</source>
        <translation>エッジの {count} 個の名前は、あるノードの id であり、別のノードのラベルでもあります：{pairs}。エッジはそれらの id のノードにつなぎました。もう一方のノードを指す場合は、その id を書いてください</translation>
    </message>
    <message>
        <source>case</source>
        <translation>大文字小文字</translation>
    </message>
    <message>
        <source>letter width (full-width or normal-width)</source>
        <translation>文字の幅（全角か半角か）</translation>
    </message>
    <message>
        <source>how accents are written (as part of the letter or as a character of their own)</source>
        <translation>アクセントの書き方（文字と一体か、別の文字か）</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left}と{right}</translation>
    </message>
    <message>
        <source>holds the date {date}, which is not a node of the Nodes sheet: a spreadsheet turns a name typed as 3-5 or Jan 2 into a date; write the name again as text (with an apostrophe before it), or add a row for it to the Nodes sheet</source>
        <translation>日付 {date} が入っていますが、これは Nodes シートのノードではありません：表計算ソフトは 3-5 や Jan 2 のように入力された名前を日付に変えます。名前をテキストとして入力し直すか（先頭にアポストロフィを付けます）、Nodes シートにその行を加えてください</translation>
    </message>
</context>
<context>
    <name>nodexl</name>
    <message>
        <source>a NodeXL workbook: its Edges and Vertices tables were read from their second rows (the first holds NodeXL&apos;s bands of columns)</source>
        <translation>NodeXL のワークブックです：Edges と Vertices の表は 2 行目から読みました（1 行目は NodeXL の列のまとまりの見出しです）</translation>
    </message>
    <message>
        <source>a NodeXL workbook, its tables&apos; headers on their first rows (NodeXL&apos;s bands of columns deleted)</source>
        <translation>NodeXL のワークブックです。表の見出しは 1 行目にあります（NodeXL の列のまとまりの見出し行は削除されています）</translation>
    </message>
    <message>
        <source>the graph is undirected</source>
        <translation>グラフは無向です</translation>
    </message>
    <message>
        <source>the graph is directed</source>
        <translation>グラフは有向です</translation>
    </message>
    <message>
        <source>it does not say whether the graph is directed: read as directed</source>
        <translation>グラフが有向かどうかが書かれていないため、有向として読みました</translation>
    </message>
    <message>
        <source>{workbook}; {graph}</source>
        <translation>{workbook}。{graph}</translation>
    </message>
    <message>
        <source>NodeXL&apos;s graph metrics {names} were not kept (the Structure tab computes the map&apos;s own)</source>
        <translation>NodeXL のグラフ指標 {names} は保持しませんでした（マップ自身の指標は構造タブが計算します）</translation>
    </message>
</context>
<context>
    <name>number_edges</name>
    <message>
        <source>three rows of three numbers without a header, read as a 3 × 3 matrix without labels, as chosen (not as three edges between nodes numbered {ends})</source>
        <translation>見出しのない 3 つの数値の 3 行を、選ばれたとおりラベルのない 3 × 3 の行列として読みました（番号 {ends} のノードの間の 3 本のエッジとしてではなく）</translation>
    </message>
    <message>
        <source>three rows of three numbers without a header, read as three edges (From, To and Weight, between nodes numbered {ends}), as chosen (not as a 3 × 3 matrix)</source>
        <translation>見出しのない 3 つの数値の 3 行を、選ばれたとおり 3 本のエッジ（From、To、Weight。番号 {ends} のノードの間）として読みました（3 × 3 の行列としてではなく）</translation>
    </message>
    <message>
        <source>three rows of three numbers and no header: they read as three edges (From, To and Weight, between nodes numbered {ends}) and as a 3 × 3 matrix without labels, two different maps</source>
        <translation>見出しのない、3 つの数値の 3 行：3 本のエッジ（From、To、Weight。番号 {ends} のノードの間）としても、ラベルのない 3 × 3 の行列としても読め、二つは別のマップです</translation>
    </message>
    <message>
        <source>import the file again and choose how Windtunnel is to read it when it asks</source>
        <translation>ファイルをもう一度インポートし、Windtunnel が尋ねたときに読み方を選んでください</translation>
    </message>
    <message>
        <source>import with --headerless edges or --headerless matrix</source>
        <translation>--headerless edges か --headerless matrix を付けてインポートしてください</translation>
    </message>
    <message>
        <source>{problem}; {how}, or add a header row (From, To, Weight for a list of edges)</source>
        <translation>{problem}。{how}。または見出し行を加えてください（エッジの一覧なら From、To、Weight）</translation>
    </message>
</context>
<context>
    <name>objectives</name>
    <message>
        <source>The importance must be more than 0: an objective of importance {importance:g} would count for nothing in the score.</source>
        <translation>重要度は 0 より大きくなければなりません。重要度 {importance:g} の目標はスコアに何も寄与しません。</translation>
    </message>
    <message>
        <source>A threshold of {threshold:g} is more than “{node}” can change: its level stays within [{low}, {high}], so it changes by at most {largest:g}.</source>
        <translation>しきい値 {threshold:g} は「{node}」が変化できる幅を超えています。そのレベルは [{low}, {high}] の範囲にとどまるため、変化は最大 {largest:g} です。</translation>
    </message>
    <message>
        <source>“{other}” already asks the same of this node (the same direction and threshold): change that one instead.</source>
        <translation>「{other}」がすでにこのノードに同じこと（同じ方向としきい値）を求めています。代わりにそちらを変更してください。</translation>
    </message>
</context>
<context>
    <name>older_zeros</name>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), after ratings of 0 began to count: its Edges sheet&apos;s weights are the aggregate with them, so the ratings of 0 in {where} are read as 0 (&quot;no effect&quot;)</source>
        <translation>ファイル形式バージョン 7 より前（Model シートにバージョン 7 以降の記載なし）、評価 0 を数えるようになった後に書かれたワークブックです。Edges シートの重みは評価 0 を含めた集約なので、{where} の評価 0 は 0（「影響なし」）として読み込みます</translation>
    </message>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), when leaving absent ratings out left out ratings of 0 too, as its Edges sheet&apos;s weights show: the ratings of 0 in {where} ({count:,} in all) are read as no rating, so the working weights stay as the workbook had them; to count one as &quot;no effect&quot;, write NA in its Term cell</source>
        <translation>ファイル形式バージョン 7 より前に書かれたワークブックです（Model シートにバージョン 7 以降の記載がありません）。Edges シートの重みが示すとおり、当時は評価のないものを除外すると評価 0 も除外していたため、{where} の評価 0（計 {count:,} 件）は評価なしとして読み込み、作業用の重みはワークブックのとおりに保ちます。「影響なし」として数えるには、その Term セルに NA と書いてください</translation>
    </message>
    <message>
        <source>written before format version 7 (the Model sheet gives no version 7 or later), whose Edges sheet&apos;s weights do not tell whether its ratings of 0 were left out, as leaving absent ratings out did before then: the ratings of 0 in {where} ({count:,} in all) are read as no rating, so the working weights stay as the workbook had them; to keep them as 0 (&quot;no effect&quot;), write NA in their Term cells, or add a last row &quot;version&quot; with 7 to the Model sheet to read every rating of 0 as 0</source>
        <translation>ファイル形式バージョン 7 より前に書かれたワークブックです（Model シートにバージョン 7 以降の記載がありません）。当時は評価のないものを除外すると評価 0 も除外していましたが、Edges シートの重みからはこのワークブックの評価 0 が除外されたかどうか判断できません。{where} の評価 0（計 {count:,} 件）は評価なしとして読み込み、作業用の重みはワークブックのとおりに保ちます。0（「影響なし」）のまま残すには、その Term セルに NA と書くか、Model シートの最後に「version」と 7 の行を加えて、すべての評価 0 を 0 として読み込んでください</translation>
    </message>
</context>
<context>
    <name>output_paths</name>
    <message>
        <source>{path}: the folder {folder} does not exist; nothing was written</source>
        <translation>{path}: フォルダー {folder} がありません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link that leads nowhere it can be written ({exc}); nothing was written</source>
        <translation>{path}: 書き込める場所を指していないシンボリックリンクです（{exc}）。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{path}: is not a valid file name</source>
        <translation>{path}: 有効なファイル名ではありません</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({strerror})</source>
        <translation>{path}: 書き込めません（{strerror}）</translation>
    </message>
    <message>
        <source>{path}: is {kind}, not a file; Windtunnel writes only regular files, nothing was written</source>
        <translation>{path}: {kind}であり、ファイルではありません。Windtunnel は通常のファイルにのみ書き込みます。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{path}: the file is read-only; nothing was written (make it writable, or choose another name)</source>
        <translation>{path}: ファイルは読み取り専用です。何も書き込んでいません（書き込めるようにするか、別の名前を選んでください）</translation>
    </message>
    <message>
        <source>{path}: is the input file {inputs}; writing the output there would replace it, nothing was written (choose another output name)</source>
        <translation>{path}: 入力ファイル {inputs} です。そこに書き出すと置き換えてしまうため、何も書き込んでいません（別の出力名を選んでください）</translation>
    </message>
    <message>
        <source>{path}: is a link to {target}, which is not named as a model file (.wtm): a model saved through the link would be written there; nothing was written (choose another name)</source>
        <translation>{path}：{target} へのリンクですが、その名前はモデルファイル（.wtm）ではありません。リンクを通して保存するとモデルがそこに書かれてしまいます。何も書き込んでいません（別の名前を選んでください）</translation>
    </message>
    <message>
        <source>{name}: a name with a control character (a line break, a tab) is not written (Windows refuses them, and elsewhere they break a listing of the folder); remove it</source>
        <translation>{name}: 制御文字（改行、タブ）を含む名前には書き込みません（Windows はそれらを受け付けず、ほかのシステムでもフォルダーの一覧が崩れます）。取り除いてください</translation>
    </message>
    <message>
        <source>{name}: the character {character} turns the direction of the text after it, so the name shows other than it is (its ending read backwards); remove it</source>
        <translation>{name}: 文字 {character} はそれ以降の文字の向きを変えるため、名前が実際とは違って見えます（末尾が逆向きに読めます）。取り除いてください</translation>
    </message>
    <message>
        <source>{name}: the character {character} is not allowed in a file name on Windows (nor are &lt; &gt; : &quot; | ? *), so colleagues there could not open or copy the file; remove it</source>
        <translation>{name}: 文字 {character} は Windows ではファイル名に使えません（&lt; &gt; : &quot; | ? * も同じ）。そこにいる同僚がファイルを開いたりコピーしたりできなくなります。取り除いてください</translation>
    </message>
    <message>
        <source>{name}: Windows keeps this name for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, whatever the extension), so the file could not be opened there; choose another name</source>
        <translation>{name}: Windows はこの名前をデバイス用に予約しています（CON、PRN、AUX、NUL、COM1〜COM9、LPT1〜LPT9。拡張子は問いません）。そのため Windows ではファイルを開けません。別の名前を選んでください</translation>
    </message>
    <message>
        <source>{name}: a name starting with a dash is taken for options by command-line tools and scripts that are given it; rename it</source>
        <translation>{name}: ダッシュで始まる名前は、それを渡されたコマンドラインのツールやスクリプトにオプションとみなされます。名前を変えてください</translation>
    </message>
    <message>
        <source>{name}: is an extension with no name before it, which makes a hidden file of no type (a name starting with a dot is hidden, and that dot starts no extension); give it a name, such as results{suffix}</source>
        <translation>{name}：拡張子の前に名前がないため、種類のない隠しファイルになります（ドットで始まる名前は隠しファイルで、そのドットは拡張子の始まりになりません）。results{suffix} のように名前を付けてください</translation>
    </message>
    <message>
        <source>{name}: a name ending in a dot or a space is not written (Windows drops them, so the file written would not be the one named); remove them</source>
        <translation>{name}: 末尾がドットまたは空白の名前には書き込みません（Windows はそれらを落とすため、書き込まれるファイルが指定した名前と違ってしまいます）。取り除いてください</translation>
    </message>
    <message>
        <source>{path}: names a folder (it ends in a separator); give a file name; nothing was written</source>
        <translation>{path}: フォルダーを指しています（区切り文字で終わっています）。ファイル名を指定してください。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{path}: {folder} is not a folder; nothing was written</source>
        <translation>{path}: {folder} はフォルダーではありません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{path}: is a symbolic link to {target}, whose folder {folder} does not exist; nothing was written</source>
        <translation>{path}: {target} へのシンボリックリンクですが、そのフォルダー {folder} がありません。何も書き込んでいません</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is read-only; nothing was written (choose another folder)</source>
        <translation>{path}: フォルダー {folder} は読み取り専用です。何も書き込んでいません（別のフォルダーを選んでください）</translation>
    </message>
</context>
<context>
    <name>parallel_edges</name>
    <message>
        <source>weight {weight}</source>
        <translation>重み {weight}</translation>
    </message>
</context>
<context>
    <name>participant_lists</name>
    <message>
        <source>the edges of {count} participants in one list (this column names each row&apos;s participant): import it with Import Participants&apos; Maps (windtunnel aggregate), which reads one map per participant</source>
        <translation>{count} 人の参加者のエッジが一つの一覧にあります（この列が各行の参加者を示します）：「参加者のマップをインポート」（windtunnel aggregate）でインポートしてください。参加者ごとに一つのマップとして読みます</translation>
    </message>
    <message>
        <source>the edges of {count} participants in one list: each participant&apos;s rows became their map; {idle} of them drew no edge and were left out</source>
        <translation>{count} 人の参加者のエッジが一つの一覧にありました：各参加者の行がその人のマップになりました。そのうち {idle} 人はエッジを描いていないため除きました</translation>
    </message>
    <message>
        <source>{count} rows repeat an edge their participant listed before: each such edge took the mean of its rows&apos; weights</source>
        <translation>{count} 行は、同じ参加者が前に挙げたエッジを繰り返しています：そのようなエッジは各行の重みの平均を取りました</translation>
    </message>
    <message>
        <source>the edges of {count} participants in one list: each participant&apos;s rows became their map</source>
        <translation>{count} 人の参加者のエッジが一つの一覧にありました：各参加者の行がその人のマップになりました</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <source>{voices_given} map given; aggregating needs at least two maps or a file of several participants</source>
        <translation>マップが {voices_given} 枚です。集約には二枚以上のマップか、複数の参加者を含むファイルが必要です</translation>
    </message>
    <message>
        <source>{label!r} cannot be merged with the concept chosen (it is not there, or this map already joins it): kept apart</source>
        <translation>{label!r} は選んだ概念と統合できません（その概念がないか、このマップがすでにそれに対応しています）：分けておきます</translation>
    </message>
    <message>
        <source>{merged} edge{s} joined two nodes merged into one concept: left out</source>
        <translation>統合されて一つの概念になった二つのノードを結ぶエッジ {merged} 本を除きました</translation>
    </message>
    <message>
        <source>{repeated} edge{s} rated again under another spelling of its concepts: the first rating kept</source>
        <translation>{repeated} 本のエッジが概念の別の表記で重ねて評価されていました：最初の評価を残しました</translation>
    </message>
    <message>
        <source>scenarios with edge-weight overrides were left out ({dropped})</source>
        <translation>エッジの重みを上書きするシナリオを除きました（{dropped}）</translation>
    </message>
    <message>
        <source>1 near match of concepts merged, as accepted</source>
        <translation>近い概念 1 組を、承認どおり統合しました</translation>
    </message>
    <message>
        <source>1 near match of concepts kept apart (accept to merge)</source>
        <translation>近い概念 1 組を別々のままにしました（承認すれば統合されます）</translation>
    </message>
    <message>
        <source>{count} near matches of concepts listed: {merged} merged, as accepted, the others kept apart</source>
        <translation>近い概念の一致 {count} 件を列挙：{merged} 件は承認どおり統合、ほかは別々のまま</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} ほか {count} 枚</translation>
    </message>
    <message>
        <source>Aggregate of {count} maps: {names}</source>
        <translation>{count} 枚のマップの集約：{names}</translation>
    </message>
    <message>
        <source>the folder holds no map files ({suffixes})</source>
        <translation>フォルダーにマップのファイル（{suffixes}）がありません</translation>
    </message>
    <message>
        <source>{count} near matches of concepts merged, as accepted</source>
        <translation>近い概念 {count} 組を、承認どおり統合しました</translation>
    </message>
    <message>
        <source>{participant}: {label} may be {concept} ({reason})</source>
        <translation>{participant}：{label} は {concept} かもしれません（{reason}）</translation>
    </message>
    <message>
        <source>another spelling of a concept this map also names</source>
        <translation>このマップが別の表記でも挙げている概念</translation>
    </message>
    <message>
        <source>another spelling (case, hyphens, plural or accents)</source>
        <translation>別の表記（大文字小文字、ハイフン、複数形、アクセント）</translation>
    </message>
    <message>
        <source>labels {percent} alike</source>
        <translation>ラベルの類似度 {percent}</translation>
    </message>
    <message>
        <source>same id, another label</source>
        <translation>同じ ID、別のラベル</translation>
    </message>
    <message>
        <source>1 participant combined: {count2} concepts, {count3} edges; weights are the {aggregation} with zeros {aggregation_zeros}d</source>
        <translation>1 人の参加者をまとめました：概念 {count2} 個、エッジ {count3} 本。重みは {aggregation}、ゼロは {aggregation_zeros}</translation>
    </message>
    <message>
        <source>{count} participants combined: {count2} concepts, {count3} edges; weights are the {aggregation} with zeros {aggregation_zeros}d</source>
        <translation>{count} 人の参加者をまとめました：概念 {count2} 個、エッジ {count3} 本。重みは {aggregation}、ゼロは {aggregation_zeros}</translation>
    </message>
    <message>
        <source>{count} near matches of concepts kept apart (accept to merge)</source>
        <translation>近い概念 {count} 組を別々のままにしました（承認すれば統合されます）</translation>
    </message>
</context>
<context>
    <name>participants_sheet</name>
    <message>
        <source>a second participant {id!r} (the first is on row {row})</source>
        <translation>2 人目の参加者 {id!r}（1 人目は {row} 行目）</translation>
    </message>
    <message>
        <source>ratings need a Participants sheet</source>
        <translation>評価には Participants シートが必要です</translation>
    </message>
    <message>
        <source>own nodes need a Participants sheet</source>
        <translation>独自ノードには Participants シートが必要です</translation>
    </message>
    <message>
        <source>{who!r} is not a participant on the Participants sheet</source>
        <translation>{who!r} は Participants シートの参加者ではありません</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>refused unsafe XML (a DTD or entity declaration)</source>
        <translation>安全でない XML（DTD またはエンティティ宣言）を拒否しました</translation>
    </message>
    <message>
        <source>not valid XML (line {lineno}, column {offset}: {messages})</source>
        <translation>有効な XML ではありません（{lineno} 行目、{offset} 列目：{messages}）</translation>
    </message>
    <message>
        <source>is damaged ({exc})</source>
        <translation>破損しています（{exc}）</translation>
    </message>
    <message>
        <source>cannot be read ({name__})</source>
        <translation>読めません（{name__}）</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (no xl/workbook.xml inside)</source>
        <translation>.xlsx のワークブックではありません（中に xl/workbook.xml がありません）</translation>
    </message>
    <message>
        <source>its cells ({part}) are missing from the workbook: the workbook is damaged; open it in Excel and save it again</source>
        <translation>そのセル（{part}）がワークブックにありません。ワークブックが破損しています。Excel で開いて保存し直してください</translation>
    </message>
    <message>
        <source>is past the limit of {max_columns:,} columns</source>
        <translation>列の上限 {max_columns:,} を超えています</translation>
    </message>
    <message>
        <source>a row number {clip!r} that no sheet has (Excel&apos;s last row is 1,048,576)</source>
        <translation>どのシートにもない行番号 {clip!r} です（Excel の最終行は 1,048,576）</translation>
    </message>
    <message>
        <source>is written twice in the sheet</source>
        <translation>シートの中で二度書かれています</translation>
    </message>
    <message>
        <source>holds {length:,} characters; the limit is {max_text:,}</source>
        <translation>{length:,} 文字あります。上限は {max_text:,} です</translation>
    </message>
    <message>
        <source>{what}: the workbook is damaged; open it in Excel and save it again</source>
        <translation>{what}：ワークブックが破損しています。Excel で開いて保存し直してください</translation>
    </message>
    <message>
        <source>holds the cell {ref}, which is on another row</source>
        <translation>別の行のセル {ref} を含んでいます</translation>
    </message>
    <message>
        <source>refers to text {index!r} of the workbook&apos;s shared texts, which has {count:,}: the workbook is damaged; open it in Excel and save it again</source>
        <translation>ワークブックの共有テキストの {index!r} 番を参照していますが、共有テキストは {count:,} 個しかありません。ワークブックが破損しています。Excel で開いて保存し直してください</translation>
    </message>
    <message>
        <source>refers to the workbook&apos;s shared texts, and the workbook has none (no xl/sharedStrings.xml): the workbook is damaged; open it in Excel and save it again</source>
        <translation>ワークブックの共有テキストを参照していますが、ワークブックにはそれがありません（xl/sharedStrings.xml がありません）。ワークブックが破損しています。Excel で開いて保存し直してください</translation>
    </message>
    <message>
        <source>not valid XML (line {lineno}: {messages})</source>
        <translation>有効な XML ではありません（{lineno} 行目：{messages}）</translation>
    </message>
</context>
<context>
    <name>placing</name>
    <message>
        <source>positions were spread ×{factor:.3g} (the file&apos;s nodes sit closer together than a node is wide); the picture&apos;s shape is kept</source>
        <translation>位置を ×{factor:.3g} に広げました（ファイルのノードどうしの間隔がノードの幅より狭いため）。図の形は保たれます</translation>
    </message>
    <message>
        <source>the file gives no node a position: every node was placed by the auto-layout</source>
        <translation>ファイルにはノードの位置がありません：すべてのノードを自動レイアウトで配置しました</translation>
    </message>
    <message>
        <source>all {count} nodes sit on one spot ({x:g}, {y:g}): every node was placed by the auto-layout</source>
        <translation>{count} 個のノードがすべて同じ位置 ({x:g}, {y:g}) にあります：すべてのノードを自動レイアウトで配置しました</translation>
    </message>
    <message>
        <source>{count} node{s} without a position ({names}): placed beside the map by the auto-layout</source>
        <translation>位置のないノード {count} 個（{names}）：自動レイアウトでマップの横に配置しました</translation>
    </message>
    <message>
        <source>{count} node{s} sat on the same spot as another ({names}): moved beside it</source>
        <translation>{count} 個のノードが他のノードと同じ位置にありました（{names}）：その隣に移動しました</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>there is no preset {name!r}; valid presets: {presets}</source>
        <translation>プリセット {name!r} はありません。有効なプリセット：{presets}</translation>
    </message>
</context>
<context>
    <name>prim</name>
    <message>
        <source>{name} is {value}</source>
        <translation>{name} が {value}</translation>
    </message>
    <message>
        <source>{name} is {values} or {last}</source>
        <translation>{name} が {values} または {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{name} between {low:.2f} and {high:.2f}</source>
        <translation>{name} が {low:.2f} 以上 {high:.2f} 以下</translation>
    </message>
    <message>
        <source>any conditions</source>
        <translation>任意の条件</translation>
    </message>
    <message>
        <source>1 more condition</source>
        <translation>ほか 1 個の条件</translation>
    </message>
    <message>
        <source>{count} more conditions</source>
        <translation>ほか {count} 個の条件</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left} かつ {right}</translation>
    </message>
</context>
<context>
    <name>ratings</name>
    <message>
        <source>left out {count} rating{s} marked Unsure, as FCMpy does (each of those experts still counts in the terms&apos; shares)</source>
        <translation>Unsure と記された評価 {count} 件を FCMpy と同じく除きました（その専門家は評価語の割合には数えます）</translation>
    </message>
    <message>
        <source>{cell!r} is not a term (VH, H, M, L, VL, NA or &apos;no causality&apos;)</source>
        <translation>{cell!r} は評価語（VH、H、M、L、VL、NA、&apos;no causality&apos;）ではありません</translation>
    </message>
    <message>
        <source>found no expert-rating sheet (From, To and term columns such as -VH ... +VH)</source>
        <translation>専門家評価のシート（From、To と -VH ... +VH のような評価語の列）が見つかりません</translation>
    </message>
    <message>
        <source>{count} expert sheets ({sheets})</source>
        <translation>専門家のシート {count} 枚（{sheets}）</translation>
    </message>
    <message>
        <source>no expert sheet called {participants!r} (sheets: {sheets})</source>
        <translation>{participants!r} という専門家のシートはありません（シート：{sheets}）</translation>
    </message>
    <message>
        <source>{count} expert sheets: imported only {next!r}, as asked</source>
        <translation>専門家のシート {count} 枚：指定どおり {next!r} だけをインポートしました</translation>
    </message>
    <message>
        <source>each expert is a participant of the model</source>
        <translation>各専門家はモデルの参加者です</translation>
    </message>
    <message>
        <source>the experts were not kept as participants (import the file again and choose “Every sheet as a participant” when Windtunnel asks about the sheets)</source>
        <translation>専門家は参加者として残していません（ファイルをもう一度インポートし、シートについて Windtunnel が尋ねたときに「各シートを参加者にする」を選んでください）</translation>
    </message>
    <message>
        <source>the experts were not kept as participants (import with --participants keep)</source>
        <translation>専門家は参加者として残していません（--participants keep でインポートしてください）</translation>
    </message>
    <message>
        <source>{count} expert sheets ({sheets}{sheets2}): weights are FCMpy&apos;s aggregate (term triangles capped by each term&apos;s share of the experts, combined by their maximum, centroid); {kept}</source>
        <translation>専門家のシート {count} 枚（{sheets}{sheets2}）：重みは FCMpy の集約です（各評価語の三角形を専門家に占めるその語の割合で切り、最大値で合わせ、重心をとる）。{kept}</translation>
    </message>
    <message>
        <source>read {count} rating{s} marked Unsure that also chose a term as that term, as FCMpy does (it leaves out the Unsure mark, not the term)</source>
        <translation>Unsure と記されつつ評価語も選んだ評価 {count} 件を、FCMpy と同じくその評価語として読みました（FCMpy が除くのは Unsure の印で、評価語ではありません）</translation>
    </message>
    <message>
        <source>skipped {loops} rating{s} of a concept&apos;s influence on itself</source>
        <translation>概念から自分自身への影響の評価 {loops} 件を飛ばしました</translation>
    </message>
    <message>
        <source>{cancelled} rated pair{s} came to 0 (the experts&apos; ratings cancel out): no edge</source>
        <translation>評価された組 {cancelled} 件が 0 になりました（専門家の評価が打ち消し合う）：エッジなし</translation>
    </message>
    <message>
        <source>{unsure} rating{s} shared between terms: each expert keeps the term with the larger share, so the map&apos;s weights change slightly if the aggregate is recomputed</source>
        <translation>評価語の間で割合が分かれた評価 {unsure} 件：各専門家は割合の大きい語を残すため、集約を再計算するとマップの重みがわずかに変わります</translation>
    </message>
    <message>
        <source>has no From or To concept</source>
        <translation>From または To の概念がありません</translation>
    </message>
    <message>
        <source>not FCMpy expert ratings (expected {expert: [rows]})</source>
        <translation>FCMpy の専門家評価ではありません（{expert: [rows]} の形のはず）</translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <source>the workbook is encrypted (protected by a password to open); open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</source>
        <translation>ワークブックが暗号化されています（開くのにパスワードが必要）。Excel で開き、パスワードを外して（ファイル &gt; 情報 &gt; ブックの保護）保存し直してください</translation>
    </message>
    <message>
        <source>this is an old binary Excel file (.xls); save it as .xlsx</source>
        <translation>古いバイナリ形式の Excel ファイル（.xls）です。.xlsx で保存し直してください</translation>
    </message>
    <message>
        <source>the workbook is cut short (its zip archive has no end): it was not saved, copied or downloaded in full; get the file again</source>
        <translation>ワークブックが途中で切れています（zip アーカイブの終わりがありません）。保存、コピー、ダウンロードが最後まで済んでいません。ファイルをもう一度入手してください</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (it is not a zip archive)</source>
        <translation>.xlsx のワークブックではありません（zip アーカイブではありません）</translation>
    </message>
    <message>
        <source>the workbook has {count} sheets to read; the limit is {sheets}</source>
        <translation>ワークブックに読むシートが {count} 枚あります。上限は {sheets} です</translation>
    </message>
    <message>
        <source>sheets {first} and {second}</source>
        <translation>シート {first} と {second}</translation>
    </message>
    <message>
        <source>two sheets are named {name!r}; a workbook&apos;s sheet names must differ (Excel ignores case): rename one</source>
        <translation>シート名 {name!r} が二枚あります。ワークブックのシート名は互いに異なる必要があります（Excel は大文字小文字を区別しません）：一方の名前を変えてください</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>{origin}, through {path}</source>
        <translation>{origin}、{path} 経由</translation>
    </message>
    <message>
        <source>earlier changes arriving through {path}</source>
        <translation>{path} を通じて届いた以前の変化</translation>
    </message>
    <message>
        <source>{path}, set by the scenario</source>
        <translation>{path}（シナリオで設定）</translation>
    </message>
    <message>
        <source>it</source>
        <translation>それ自身</translation>
    </message>
    <message>
        <source> (and {extra} smaller routes through {via})</source>
        <translation>（ほかに {via} 経由の小さな経路 {extra} 本）</translation>
    </message>
    <message>
        <source> (and {extra} smaller route through {via})</source>
        <translation>（ほかに {via} 経由の小さな経路 {extra} 本）</translation>
    </message>
    <message>
        <source>via {via} ({count} routes; largest: {route})</source>
        <translation>{via} 経由（{count} 経路、最大：{route}）</translation>
    </message>
    <message>
        <source>via {via} ({count} routes)</source>
        <translation>{via} 経由（{count} 経路）</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>ほかになし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{count} other routes</source>
        <translation>他の {count} 経路</translation>
    </message>
    <message>
        <source>{count} other route</source>
        <translation>他の {count} 経路</translation>
    </message>
    <message>
        <source> (via {names})</source>
        <translation>（{names} 経由）</translation>
    </message>
    <message>
        <source>{name} (lever, Shapley share)</source>
        <translation>{name}（レバー、シャープレイ配分）</translation>
    </message>
    <message>
        <source>{count} other levers ({names})</source>
        <translation>他の {count} レバー（{names}）</translation>
    </message>
    <message>
        <source>{count} other lever ({names})</source>
        <translation>他の {count} レバー（{names}）</translation>
    </message>
</context>
<context>
    <name>regular_files</name>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（名前付きパイプ）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>no result for scenario {key!r}; valid: {valid}</source>
        <translation>シナリオ {key!r} の結果はありません。有効なもの：{valid}</translation>
    </message>
    <message>
        <source>there is no node {node_id!r}; valid nodes: {node_ids}</source>
        <translation>ノード {node_id!r} はありません。有効なノード：{node_ids}</translation>
    </message>
    <message>
        <source>unknown view {view!r}; valid views: {builders}</source>
        <translation>不明なビュー {view!r} です。有効なビュー：{builders}</translation>
    </message>
</context>
<context>
    <name>resultsbook</name>
    <message>
        <source>No scenarios yet: the baseline alone was run. Add a scenario (a policy option as lever settings) to see changes from the baseline.</source>
        <translation>まだシナリオがありません。ベースラインだけを実行しました。ベースラインからの変化を見るには、シナリオ（レバー設定としての政策の選択肢）を追加してください。</translation>
    </message>
    <message>
        <source>what was run: model, version, settings, seed, samples, verdicts, hash</source>
        <translation>実行した内容：モデル、バージョン、設定、シード、サンプル、判定、ハッシュ</translation>
    </message>
    <message>
        <source>every node&apos;s change from baseline at the end, per scenario, largest first</source>
        <translation>シナリオごとの、最終時点での各ノードのベースラインからの変化（大きい順）</translation>
    </message>
    <message>
        <source>objectives x scenarios: change, met or not, probability met</source>
        <translation>目標 x シナリオ：変化、達成の可否、達成の確率</translation>
    </message>
    <message>
        <source>S1, S2, ...</source>
        <translation>S1、S2、…</translation>
    </message>
    <message>
        <source>one sheet per scenario: charts, then change, scenario and baseline trajectories per node and step</source>
        <translation>シナリオごとに 1 シート：グラフ、続いてノードとステップごとの変化・シナリオ・ベースラインの推移</translation>
    </message>
    <message>
        <source>Monte Carlo percentiles of the final change, per scenario and node</source>
        <translation>シナリオとノードごとの、最終的な変化のモンテカルロ百分位数</translation>
    </message>
    <message>
        <source>why the objective nodes changed: at most five reasons and the named rest, and each lever&apos;s share; each adds up to the change</source>
        <translation>目標ノードがなぜ変化したか：最大五つの理由と名前付きの残り、各レバーの寄与。どちらも合計すると変化になります</translation>
    </message>
    <message>
        <source>feedback loops with polarity (reinforcing / balancing)</source>
        <translation>極性（強化 / バランス）つきのフィードバックループ</translation>
    </message>
    <message>
        <source>per-node structure: degrees, centrality, role, betweenness</source>
        <translation>ノードごとの構造：次数、中心性、役割、媒介中心性</translation>
    </message>
    <message>
        <source>with participants: how their ratings were aggregated, and each rated edge&apos;s disagreement (spread, range, signs, entropy)</source>
        <translation>参加者がいる場合：評価の集約方法と、評価された各エッジの意見の相違（ばらつき、範囲、符号、エントロピー）</translation>
    </message>
    <message>
        <source>with participants: every scenario&apos;s change on each participant&apos;s map, how many maps say rise or fall, objectives met per map</source>
        <translation>参加者がいる場合：各参加者のマップでの各シナリオの変化、上昇・下降とするマップの数、マップごとの目標の達成</translation>
    </message>
    <message>
        <source>the model itself, in the file format&apos;s own words (the Edges sheet is the assumption register; Participants and Ratings carry who rated what); edit and re-import with windtunnel import</source>
        <translation>モデルそのもの。ファイル形式の用語のまま（Edges シートは仮定の台帳、Participants と Ratings は誰が何を評価したか）。編集して windtunnel import で再インポートできます</translation>
    </message>
    <message>
        <source>About</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>サマリー</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不確実性</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>意見の相違</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>参加者別</translation>
    </message>
    <message>
        <source>{kind} {share}</source>
        <translation>{kind} {share}</translation>
    </message>
    <message>
        <source>Windtunnel results workbook</source>
        <translation>Windtunnel 結果ブック</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>記述</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>モデルファイル</translation>
    </message>
    <message>
        <source>Model hash (SHA-256)</source>
        <translation>モデルのハッシュ (SHA-256)</translation>
    </message>
    <message>
        <source>of the model&apos;s .wtm text: equal to the file&apos;s hash when Windtunnel saved it</source>
        <translation>モデルの .wtm テキストのハッシュ。Windtunnel が保存したファイルならそのハッシュと同じです</translation>
    </message>
    <message>
        <source>Windtunnel version</source>
        <translation>Windtunnel のバージョン</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>作成日時 (UTC)</translation>
    </message>
    <message>
        <source>Nodes / edges</source>
        <translation>ノード / エッジ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>time unit: {unit}</source>
        <translation>時間の単位：{unit}</translation>
    </message>
    <message>
        <source>Inference rule</source>
        <translation>推論規則</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>steepness (lambda) {steepness}</source>
        <translation>傾き (lambda) {steepness}</translation>
    </message>
    <message>
        <source>Start vector</source>
        <translation>初期ベクトル</translation>
    </message>
    <message>
        <source>Driver nodes</source>
        <translation>駆動ノード</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>収束</translation>
    </message>
    <message>
        <source>largest change {relation} {tolerance}</source>
        <translation>最大の変化 {relation} {tolerance}</translation>
    </message>
    <message>
        <source>judged on {nodes}</source>
        <translation>判定の対象：{nodes}</translation>
    </message>
    <message>
        <source>all nodes</source>
        <translation>すべてのノード</translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation>早期停止</translation>
    </message>
    <message>
        <source>Initial state counts as a step</source>
        <translation>初期状態を1ステップと数える</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>モンテカルロのサンプル数</translation>
    </message>
    <message>
        <source>0: no uncertainty analysis</source>
        <translation>0: 不確実性の分析なし</translation>
    </message>
    <message>
        <source>Monte Carlo samples draw</source>
        <translation>モンテカルロのサンプルの抽出</translation>
    </message>
    <message>
        <source>weights: between their bounds; participants: a participant&apos;s map, by credibility</source>
        <translation>重み：範囲内で抽出。参加者：信頼度に応じて参加者のマップを抽出</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>the same seed gives the same numbers</source>
        <translation>同じシードなら同じ数値になります</translation>
    </message>
    <message>
        <source>Monte Carlo arithmetic</source>
        <translation>モンテカルロの演算精度</translation>
    </message>
    <message>
        <source>float32 bands agree with float64&apos;s within 1e-6</source>
        <translation>float32 の帯は float64 のものと 1e-6 以内で一致します</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Monte Carlo verdicts</source>
        <translation>モンテカルロの判定</translation>
    </message>
    <message>
        <source>Is the answer the only one?</source>
        <translation>答えは一つだけか？</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Model statistics</source>
        <translation>モデルの統計</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <source>The model has no objectives: add some to score scenarios.</source>
        <translation>モデルに目標がありません。シナリオを採点するには目標を追加してください。</translation>
    </message>
    <message>
        <source>Score: importance-weighted share of objectives met</source>
        <translation>スコア：重要度で重み付けした目標の達成割合</translation>
    </message>
    <message>
        <source>zeros included</source>
        <translation>ゼロを含む</translation>
    </message>
    <message>
        <source>zeros ignored</source>
        <translation>ゼロを除外</translation>
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
        <translation>終点 ID</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>評価者数</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>ばらつき</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>上げる</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>下げる</translation>
    </message>
    <message>
        <source>No effect</source>
        <translation>効果なし</translation>
    </message>
    <message>
        <source>Sign conflict</source>
        <translation>符号の対立</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>エントロピー</translation>
    </message>
    <message>
        <source>{count} participants; the map&apos;s weights are their aggregate: {method}. Their ratings are on the Ratings sheet.</source>
        <translation>参加者 {count} 人。マップの重みはその集約：{method}。評価は Ratings シートにあります。</translation>
    </message>
    <message>
        <source>Node ID</source>
        <translation>ノード ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Rises on</source>
        <translation>上昇とするマップ</translation>
    </message>
    <message>
        <source>Falls on</source>
        <translation>下降とするマップ</translation>
    </message>
    <message>
        <source>No change on</source>
        <translation>変化なしとするマップ</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>No scenarios: nothing to compare across participants.</source>
        <translation>シナリオがありません。参加者間で比較するものはありません。</translation>
    </message>
    <message>
        <source>Objectives met, per participant&apos;s map</source>
        <translation>参加者のマップごとの目標の達成</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>達成したマップ</translation>
    </message>
    <message>
        <source>{met} of {count}</source>
        <translation>{count} 中 {met}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最終</translation>
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
        <translation>ステップ {step}</translation>
    </message>
    <message>
        <source>change P{level}</source>
        <translation>変化 P{level}</translation>
    </message>
    <message>
        <source>Change from baseline: top outcomes</source>
        <translation>ベースラインからの変化：上位の結果</translation>
    </message>
    <message>
        <source>Levels: scenario (solid) and baseline (dashed)</source>
        <translation>レベル：シナリオ（実線）とベースライン（破線）</translation>
    </message>
    <message>
        <source>level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>{node} (baseline)</source>
        <translation>{node}（ベースライン）</translation>
    </message>
    <message>
        <source>{node}: change with its 5-95% band</source>
        <translation>{node}: 変化と 5〜95% の帯</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Baseline (end)</source>
        <translation>ベースライン（最終）</translation>
    </message>
    <message>
        <source>Largest |change|</source>
        <translation>最大 |変化|</translation>
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
        <translation>ノード</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>閾値</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>{scenario}: change</source>
        <translation>{scenario}: 変化</translation>
    </message>
    <message>
        <source>{scenario}: met</source>
        <translation>{scenario}: 達成</translation>
    </message>
    <message>
        <source>{scenario}: P(met)</source>
        <translation>{scenario}: P(達成)</translation>
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
        <source>P(increase)</source>
        <translation>P(上昇)</translation>
    </message>
    <message>
        <source>The Monte Carlo results were left out: they describe an earlier version of the model. For uncertainty bands, run Monte Carlo again (Analysis &gt; Run Monte Carlo) and export again.</source>
        <translation>モンテカルロの結果は入れていません。モデルの以前の版のものだからです。不確実性の帯を得るには、モンテカルロをもう一度実行してから（「分析 &gt; モンテカルロを実行」）もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>No Monte Carlo samples in this run. For uncertainty bands, run Monte Carlo (in the app: Analysis &gt; Run Monte Carlo; on the command line: windtunnel run --samples 1000) and export again.</source>
        <translation>この実行にはモンテカルロのサンプルがありません。不確実性の帯を得るには、モンテカルロを実行してから（アプリでは「分析 &gt; モンテカルロを実行」、コマンドラインでは windtunnel run --samples 1000）もう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>View</source>
        <translation>観点</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>寄与</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>経路数</translation>
    </message>
    <message>
        <source>Nothing to explain: no scenario moved an objective node.</source>
        <translation>説明するものはありません。目標ノードを動かしたシナリオはありません。</translation>
    </message>
    <message>
        <source>Changes at the last {unit}. The reasons and the rest add up to the change, and so do the levers&apos; shares (Shapley values: each lever&apos;s average added change over every order in which the levers could be set); the rest names the routes it holds. windtunnel explain shows more (by input edge, every route).</source>
        <translation>最後の{unit}での変化。理由と残りを合わせると変化になり、レバーの寄与（シャープレイ値：レバーを設定しうるすべての順序にわたる、各レバーが加える変化の平均）も合計すると変化になります。残りには含まれる経路を記しています。windtunnel explain でさらに詳しく（入力エッジ別、すべての経路）見られます。</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
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
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Member IDs</source>
        <translation>メンバー ID</translation>
    </message>
    <message>
        <source>No feedback loops.</source>
        <translation>フィードバックループはありません。</translation>
    </message>
    <message>
        <source>Search: {note}.</source>
        <translation>探索：{note}。</translation>
    </message>
    <message>
        <source>In edges</source>
        <translation>入力エッジ</translation>
    </message>
    <message>
        <source>Out edges</source>
        <translation>出力エッジ</translation>
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
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>weights and participants</source>
        <translation>重みと参加者</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>収束</translation>
    </message>
    <message>
        <source>limit cycle</source>
        <translation>リミットサイクル</translation>
    </message>
    <message>
        <source>not converged</source>
        <translation>収束せず</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>density</source>
        <translation>密度</translation>
    </message>
    <message>
        <source>edges per node</source>
        <translation>ノードあたりのエッジ</translation>
    </message>
    <message>
        <source>drivers</source>
        <translation>駆動ノード</translation>
    </message>
    <message>
        <source>receivers</source>
        <translation>受信ノード</translation>
    </message>
    <message>
        <source>ordinary nodes</source>
        <translation>通常ノード</translation>
    </message>
    <message>
        <source>complexity (receivers / drivers)</source>
        <translation>複雑度（受信 / 駆動）</translation>
    </message>
    <message>
        <source>hierarchy index</source>
        <translation>階層指数</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>both are {kind} sheets by their names; Windtunnel reads one {kind} sheet and would drop the other&apos;s rows: move them into one sheet, or rename the sheet that is not meant to be read</source>
        <translation>名前から見るとどちらも {kind} のシートです。Windtunnel は {kind} のシートを一枚だけ読み、もう一枚の行は捨てることになります：行を一枚のシートにまとめるか、読ませるつもりのないシートの名前を変えてください</translation>
    </message>
    <message>
        <source>the column label {label!r} heads {count} columns ({columns}); Windtunnel reads one column of each kind: rename or remove the others</source>
        <translation>列見出し {label!r} が {count} 列（{columns}）にあります。Windtunnel は種類ごとに一つの列だけを読みます：他の列の名前を変えるか削除してください</translation>
    </message>
    <message>
        <source>holds the times when each row&apos;s node or edge exists (Gephi&apos;s timeset); those times were not kept: a map has no time line, so every row was read as if it always existed</source>
        <translation>各行のノードまたはエッジが存在する時間（Gephi の timeset）を書いた列です。その時間はインポートしていません：マップには時間軸がないため、すべての行を常に存在するものとして読み込みました</translation>
    </message>
    <message>
        <source>ignored node attribute {names}</source>
        <translation>ノードの属性 {names} を無視しました</translation>
    </message>
    <message>
        <source>ignored node attributes {names}</source>
        <translation>ノードの属性 {names} を無視しました</translation>
    </message>
    <message>
        <source>ignored edge attribute {names}</source>
        <translation>エッジの属性 {names} を無視しました</translation>
    </message>
    <message>
        <source>ignored edge attributes {names}</source>
        <translation>エッジの属性 {names} を無視しました</translation>
    </message>
    <message>
        <source>ignored column {names}</source>
        <translation>列 {names} を無視しました</translation>
    </message>
    <message>
        <source>ignored columns {names}</source>
        <translation>列 {names} を無視しました</translation>
    </message>
    <message>
        <source>used edge attribute {names} to tell parallel edges apart: the rationale of the edge they merged into gives each edge&apos;s value</source>
        <translation>エッジの属性 {names} を平行エッジの区別に使いました：統合したエッジの根拠に、各エッジの値を記しています</translation>
    </message>
    <message>
        <source>used edge attributes {names} to tell parallel edges apart: the rationale of the edge they merged into gives each edge&apos;s values</source>
        <translation>エッジの属性 {names} を平行エッジの区別に使いました：統合したエッジの根拠に、各エッジの値を記しています</translation>
    </message>
    <message>
        <source>used column {names} to tell parallel edges apart: the rationale of the edge they merged into gives each row&apos;s value</source>
        <translation>列 {names} を平行エッジの区別に使いました：統合したエッジの根拠に、各行の値を記しています</translation>
    </message>
    <message>
        <source>used columns {names} to tell parallel edges apart: the rationale of the edge they merged into gives each row&apos;s values</source>
        <translation>列 {names} を平行エッジの区別に使いました：統合したエッジの根拠に、各行の値を記しています</translation>
    </message>
    <message>
        <source>holds the error value {text}; replace it by the text it should show</source>
        <translation>エラー値 {text} が入っています。本来表示されるべきテキストに置き換えてください</translation>
    </message>
    <message>
        <source>the formula {formula!r} was imported as plain text</source>
        <translation>数式 {formula!r} はただの文字列としてインポートしました</translation>
    </message>
    <message>
        <source>{location}: {message}</source>
        <translation>{location}: {message}</translation>
    </message>
    <message>
        <source>{place}: {left!r} where {read!r} is shown</source>
        <translation>{place}：{left!r}（表示は {read!r}）</translation>
    </message>
    <message>
        <source>ignored {word} attribute {left!r} where attribute {read!r} is given: both name the same, and they differ for {count} {word}{s} ({rows}{more}); the map shows {read!r}</source>
        <translation>属性 {read!r} があるので属性 {left!r} は無視しました：どちらも同じものを表しますが、{count} 個の要素で食い違います（{rows}{more}）。マップには {read!r} を表示します</translation>
    </message>
    <message>
        <source>ignored column {left!r} where column {read!r} is filled in: both name the same, and they differ in {count} row{s} ({rows}{more}); the map shows {read!r}</source>
        <translation>列 {read!r} に記入があるので列 {left!r} は無視しました：どちらも同じものを表しますが、{count} 行で食い違います（{rows}{more}）。マップには {read!r} を表示します</translation>
    </message>
    <message>
        <source>{count} {word}{s} without attribute {read!r} took {left!r} as {read!r}</source>
        <translation>属性 {read!r} のない {count} 個の要素は、{left!r} を {read!r} として使いました</translation>
    </message>
    <message>
        <source>{count} row{s} with column {read!r} empty took column {left!r} as {read!r}</source>
        <translation>列 {read!r} が空の {count} 行は、列 {left!r} を {read!r} として使いました</translation>
    </message>
</context>
<context>
    <name>run</name>
    <message>
        <source>there is no scenario {key!r}; valid scenarios: {valid}</source>
        <translation>シナリオ {key!r} はありません。有効なシナリオ：{valid}</translation>
    </message>
    <message>
        <source>{key!r} is the label of {count} scenarios ({ids}); give the id of the one meant</source>
        <translation>{key!r} は {count} 件のシナリオ（{ids}）のラベルです。意図したシナリオの ID を指定してください</translation>
    </message>
    <message>
        <source>{key!r} is the label of {count} nodes ({ids}); give the id of the one meant</source>
        <translation>{key!r} は {count} 個のノード（{ids}）のラベルです。意図したノードの ID を指定してください</translation>
    </message>
    <message>
        <source>there is no node {key!r}; valid nodes: {valid}</source>
        <translation>ノード {key!r} はありません。有効なノード：{valid}</translation>
    </message>
    <message>
        <source>{samples} is not a whole number from 0 to {max_samples:,}</source>
        <translation>{samples} は 0 から {max_samples:,} までの整数ではありません</translation>
    </message>
    <message>
        <source>{sample} is not one of {kinds}</source>
        <translation>{sample} は {kinds} のいずれでもありません</translation>
    </message>
    <message>
        <source>sampling participants needs a model with participants</source>
        <translation>参加者を抽出するには参加者のいるモデルが必要です</translation>
    </message>
    <message>
        <source>run scenarios and print the largest changes</source>
        <translation>シナリオを実行し、最も大きな変化を表示する</translation>
    </message>
    <message>
        <source>Run the baseline and scenarios of a model; print the largest changes from baseline per scenario, the verdicts and the objectives scorecard.</source>
        <translation>モデルのベースラインとシナリオを実行し、シナリオごとのベースラインからの最大の変化、終わり方の判定、目標のスコアカードを表示します。</translation>
    </message>
    <message>
        <source>a scenario id or label (repeat for several; default: all)</source>
        <translation>シナリオの id またはラベル（複数なら繰り返し。既定：すべて）</translation>
    </message>
    <message>
        <source>Monte Carlo samples of uncertain edge weights (default 0: none)</source>
        <translation>不確実なエッジの重みのモンテカルロ標本数（既定 0: なし）</translation>
    </message>
    <message>
        <source>what each Monte Carlo sample draws: the uncertain edge weights (default), one participant&apos;s map, drawn by credibility (participants), or such a map with its weights then drawn within bounds (both)</source>
        <translation>各モンテカルロ標本が抽出するもの：不確かなエッジの重み（既定）、信頼度に応じて選ぶ 1 人の参加者のマップ（participants）、またはそのマップの重みをさらに範囲内で抽出したもの（both）</translation>
    </message>
    <message>
        <source>Monte Carlo in float32: faster for large runs, bands within 1e-6 of float64&apos;s (default: the model&apos;s setting)</source>
        <translation>モンテカルロを float32 で：大きな実行で速く、帯は float64 の 1e-6 以内（既定：モデルの設定）</translation>
    </message>
    <message>
        <source>number of steps (default: the model&apos;s)</source>
        <translation>ステップ数（既定：モデルのステップ数）</translation>
    </message>
    <message>
        <source>nodes listed per scenario (default 10)</source>
        <translation>シナリオごとに一覧するノードの数（既定 10）</translation>
    </message>
    <message>
        <source>also run every scenario on each participant&apos;s map and say how many maps agree (the model must have participants)</source>
        <translation>各参加者のマップでもすべてのシナリオを実行し、いくつのマップが一致するかを示す（モデルに参加者が必要）</translation>
    </message>
    <message>
        <source>also print guaranteed ranges of the objectives&apos; nodes for every weight anywhere in its low..high range</source>
        <translation>各重みが下限..上限の範囲のどこにあっても成り立つ、目標のノードの保証範囲も表示する</translation>
    </message>
    <message>
        <source>also write the results; the suffix picks the format (.csv table, .xlsx workbook)</source>
        <translation>結果も書き出す。拡張子で形式が決まる（.csv は表、.xlsx はワークブック）</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注記：{note}</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>モンテカルロ</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>{out} を書き出しました</translation>
    </message>
    <message>
        <source>across {count} participants&apos; maps:</source>
        <translation>参加者 {count} 人のマップ全体で：</translation>
    </message>
    <message>
        <source>scenario {id} ({label}):</source>
        <translation>シナリオ {id}（{label}）：</translation>
    </message>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>shared map</source>
        <translation>共有マップ</translation>
    </message>
    <message>
        <source>rises on</source>
        <translation>上昇するマップ</translation>
    </message>
    <message>
        <source>falls on</source>
        <translation>下降するマップ</translation>
    </message>
    <message>
        <source>range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>no node changes on the shared map</source>
        <translation>共有マップで変化するノードはありません</translation>
    </message>
    <message>
        <source>{objective}: met on {met} of {count} maps</source>
        <translation>{objective}：{count} 枚のマップのうち {met} 枚で達成</translation>
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
        <translation>モデルの設定ではなく、別の FCM ツールの約束事で実行する</translation>
    </message>
    <message>
        <source>--out {path}: unknown file type {suffix}; use {known}</source>
        <translation>--out {path}：不明なファイル形式 {suffix} です。{known} を使ってください</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>trust (is the answer the only one?):</source>
        <translation>信頼性（答えはただ一つか）：</translation>
    </message>
    <message>
        <source>no objectives: no guaranteed ranges to show</source>
        <translation>目標がありません。表示する保証範囲はありません</translation>
    </message>
    <message>
        <source>guaranteed ranges at the last step, for every weight anywhere in its low..high range (conservative):</source>
        <translation>最終ステップの保証範囲（各重みが下限..上限の範囲のどこにあっても成り立つ、保守的な値）：</translation>
    </message>
    <message>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水準</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>baseline: {verdict}</source>
        <translation>ベースライン：{verdict}</translation>
    </message>
    <message>
        <source>no scenarios in this model</source>
        <translation>このモデルにはシナリオがありません</translation>
    </message>
    <message>
        <source>scenario {id} ({label}): {verdict}</source>
        <translation>シナリオ {id}（{label}）：{verdict}</translation>
    </message>
    <message>
        <source>no node changes from baseline</source>
        <translation>ベースラインから変化するノードはありません</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>P(up)</source>
        <translation>上昇確率</translation>
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
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>wants</source>
        <translation>望む方向</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>P(met)</source>
        <translation>達成確率</translation>
    </message>
    <message>
        <source>{title}: {steps} {unit}s, rule {rule}, {activation} (lambda {steepness}), start {start}, drivers {drivers}</source>
        <translation>{title}：{steps} {unit}、規則 {rule}、{activation}（lambda {steepness}）、開始 {start}、駆動ノード {drivers}</translation>
    </message>
    <message>
        <source>{samples} samples of participants&apos; maps, seed {seed}</source>
        <translation>参加者のマップのサンプル {samples} 個、シード {seed}</translation>
    </message>
    <message>
        <source>{samples} samples of participants&apos; maps and their weights, seed {seed}</source>
        <translation>参加者のマップとその重みのサンプル {samples} 個、シード {seed}</translation>
    </message>
    <message>
        <source>{samples} samples, seed {seed}</source>
        <translation>サンプル {samples} 個、シード {seed}</translation>
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
        <translation>2 つ目のシナリオ {id!r}（1 つ目は {row} 行目）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>{scenario!r} is not a scenario on the Scenarios sheet</source>
        <translation>{scenario!r} は Scenarios シートのシナリオではありません</translation>
    </message>
</context>
<context>
    <name>sensitivity</name>
    <message>
        <source>there is no objective {objective!r}; valid objectives: {valid}</source>
        <translation>目標 {objective!r} はありません。有効な目標：{valid}</translation>
    </message>
    <message>
        <source>{objective!r} is the label of {count} objectives ({ids}); give the id of the one meant</source>
        <translation>{objective!r} は {count} 件の目標（{ids}）のラベルです。意図した目標の ID を指定してください</translation>
    </message>
    <message>
        <source>which edge weights and levers move an objective most</source>
        <translation>目標を最も動かすエッジの重みとレバーはどれか</translation>
    </message>
    <message>
        <source>Tornado of edge weights (each at its low and high bound) and lever elasticities for one objective in one scenario.</source>
        <translation>一つのシナリオの一つの目標について、エッジの重みのトルネード図（各重みを下限と上限にして）とレバーの弾力性を示します。</translation>
    </message>
    <message>
        <source>a scenario id or label</source>
        <translation>シナリオの id またはラベル</translation>
    </message>
    <message>
        <source>an objective id or label</source>
        <translation>目標の id またはラベル</translation>
    </message>
    <message>
        <source>tornado bars and levers listed (default 15)</source>
        <translation>一覧するトルネードの棒とレバーの数（既定 15）</translation>
    </message>
    <message>
        <source>also write every tornado bar as a CSV table</source>
        <translation>トルネードの棒をすべて CSV の表としても書き出す</translation>
    </message>
    <message>
        <source>--out {out}: the tornado is written as .csv</source>
        <translation>--out {out}：トルネード図は .csv で書き出されます</translation>
    </message>
    <message>
        <source>tornado</source>
        <translation>トルネード図</translation>
    </message>
    <message>
        <source>levers</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>{out} を書き出しました</translation>
    </message>
    <message>
        <source>objective {objective} in scenario {scenario}: change from baseline at the last step {change}</source>
        <translation>シナリオ {scenario} の目標 {objective}：最終ステップでのベースラインからの変化 {change}</translation>
    </message>
    <message>
        <source>tornado (edge weight at its low and high bound, widest swing first):</source>
        <translation>トルネード図（エッジの重みを下限と上限にしたとき。振れ幅の大きい順）：</translation>
    </message>
    <message>
        <source>the model has no edges</source>
        <translation>モデルにエッジがありません</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>エッジ</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>value at low</source>
        <translation>下限での値</translation>
    </message>
    <message>
        <source>value at high</source>
        <translation>上限での値</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>振れ幅</translation>
    </message>
    <message>
        <source>... and {count} more edges (--top, or --out FILE.csv)</source>
        <translation>……ほかにエッジ {count} 本（--top、または --out FILE.csv）</translation>
    </message>
    <message>
        <source>levers (slope of the objective value per unit of lever value):</source>
        <translation>レバー（レバーの値 1 単位あたりの目標値の傾き）：</translation>
    </message>
    <message>
        <source>the model has no levers (restriction nodes)</source>
        <translation>モデルにレバー（規制ノード）がありません</translation>
    </message>
    <message>
        <source>lever</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>elasticity</source>
        <translation>弾力性</translation>
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
        <translation>{count:,} 個のラベルが複数のノードに付いています。別々のノードとして残しましたが、マップ上では見分けがつきません：{labels}</translation>
    </message>
</context>
<context>
    <name>sheet_roles</name>
    <message>
        <source>the sheet of nodes chosen, {sheet!r}, is no sheet whose Label column lists nodes the edges join (those that do: {names})</source>
        <translation>ノードのシートに選ばれた {sheet!r} は、Label 列がエッジの結ぶノードを並べるシートではありません（そうしたシート：{names}）</translation>
    </message>
    <message>
        <source>read as the nodes (no sheet is named Nodes or Elements): its {column} column names nodes the edges join</source>
        <translation>ノードとして読みました（Nodes や Elements という名前のシートがありません）：その {column} 列がエッジの結ぶノードを挙げています</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements</source>
        <translation>どれもエッジの結ぶノードを並べていて（Label 列）、Nodes や Elements という名前のものがありません</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements: name the sheet of nodes Nodes, or import the file again and choose the sheet when Windtunnel asks</source>
        <translation>どれもエッジの結ぶノードを並べていて（Label 列）、Nodes や Elements という名前のものがありません：ノードのシートの名前を Nodes にするか、ファイルをもう一度インポートし、Windtunnel が尋ねたときにシートを選んでください</translation>
    </message>
    <message>
        <source>each lists nodes the edges join (a Label column), and none is named Nodes or Elements: name the sheet of nodes Nodes, or import with --nodes-sheet and its name</source>
        <translation>どれもエッジの結ぶノードを並べていて（Label 列）、Nodes や Elements という名前のものがありません：ノードのシートの名前を Nodes にするか、--nodes-sheet にそのシート名を付けてインポートしてください</translation>
    </message>
</context>
<context>
    <name>story</name>
    <message>
        <source>The levers</source>
        <translation>レバー</translation>
    </message>
    <message>
        <source>{node} {moves} ({objective}: {verdict})</source>
        <translation>{node} は{moves}（{objective}：{verdict}）</translation>
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
        <translation>第一の影響</translation>
    </message>
    <message>
        <source>Second-round effects</source>
        <translation>第二段階の影響</translation>
    </message>
    <message>
        <source>Third-round effects</source>
        <translation>第三段階の影響</translation>
    </message>
    <message>
        <source>{steps} steps on</source>
        <translation>{steps} 段階先</translation>
    </message>
    <message>
        <source>{node} {moves} (through {via})</source>
        <translation>{node} は{moves}（{via} 経由）</translation>
    </message>
    <message>
        <source>{node} {moves}</source>
        <translation>{node} は{moves}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか {count} 件</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
    <message>
        <source>barely moves</source>
        <translation>ほとんど変わらない</translation>
    </message>
    <message>
        <source>rises by {amount}</source>
        <translation>{amount} 上昇</translation>
    </message>
    <message>
        <source>falls by {amount}</source>
        <translation>{amount} 低下</translation>
    </message>
</context>
<context>
    <name>structure</name>
    <message>
        <source>loops longer than {length} nodes were not searched</source>
        <translation>{length} ノードより長いループは探索していません</translation>
    </message>
    <message>
        <source>the search stopped after {count} loops; more exist</source>
        <translation>探索は {count} 個のループで止まりました。ほかにもあります</translation>
    </message>
    <message>
        <source>the search stopped after its time budget of {seconds} s with {count} loops; more may exist</source>
        <translation>探索は制限時間 {seconds} 秒で {count} 個のループを見つけた時点で止まりました。ほかにもある可能性があります</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
    </message>
    <message>
        <source>all loops listed</source>
        <translation>すべてのループを一覧しました</translation>
    </message>
    <message>
        <source>betweenness is exact</source>
        <translation>媒介中心性は厳密値です</translation>
    </message>
    <message>
        <source>betweenness is an estimate from {pivots} of {count} nodes as sources (pivots drawn with a fixed seed)</source>
        <translation>媒介中心性は {count} 個のノードのうち {pivots} 個を始点とした推定値です（ピボットは固定シードで抽出）</translation>
    </message>
    <message>
        <source>give at least one actor</source>
        <translation>アクターを一つ以上指定してください</translation>
    </message>
    <message>
        <source>{outcome!r} is also one of the actors</source>
        <translation>{outcome!r} はアクターの一つでもあります</translation>
    </message>
    <message>
        <source>print node metrics, model statistics, loops and chokepoints</source>
        <translation>ノードの指標、モデルの統計、ループ、チョークポイントを表示する</translation>
    </message>
    <message>
        <source>Describe the structure of a model: statistics, the most central nodes, feedback loops and (with --actor and --outcome) chokepoints.</source>
        <translation>モデルの構造を示します：統計、最も中心的なノード、フィードバックループ、（--actor と --outcome があれば）チョークポイント。</translation>
    </message>
    <message>
        <source>nodes and loops listed (default 15)</source>
        <translation>一覧するノードとループの数（既定 15）</translation>
    </message>
    <message>
        <source>stop the loop search after this many loops (default 10000)</source>
        <translation>この数のループを見つけたらループ探索を止める（既定 10000）</translation>
    </message>
    <message>
        <source>longest loop searched, in nodes (default 12)</source>
        <translation>探索する最長のループ、ノード数で（既定 12）</translation>
    </message>
    <message>
        <source>estimate betweenness from K source nodes (default: exact up to 500 nodes, 250 pivots above)</source>
        <translation>K 個の始点ノードから媒介中心性を推定する（既定：500 ノードまでは厳密、それ以上は 250 のピボット）</translation>
    </message>
    <message>
        <source>with --outcome: an actor whose positive paths to the outcome are cut (repeat for several)</source>
        <translation>--outcome と併用：結果への正の経路を断つアクター（複数なら繰り返し）</translation>
    </message>
    <message>
        <source>with --actor: the outcome node of the chokepoint search</source>
        <translation>--actor と併用：チョークポイント探索の結果ノード</translation>
    </message>
    <message>
        <source>also write every node&apos;s metrics as a CSV table</source>
        <translation>各ノードの指標も CSV の表として書き出す</translation>
    </message>
    <message>
        <source>--actor and --outcome go together</source>
        <translation>--actor と --outcome は一緒に指定してください</translation>
    </message>
    <message>
        <source>--out {out}: the metrics are written as .csv</source>
        <translation>--out {out}：指標は .csv で書き出されます</translation>
    </message>
    <message>
        <source>loops</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation>媒介中心性</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>{out} を書き出しました</translation>
    </message>
    <message>
        <source>{title}: {nodes} nodes, {edges} edges</source>
        <translation>{title}：ノード {nodes} 個、エッジ {edges} 本</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>統計量</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>drivers / receivers / ordinary</source>
        <translation>駆動ノード / 受信ノード / 通常ノード</translation>
    </message>
    <message>
        <source>most central nodes ({note}):</source>
        <translation>中心性の高いノード（{note}）：</translation>
    </message>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>indegree</source>
        <translation>入次数</translation>
    </message>
    <message>
        <source>outdegree</source>
        <translation>出次数</translation>
    </message>
    <message>
        <source>centrality</source>
        <translation>中心性</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>feedback loops: {count} ({reinforcing} reinforcing, {balancing} balancing); {note}</source>
        <translation>フィードバックループ：{count} 個（強化 {reinforcing}、バランス {balancing}）。{note}</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>極性</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>members</source>
        <translation>構成ノード</translation>
    </message>
    <message>
        <source>... and {count} more (windtunnel loops lists them)</source>
        <translation>……ほかに {count} 個（windtunnel loops で一覧できます）</translation>
    </message>
    <message>
        <source>chokepoints: no positive path from {actors} to {outcome}</source>
        <translation>チョークポイント：{actors} から {outcome} への正の経路はありません</translation>
    </message>
    <message>
        <source>chokepoints from {actors} to {outcome}: {nodes}</source>
        <translation>{actors} から {outcome} へのチョークポイント：{nodes}</translation>
    </message>
    <message>
        <source>none (only direct edges)</source>
        <translation>なし（直接のエッジのみ）</translation>
    </message>
    <message>
        <source>; direct positive edges that no node removal cuts: from {actors}</source>
        <translation>。どのノードを除いても切れない直接の正のエッジ：{actors} から</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>the file is {size:,.0f} MB; imports are at most {file_bytes} MB</source>
        <translation>ファイルは {size:,.0f} MB です。インポートは最大 {file_bytes} MB です</translation>
    </message>
    <message>
        <source>is {kind}, not a file to read</source>
        <translation>{kind}であり、読み込めるファイルではありません</translation>
    </message>
    <message>
        <source>is not a valid file name</source>
        <translation>有効なファイル名ではありません</translation>
    </message>
    <message>
        <source>cannot read the file ({strerror})</source>
        <translation>ファイルを読めません（{strerror}）</translation>
    </message>
    <message>
        <source>has {count:,} columns; the limit is {columns:,}</source>
        <translation>{count:,} 列あります。上限は {columns:,} です</translation>
    </message>
    <message>
        <source>the {what} has more than {cells:,} cells</source>
        <translation>{what}のセルが {cells:,} 個を超えています</translation>
    </message>
    <message>
        <source>the {what} has more than {rows:,} data rows</source>
        <translation>{what}のデータ行が {rows:,} 行を超えています</translation>
    </message>
</context>
<context>
    <name>tabular</name>
    <message>
        <source>read as the header row: the text above it ({title!r}) was taken for the sheet&apos;s title and not read</source>
        <translation>この行を見出し行として読みました：その上のテキスト（{title!r}）はシートのタイトルとみなし、読み込んでいません</translation>
    </message>
    <message>
        <source>the first column, without a header, numbers the rows {first:,} to {last:,}: read as row numbers, not data</source>
        <translation>見出しのない最初の列は行に {first:,} から {last:,} までの番号を振っています：データではなく行番号として読みました</translation>
    </message>
    <message>
        <source>found neither a Nodes nor an Edges sheet (sheets: {sheets})</source>
        <translation>Nodes シートも Edges シートも見つかりません（シート：{sheets}）</translation>
    </message>
    <message>
        <source>no Sources sheet: created 1 source from the cited id ({ids})</source>
        <translation>Sources シートがないため、引用された id から出典を 1 件作りました（{ids}）</translation>
    </message>
    <message>
        <source>no Sources sheet: created {count} sources from the cited ids ({ids})</source>
        <translation>Sources シートがないため、引用された id から出典を {count} 件作りました（{ids}）</translation>
    </message>
    <message>
        <source>{key!r} is not a setting; ignored</source>
        <translation>{key!r} は設定ではないため、無視しました</translation>
    </message>
    <message>
        <source>{key}: {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <source>{key}: must be text of {least}-{most:,} characters</source>
        <translation>{key}: {least}〜{most:,} 文字のテキストでなければなりません</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>is not a set of translations</source>
        <translation>翻訳の集まりではありません</translation>
    </message>
    <message>
        <source>marks {count:,} translations for review, more than the {total:,} it has</source>
        <translation>見直す翻訳として {count:,} 件を挙げていますが、翻訳は {total:,} 件しかありません</translation>
    </message>
    <message>
        <source>has no translation to review</source>
        <translation>見直す翻訳がありません</translation>
    </message>
    <message>
        <source>has {count:,} languages, more than {most}</source>
        <translation>{count:,} 言語あり、上限の {most} を超えています</translation>
    </message>
    <message>
        <source>is translated twice</source>
        <translation>二度翻訳されています</translation>
    </message>
    <message>
        <source>{field} has no translations here (only {fields})</source>
        <translation>{field} はここでは翻訳できません（翻訳できるのは {fields} のみ）</translation>
    </message>
    <message>
        <source>{tag} is not a language tag</source>
        <translation>{tag} は言語タグではありません</translation>
    </message>
    <message>
        <source>{tag} is not a language tag as files write it: write {hint!r}</source>
        <translation>{tag} はファイルで書く形の言語タグではありません：{hint!r} と書いてください</translation>
    </message>
    <message>
        <source>{tag} is not a BCP 47 language tag (such as &apos;zh-CN&apos;, &apos;zh-HK&apos;, &apos;ja&apos;)</source>
        <translation>{tag} は BCP 47 の言語タグ（&apos;zh-CN&apos;、&apos;zh-HK&apos;、&apos;ja&apos; など）ではありません</translation>
    </message>
    <message>
        <source>is empty (leave the language out to show the original)</source>
        <translation>空です（原文を表示するには、その言語を省いてください）</translation>
    </message>
    <message>
        <source>holds the control character {code} at character {position}; translations are plain text</source>
        <translation>{position} 文字目に制御文字 {code} があります。翻訳はプレーンテキストです</translation>
    </message>
    <message>
        <source>has no name: only a named group has translations</source>
        <translation>名前がありません：翻訳を持てるのは名前のあるグループだけです</translation>
    </message>
</context>
<context>
    <name>translations_sheet</name>
    <message>
        <source>a Translations sheet needs the columns {columns} (missing: {missing})</source>
        <translation>Translations シートには列 {columns} が必要です（不足：{missing}）</translation>
    </message>
    <message>
        <source>a group has only a {field} to translate, not {written}</source>
        <translation>グループで翻訳できるのは {field} だけで、{written} は翻訳できません</translation>
    </message>
    <message>
        <source>the group {field} in {language} is also given in row {row}</source>
        <translation>{language} のグループ {field} は {row} 行目にもあります</translation>
    </message>
    <message>
        <source>the {field} of this {kind} in {language} is also given in row {row}</source>
        <translation>この {kind} の {language} の {field} は {row} 行目にもあります</translation>
    </message>
    <message>
        <source>the model has no edge from {source} to {target}</source>
        <translation>モデルに {source} から {target} へのエッジはありません</translation>
    </message>
    <message>
        <source>the model has no node {id}</source>
        <translation>モデルにノード {id} はありません</translation>
    </message>
    <message>
        <source>the model has no scenario {id}</source>
        <translation>モデルにシナリオ {id} はありません</translation>
    </message>
    <message>
        <source>the model has no objective {id}</source>
        <translation>モデルに目標 {id} はありません</translation>
    </message>
    <message>
        <source>the model has no source {id}</source>
        <translation>モデルに出典 {id} はありません</translation>
    </message>
    <message>
        <source>the model has no participant {id}</source>
        <translation>モデルに参加者 {id} はありません</translation>
    </message>
    <message>
        <source>{name!r} names {count} groups ({groups}), whose names differ at most by case; write the group as its nodes do</source>
        <translation>{name!r} は名前が大文字小文字しか違わない {count} 個のグループ（{groups}）を指しています。グループはそのノードと同じように書いてください</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>infinity</source>
        <translation>無限大</translation>
    </message>
    <message>
        <source>no slope bound for a step activation: uniqueness cannot be shown</source>
        <translation>階段関数の活性化には傾きの上限がないため、一意性は示せません</translation>
    </message>
    <message>
        <source>contraction factor {factor} {relation} 1 ({norm}-norm)</source>
        <translation>縮小係数 {factor} {relation} 1（{norm}ノルム）</translation>
    </message>
    <message>
        <source>the only possible answer</source>
        <translation>唯一の答え</translation>
    </message>
    <message>
        <source>the same answer from every start tried</source>
        <translation>試したどの初期値からも同じ答え</translation>
    </message>
    <message>
        <source>may depend on the start</source>
        <translation>初期値によって変わる可能性あり</translation>
    </message>
    <message>
        <source>may cycle: not settled</source>
        <translation>循環の可能性あり：未収束</translation>
    </message>
    <message>
        <source>these results do not depend on the starting values</source>
        <translation>この結果は初期値によらず同じです</translation>
    </message>
    <message>
        <source>every starting point tried gave these same results, though that is not proven for all</source>
        <translation>試したどの初期値からも同じ結果になりました。ただし、すべての初期値で証明されたわけではありません</translation>
    </message>
    <message>
        <source>other starting values give other results: read them with care</source>
        <translation>初期値が違うと結果も変わります。慎重に読んでください</translation>
    </message>
    <message>
        <source>the map is still changing at the last step: run more steps before relying on them</source>
        <translation>最後のステップでもマップはまだ変化しています。結果に頼る前にステップ数を増やして実行してください</translation>
    </message>
    <message>
        <source>contraction factor {factor} &lt; 1: every start ends at this answer</source>
        <translation>縮小係数 {factor} &lt; 1：どの初期値もこの答えに至る</translation>
    </message>
    <message>
        <source>a step activation has no slope bound</source>
        <translation>ステップ型の活性化関数には傾きの上限がない</translation>
    </message>
    <message>
        <source>factor {factor} ≥ 1</source>
        <translation>係数 {factor} ≥ 1</translation>
    </message>
    <message>
        <source>{starts} different starts end within {spread} of each other; not proven unique ({why})</source>
        <translation>{starts} 通りの初期値の結果が互いに {spread} 以内に収まる。唯一とは証明されていない（{why}）</translation>
    </message>
    <message>
        <source>{starts} starts are still moving at the last step, up to {spread} apart at {node}; run longer to tell</source>
        <translation>{starts} 通りの初期値が最終ステップでもまだ動いており、{node} で最大 {spread} の差がある。判断にはより長く実行する</translation>
    </message>
    <message>
        <source>{starts} different starts settle up to {spread} apart at {node}</source>
        <translation>{starts} 通りの初期値が {node} で最大 {spread} 離れて落ち着く</translation>
    </message>
    <message>
        <source>unique stable fixed point ({bound})</source>
        <translation>安定な不動点はただ一つ（{bound}）</translation>
    </message>
    <message>
        <source>not guaranteed unique ({bound}), but runs from {starts} starts end within {spread} of each other</source>
        <translation>一意とは保証されない（{bound}）が、{starts} 通りの開始点からの実行は互いに {spread} 以内で終わる</translation>
    </message>
    <message>
        <source>not settled: runs from {starts} starts have not all converged (or entered a cycle) by the last step and end up to {spread} apart (at {node}); run longer to tell; {bound}</source>
        <translation>未確定：{starts} 通りの開始点からの実行は最終ステップまでにすべて収束（または周期に入る）しておらず、最大 {spread} 離れて終わる（{node}）。判断するにはもっと長く実行してください。{bound}</translation>
    </message>
    <message>
        <source>depends on the start: runs from {starts} starts end up to {spread} apart (at {node}); {bound}</source>
        <translation>開始点しだい：{starts} 通りの開始点からの実行は最大 {spread} 離れて終わる（{node}）。{bound}</translation>
    </message>
</context>
<context>
    <name>unheaded</name>
    <message>
        <source>the header {header!r} is merged across columns {columns}: it heads column {first} alone, so the cells of row {rows} under its other columns were not read; unmerge it and give each column a header to read them</source>
        <translation>見出し {header!r} は列 {columns} にまたがって結合されています：見出しになるのは列 {first} だけなので、行 {rows} のほかの列にあるセルは読みませんでした。読むには、結合を解除して各列に見出しを付けてください</translation>
    </message>
    <message>
        <source>the header {header!r} is merged across columns {columns}: it heads column {first} alone, so the cells of {count} rows under its other columns (rows {rows}) were not read; unmerge it and give each column a header to read them</source>
        <translation>見出し {header!r} は列 {columns} にまたがって結合されています：見出しになるのは列 {first} だけなので、{count} 行（行 {rows}）のほかの列にあるセルは読みませんでした。読むには、結合を解除して各列に見出しを付けてください</translation>
    </message>
    <message>
        <source>row {rows} holds cells in a column without a header (column {columns}): they were not read; give their column a header to read it</source>
        <translation>行 {rows} には見出しのない列にセルがあります（列 {columns}）：これらのセルは読みませんでした。読むには、その列に見出しを付けてください</translation>
    </message>
    <message>
        <source>{count} rows hold cells in columns without a header (rows {rows}; columns {columns}): they were not read; give their column a header to read it</source>
        <translation>{count} 行に、見出しのない列のセルがあります（行 {rows}；列 {columns}）：これらのセルは読みませんでした。読むには、その列に見出しを付けてください</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>month</source>
        <translation>か月</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>is a formula ({text}); Windtunnel never evaluates formulas: replace it by its {wanted} (Paste Special &gt; Values)</source>
        <translation>数式です（{text}）。Windtunnel は数式を決して計算しません：その{wanted}に置き換えてください（形式を選択して貼り付け &gt; 値）</translation>
    </message>
    <message>
        <source>holds the error value {text}, not a {wanted}</source>
        <translation>{wanted}ではなくエラー値 {text} が入っています</translation>
    </message>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} は数ではありません</translation>
    </message>
    <message>
        <source>a whole number of about {digits:,} digits is past the largest number Windtunnel holds (about 1e308)</source>
        <translation>約 {digits:,} 桁の整数は、Windtunnel が保持できる最大の数（約 1e308）を超えています</translation>
    </message>
    <message>
        <source>{raw!r} is not a number</source>
        <translation>{raw!r} は数ではありません</translation>
    </message>
    <message>
        <source>holds {text!r} in a cell the workbook marks as TRUE or FALSE: the workbook is damaged, or the program that wrote it slipped; type the cell again in Excel</source>
        <translation>ワークブックが TRUE か FALSE と記したセルに {text!r} があります：ワークブックが破損しているか、書き出したプログラムの誤りです。Excel でセルを入力し直してください</translation>
    </message>
    <message>
        <source>holds {text!r} in a cell the workbook marks as a number: the workbook is damaged, or the program that wrote it slipped; type the cell again in Excel</source>
        <translation>ワークブックが数値と記したセルに {text!r} があります：ワークブックが破損しているか、書き出したプログラムの誤りです。Excel でセルを入力し直してください</translation>
    </message>
    <message>
        <source>{raw!r} could be {thousands} (a comma between thousands) or {decimal} (a decimal comma); write it without the comma, or with a decimal point</source>
        <translation>{raw!r} は {thousands}（3 桁区切りのカンマ）とも {decimal}（小数点のカンマ）とも読めます。カンマを除くか、小数点（.）で書いてください</translation>
    </message>
    <message>
        <source>{raw!r} is nearer 0 than any number Windtunnel holds: write 0, or a number it can hold</source>
        <translation>{raw!r} は 0 に近すぎて Windtunnel が保持できる数ではありません。0 と書くか、保持できる数にしてください</translation>
    </message>
    <message>
        <source>{text} is not a finite number</source>
        <translation>{text} は有限の数ではありません</translation>
    </message>
    <message>
        <source>is the number {number:g} formatted as a date: format the column as Number</source>
        <translation>日付の書式で表示された数値 {number:g} です：列の書式を「数値」にしてください</translation>
    </message>
    <message>
        <source>holds the time {time}, not a number (the number {number:g} formatted as a time): format the column as Number</source>
        <translation>数値ではなく時刻 {time} が入っています（時刻の書式で表示された数値 {number:g}）：列の書式を「数値」にしてください</translation>
    </message>
    <message>
        <source>holds the date {date}, not a number (a spreadsheet turns 1/2 typed into a cell into a date, and shows any number in a column formatted as dates as one): format the column as Number and type the value again</source>
        <translation>数値ではなく日付 {date} が入っています（表計算ソフトはセルに入力された 1/2 を日付に変え、日付の書式の列では数値も日付として表示します）：列の書式を「数値」にして、値を入力し直してください</translation>
    </message>
    <message>
        <source>{text} is not a whole number</source>
        <translation>{text} は整数ではありません</translation>
    </message>
    <message>
        <source>{word!r} is not yes/no or true/false</source>
        <translation>{word!r} は yes/no でも true/false でもありません</translation>
    </message>
    <message>
        <source>{strip!r} is a weight that changes over time (Gephi&apos;s dynamic weight); Windtunnel needs one number per edge</source>
        <translation>{strip!r} は時間とともに変わる重み（Gephi の動的な重み）です。Windtunnel にはエッジごとに一つの数が必要です</translation>
    </message>
    <message>
        <source>{value!r}: the bounds of a fuzzy weight must be in order (low, weight, high)</source>
        <translation>{value!r}: ファジーな重みの境界は順に並んでいなければなりません（low、weight、high）</translation>
    </message>
    <message>
        <source>{word!r} is not a sign (positive/negative, +/-)</source>
        <translation>{word!r} は符号（positive/negative、+/-）ではありません</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>converged at step {step}</source>
        <translation>ステップ {step} で収束</translation>
    </message>
    <message>
        <source>limit cycle of period {period}</source>
        <translation>周期 {period} のリミットサイクル</translation>
    </message>
    <message>
        <source>not converged by step {step}</source>
        <translation>ステップ {step} までに収束せず</translation>
    </message>
</context>
<context>
    <name>voices</name>
    <message>
        <source>the model has no participants</source>
        <translation>モデルに参加者がいません</translation>
    </message>
</context>
<context>
    <name>weight_labels</name>
    <message>
        <source>weights written as labels were read with Mental Modeler&apos;s numbers (high 1, medium 0.62, low 0.25): {labels}; write numbers to give other strengths</source>
        <translation>ラベルで書かれた重みは Mental Modeler の数値（強 1、中 0.62、弱 0.25）で読みました：{labels}。ほかの強さにするには数値で書いてください</translation>
    </message>
</context>
<context>
    <name>xmlsafe</name>
    <message>
        <source>refused unsafe XML (a DTD or entity declaration): {kind} files do not need one</source>
        <translation>安全でない XML（DTD またはエンティティ宣言）を拒否しました：{kind} のファイルにそれは要りません</translation>
    </message>
    <message>
        <source>not valid XML</source>
        <translation>有効な XML ではありません</translation>
    </message>
    <message>
        <source>the file declares no encoding, so it is UTF-8, and this byte is not: save it as UTF-8, or name its encoding in its first line (&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;)</source>
        <translation>ファイルは符号化方式を宣言していないので UTF-8 ですが、このバイトは UTF-8 ではありません：UTF-8 で保存するか、最初の行で符号化方式を指定してください（&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;）</translation>
    </message>
    <message>
        <source>the file declares the encoding {name!r}, which is not one Windtunnel knows; save it as UTF-8</source>
        <translation>ファイルは文字コード {name!r} を宣言していますが、Windtunnel はこの文字コードを知りません。UTF-8 で保存してください</translation>
    </message>
    <message>
        <source>not valid {name} text, though the file declares that encoding</source>
        <translation>ファイルはその文字コードを宣言していますが、有効な {name} テキストではありません</translation>
    </message>
    <message>
        <source>elements are nested more than {max_depth} deep; no graph file nests so deep</source>
        <translation>要素が {max_depth} 階層より深く入れ子になっています。これほど深く入れ子にするグラフファイルはありません</translation>
    </message>
</context>
</TS>
