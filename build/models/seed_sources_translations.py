"""Simplified Chinese, Hong Kong Traditional Chinese and Japanese titles, publishers and notes
of the five seed documents, in the order of :data:`translating.LANGUAGES` (zh-CN, zh-HK, ja).

Publishers use the name the publisher gives itself in that language where it has one: China
Daily is 中国日报 / 中國日報 (its own Chinese name) / チャイナ・デイリー (the Japanese press's),
the Financial Times 《金融时报》 / 《金融時報》 / フィナンシャル・タイムズ; Inside AI and Crypto
Briefing have no name but their Latin one and keep it. A blog is 博客 in Simplified Chinese and
網誌 in Hong Kong text.

Titles are our renderings of the documents' headlines: the repository holds only the
English texts, including of the China Daily column, whose Chinese edition's own headline
should replace ours once checked against it (scenarios/README.md says so). Notes are our
summaries, as in English. Imported by the authoring scripts of the bundled models.
"""

from __future__ import annotations

from seed_sources import BAN_BLOG, CHINA_DAILY, INSIDE_AI, SECURITY_ESSAY, WHACK_A_MOLE

__all__ = ["SOURCES"]

#: id -> ((title, publisher, note) in zh-CN, zh-HK, ja)
SOURCES = {
    INSIDE_AI: (
        ("出口管制反缚其倡导者；香港作为中立的人工智能枢纽",
         "Inside AI（新闻分析）",
         "软件无法像硬件那样被禁运：封锁只会加快对手的发展，管制把生态系统割裂成更不安全的平行技术栈，"
         "而香港可以承载可互操作的评估与安全测试标准。"),
        ("出口管制反縛其倡導者；香港作為中立的人工智能樞紐",
         "Inside AI（新聞分析）",
         "軟件無法像硬件那樣被禁運：封鎖只會加快對手的發展，管制把生態系統割裂成更不安全的平行技術棧，"
         "而香港可以承載可互通的評估與安全測試標準。"),
        ("輸出管理がその推進者を縛る：中立的なAIハブとしての香港",
         "Inside AI（ニュース分析）",
         "ソフトウェアはハードウェアのようには禁輸できない。遮断はライバルを加速させ、管理はエコシステムを"
         "より安全性の低い並立スタックに分断する。香港は相互運用可能な評価・安全性試験の基準を担いうる。"),
    ),
    CHINA_DAILY: (
        ("治理之墙挡不住人工智能的未来",
         "中国日报（观点·中国视角）",
         "报道美国要求Anthropic暂停外国国民的访问，以及由此导致的模型全球下线；主张管控高风险能力而非国籍，"
         "并支持中美已商定的人工智能政府间对话。"),
        ("治理之牆擋不住人工智能的未來",
         "中國日報（觀點·中國視角）",
         "報道美國要求Anthropic暫停外國國民的存取，以及由此導致的模型全球下線；主張管控高風險能力而非國籍，"
         "並支持中美已商定的人工智能政府間對話。"),
        ("ガバナンスの壁はAIの未来を阻めない",
         "チャイナ・デイリー（オピニオン「中国の視点」）",
         "米国がAnthropicに外国籍者のアクセス停止を求め、その結果モデルが世界中で停止されたことを報じる。"
         "国籍ではなく高リスクの能力を管理すべきだと論じ、米中が合意したAIに関する政府間対話を支持する。"),
    ),
    SECURITY_ESSAY: (
        ("安全与孤立：出口管制对防御性人工智能研究的影响",
         "未署名的分析文章",
         "禁令使防御者无法使用经过审查的模型，迫使受限机构转向没有安全过滤的开放权重模型，破坏共同的防御标准，"
         "并催生去中心化、不依赖特定提供商的安全协议。"),
        ("安全與孤立：出口管制對防禦性人工智能研究的影響",
         "未署名的分析文章",
         "禁令使防禦者無法使用經過審查的模型，迫使受限機構轉向沒有安全過濾的開放權重模型，破壞共同的防禦標準，"
         "並催生去中心化、不依賴特定供應商的安全協議。"),
        ("安全か孤立か：輸出管理が防御的AI研究にもたらすもの",
         "筆者不明の分析エッセイ",
         "禁止は防御者を検証済みのモデルから切り離し、規制対象の組織を安全フィルターのないオープンウェイト"
         "モデルへ向かわせ、共通の防御基準を壊し、提供元に依存しない分散型の安全プロトコルを促す。"),
    ),
    WHACK_A_MOLE: (
        ("人工智能出口管制变成打地鼠游戏",
         "引用 Crypto Briefing 和《金融时报》科技版的新闻简报",
         "列举各种规避手段（VPN、API代理、转售商、经新加坡转接流量、借用的账户凭证），警告每项措施都会给合法用户"
         "增添阻碍，并提出使用监测、水印和问责机制。"),
        ("人工智能出口管制變成打地鼠遊戲",
         "引用 Crypto Briefing 及《金融時報》科技版的新聞通訊",
         "列舉各種規避手段（VPN、API代理、轉售商、經新加坡轉接流量、借用的帳戶憑證），警告每項措施都會給合法用戶"
         "增添阻礙，並提出使用監察、水印和問責機制。"),
        ("AI輸出管理はもぐらたたきになった",
         "Crypto Briefing と『フィナンシャル・タイムズ』テック面を引用したニュースレター記事",
         "抜け道（VPN、APIプロキシ、再販業者、シンガポール経由の迂回、借りた認証情報）を挙げ、どの措置も正当な"
         "利用者の負担を増やすと警告し、利用監視、透かし、説明責任の仕組みを提案する。"),
    ),
    BAN_BLOG: (
        ("替竞争对手写好营销文案的出口禁令",
         "个人博客（人工智能文章）",
         "禁令催生了对东京和北京实验室主权人工智能的需求；安全与市场保护两种动机相互交织；蒸馏指控和新实验室的"
         "独立性存在争议；研究人员、小型开发者和公共机构最先被挡在门外。"),
        ("替競爭對手寫好營銷文案的出口禁令",
         "個人網誌（人工智能文章）",
         "禁令催生了對東京和北京實驗室主權人工智能的需求；安全與市場保護兩種動機互相交織；蒸餾指控和新實驗室的"
         "獨立性存在爭議；研究人員、小型開發者和公共機構最先被擋在門外。"),
        ("競合のマーケティング文句を書いてしまった輸出禁止",
         "個人ブログ（AI関連の記事）",
         "禁止は東京と北京のラボによるソブリンAIへの需要を生んだ。安全と市場保護という動機は絡み合い、蒸留の"
         "主張や新興ラボの独立性には異論がある。最初に締め出されるのは研究者、小規模開発者、公的機関だ。"),
    ),
}
