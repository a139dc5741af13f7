import type { TargetTool, TemplateKind } from '@chienowa/domain';

// Demo content for 株式会社ちえのわ商事 (see demo-organization.data.ts): knowledge posts, prompt
// templates, success stories and the parameters of the generated activity (views, reuses,
// likes). Pure data: the seeder resolves authors by email and templates by key. Texts contain
// no personal data, real company names, email addresses or phone numbers, so the pre-publish
// content check stays silent on them.

export type DemoKnowledgePost = {
  key: string;
  authorEmail: string;
  title: string;
  bodyMarkdown: string;
  tags: string[];
  /** The department the post belongs to; null for company-wide posts. */
  departmentKey: string | null;
  status: 'published' | 'draft' | 'archived';
  /** Days before the seed date it was published (for drafts: last edited). */
  publishedDaysAgo: number;
  /** Published long ago and past its review-by date: shows up in the stale list. */
  reviewOverdue?: boolean;
};

export type DemoTemplate = {
  key: string;
  authorEmail: string;
  title: string;
  description: string;
  /** A name from DEFAULT_TEMPLATE_CATEGORIES (ja). */
  category: string;
  kind: TemplateKind;
  targetTool: TargetTool;
  body: string;
  status: 'published' | 'draft';
  publishedDaysAgo: number;
  /** The template this one was forked from (published, older). */
  forkOfKey?: string;
};

export type DemoStory = {
  key: string;
  authorEmail: string;
  title: string;
  /** One line: what got better. */
  improved: string;
  howMarkdown: string;
  minutesBefore: number;
  minutesAfter: number;
  occurrencesPerMonth: number;
  qualityNote: string | null;
  /** Published templates the story used. */
  templateKeys: string[];
  status: 'approved' | 'submitted' | 'returned' | 'draft';
  /** Manager or ambassador of the author's department or its parent; null until reviewed. */
  reviewerEmail: string | null;
  reviewComment: string | null;
  daysAgo: number;
};

export type DemoActivity = {
  /** How far back the generated activity reaches. */
  months: number;
  viewsPerPublishedPostPerWeek: [min: number, max: number];
  reusesPerPublishedTemplatePerWeek: [min: number, max: number];
  /** Chance that a generated view also likes the post. */
  likeProbability: number;
};

// ---------------------------------------------------------------- knowledge posts

export const DEMO_KNOWLEDGE_POSTS: DemoKnowledgePost[] = [
  {
    key: 'genai-guideline-summary',
    authorEmail: 'mai.shimizu@example.com',
    title: '生成AI利用ガイド（社内版）の要点',
    tags: ['生成AI', 'ガイドライン', '情報セキュリティ', '新人向け'],
    departmentKey: null,
    status: 'published',
    publishedDaysAgo: 110,
    bodyMarkdown: `## この記事について

全社向けの「生成AI利用ガイド」はA4一枚にまとめていますが、「結局なにをしてよくて、なにがダメなのか」という質問が多いため、要点を抜き出しました。**迷ったら「使ってよい」が基本**です。使わないことが一番のリスクだと考えてください。

## 3つの原則

1. **推奨する使い方を知る**：文章の下書き、要約、アイデア出し、言い換え、翻訳の下訳は積極的に使ってください。
2. **入力してはいけない情報を守る**：個人情報、顧客から預かった機密情報、未公開の財務・人事情報は入力しません。
3. **最後は人が確認する**：AIの出力はあくまで下書きです。社外に出す前に、必ず自分の目で事実と数字を確認します。

## OK / NG 早見表

| 使い方 | 入力する内容の例 | 判断 |
|---|---|---|
| 社内会議のメモ要約 | 顧客名を「A社」に置き換えたメモ | OK |
| 提案書の構成案 | 業界と課題を一般化した説明 | OK |
| 英文メールの校正 | 取引条件を含まない文面 | OK |
| 顧客リストの分析 | 氏名・連絡先を含む一覧 | NG |
| 見積書の作成 | 未発表の価格改定情報 | NG（匿名化しても不可） |

## 迷ったときは

- 各部署のアンバサダーに社内チャットで気軽に聞いてください。「聞いてから使う」で十分です。
- 判断が難しいケースは生成AI推進チームが回答し、この記事に追記していきます。

## 関連リンク

- [生成AI利用ガイドライン（全文）](https://intra.example.com/guideline/genai)
- [プロンプトテンプレート集](https://intra.example.com/templates)

※ ガイドラインの確認（同意）がまだの方は、トップページのバナーから完了してください。`,
  },
  {
    key: 'minutes-in-ten-minutes',
    authorEmail: 'staff@example.com',
    title: '議事録を10分で仕上げる手順',
    tags: ['議事録', '生成AI', '時短', '営業'],
    departmentKey: 'sales-1',
    status: 'published',
    publishedDaysAgo: 75,
    bodyMarkdown: `## 背景

第一営業課で、週3回の社内定例と顧客打ち合わせの議事録を担当しています。以前は1本に45分ほどかかっていましたが、次の手順で10〜15分に短縮できました。

## 手順

1. **会議中はメモに集中**：発言をすべて書こうとせず、「決まったこと」「誰が・何を・いつまでに」だけを箇条書きで残します。
2. **固有名詞を置き換える**：顧客名は「A社」、先方の担当者は「先方部長」のように置き換えます（ガイドラインの入力禁止情報に注意）。
3. **テンプレートに貼る**：テンプレート「議事録要約（決定事項・ToDo抽出）」の会議メモ欄に貼り付け、できたプロンプトをコピーします。
4. **出力を突き合わせる**：決定事項と期限が自分のメモと合っているかを確認します。
5. **名前を戻して共有**：置き換えた名前を元に戻し、チャットで共有して完了です。

## プロンプトの骨子

\`\`\`text
あなたは営業部のアシスタントです。
以下の会議メモから「決定事項」「ToDo（担当・期限）」「保留事項」を抽出し、
箇条書きで出力してください。メモにない情報は推測で補わないでください。
\`\`\`

## うまくいかなかったこと

- 録音の文字起こしをそのまま貼ると長すぎて、要点がぼやけました。自分のメモの方が精度が高いです。
- 期限が「来週中」のように曖昧だと、AIが日付を作ってしまうことがあります。必ず確認してください。

## 効果

| 項目 | 以前 | 現在 |
|---|---|---|
| 作成時間 | 約45分 | 約15分 |
| 共有までの時間 | 翌営業日 | 当日中 |

詳しい使い方は[テンプレートのページ](https://intra.example.com/templates/minutes-summary)を見てください。`,
  },
  {
    key: 'sales-daily-report-with-ai',
    authorEmail: 'staff@example.com',
    title: '営業日報の書き方とAI活用例',
    tags: ['営業', '日報', '生成AI', '新人向け'],
    departmentKey: 'sales-1',
    status: 'published',
    publishedDaysAgo: 40,
    bodyMarkdown: `## 日報は「上司への報告」ではなく「明日の自分とチームへのメモ」

入社2年目になって、岡田課長に「日報は読んだ人が次の一手を決められるように書く」と教わりました。そのための型と、AIの使いどころをまとめます。

## 良い日報の3要素

- **事実**：訪問先（社名は社内コードで）、面談相手の役職、話した内容
- **所感**：先方の温度感、競合の動き、気になった一言
- **次の一手**：誰が、何を、いつまでに行うか

## AIに任せる部分・任せない部分

- 任せる：箇条書きメモを読みやすい文章に整える、抜けている要素を指摘してもらう
- 任せない：所感と次の一手の判断。ここは自分の言葉で書きます

## 使い方の例

1. 帰りの電車でスマホのメモに箇条書きで残す
2. 会社に戻ったらテンプレート「営業日報ドラフト」に貼る
3. 出てきた下書きの「所感」を自分の言葉に直して提出

> 下書きを整えるのに使うだけで、1日20分ほど浮きました。浮いた時間は翌日の訪問準備に回しています。

## 注意点

- 顧客の担当者名や個人の連絡先は入力しません。役職で書けば十分伝わります。
- 金額や数量は、AIが桁を丸めることがあるので元のメモと必ず照合します。

課内の日報フォーマットは[営業部ポータル](https://intra.example.com/sales/daily-report)にあります。`,
  },
  {
    key: 'proposal-outline-with-ai',
    authorEmail: 'manager@example.com',
    title: '顧客提案書の骨子をAIで作るコツ',
    tags: ['営業', '提案書', '生成AI', '資料作成'],
    departmentKey: 'sales',
    status: 'published',
    publishedDaysAgo: 60,
    bodyMarkdown: `## 部長から一言

提案書づくりで時間がかかるのは、スライドの体裁ではなく「何をどの順番で伝えるか」を決める部分です。ここをAIと壁打ちすると、若手でも30分で骨子が固まります。営業部では、**骨子はAIと作り、中身は人が書く**を標準にします。

## 骨子づくりの流れ

1. 顧客の課題を3行で書く（社名や担当者名は書かない）
2. テンプレート「提案書の骨子づくり」で構成案を3パターン出す
3. 一番「顧客の言葉」に近い案を選び、上司と5分だけ相談する
4. 各スライドの中身は、過去の提案書とナレッジ記事を参考に自分で書く

## 標準構成

| 章 | 書くこと | AIの使いどころ |
|---|---|---|
| 1. 現状と課題 | ヒアリングで聞いた事実 | 聞き漏れの指摘 |
| 2. 目指す姿 | 導入後の業務イメージ | 表現の言い換え |
| 3. 解決策 | 当社商材の組み合わせ | 構成案の比較 |
| 4. 効果 | 削減時間・コストの試算 | 試算の前提の洗い出し |
| 5. 進め方 | スケジュールと体制 | 抜け漏れチェック |

## やってはいけないこと

- 見積金額や未発表の価格をAIに入力すること
- AIが出した「業界の一般的な数字」をそのまま効果試算に使うこと。出典を確認できない数字は載せません

良い骨子ができたら、ぜひテンプレートやナレッジとして共有してください。共有した人にポイントが付きます。`,
  },
  {
    key: 'expense-common-returns',
    authorEmail: 'asuka.murakami@example.com',
    title: '経費精算でよくある差し戻し理由',
    tags: ['経理', '経費精算', '新人向け'],
    departmentKey: 'hr',
    status: 'published',
    publishedDaysAgo: 260,
    reviewOverdue: true,
    bodyMarkdown: `## はじめに

毎月の締め日前後に、同じ理由での差し戻しが集中します。申請する側も確認する側も時間がもったいないので、よくある理由をまとめました。提出前にひととおり確認してください。

## 差し戻し理由トップ5

| 順位 | 差し戻し理由 | 対処 |
|---|---|---|
| 1 | 領収書の宛名が空欄・個人名 | 宛名は会社名で受け取る。空欄の場合は理由を備考に記載 |
| 2 | 利用日と申請日の月がずれている | 前月分は翌月5営業日までに申請 |
| 3 | 交際費の参加者・目的が未記入 | 参加人数と目的（例：定例後の懇親）を必ず書く |
| 4 | 交通費の経路が最安でない | 経路検索の結果画面を添付。特急利用は理由を記載 |
| 5 | 1万円以上の備品を経費で申請 | 備品購入申請のフローで申請し直す |

## 提出前チェックリスト

- [ ] 領収書の画像は四隅まで写っているか
- [ ] 金額は税込で入力したか
- [ ] 勘定科目は迷ったら「その他」ではなく備考で相談したか
- [ ] 立替が複数ある場合、1件ずつ分けて登録したか

## 問い合わせ

不明点は社内チャットの経費精算チャンネルへ。規程の全文は[経費精算規程](https://intra.example.com/rules/expenses)を参照してください。

※ この記事は旧経費システム時代に作成しました。新システムでの画面の操作は変わっている可能性があります。`,
  },
  {
    key: 'it-contacts-for-newcomers',
    authorEmail: 'naoki.mori@example.com',
    title: '新人向け：社内システムの問い合わせ先一覧',
    tags: ['新人向け', '社内システム', '問い合わせ'],
    departmentKey: null,
    status: 'published',
    publishedDaysAgo: 320,
    reviewOverdue: true,
    bodyMarkdown: `## 困ったら、まずここを見てください

入社直後は「どこに聞けばいいのか分からない」が一番のストレスです。システムごとの窓口をまとめました。電話よりも、履歴が残るチャットやフォームでの問い合わせをお願いしています。

## 問い合わせ先

| システム | 困りごとの例 | 窓口 |
|---|---|---|
| PC・アカウント | パスワード再発行、PCの不調 | 社内チャット「it-helpdesk」チャンネル |
| 勤怠システム | 打刻漏れ、休暇申請 | 人事部の申請フォーム |
| 経費精算システム | 差し戻し、科目の相談 | 社内チャット「経費精算」チャンネル |
| 生成AIツール | 利用申請、使い方の相談 | 各部署のアンバサダー |
| 顧客管理システム | 権限追加、項目の追加依頼 | プラットフォーム課の依頼フォーム |

## 問い合わせのコツ

1. **何をしようとして**、**何が起きたか**を書く
2. エラー画面のスクリーンショットを添付する（個人情報が写っていたら塗りつぶす）
3. 急ぎの場合は「本日15時までに必要」のように期限を書く

## よくある質問

- **Q. 夜間や休日に困ったら？** A. 翌営業日の対応です。業務が止まる場合は上長に相談してください。
- **Q. 生成AIツールのアカウントは？** A. 入社時に全員に発行済みです。ログインできない場合はit-helpdeskへ。

最新の一覧は[社内ポータルのヘルプページ](https://intra.example.com/help)にもあります。`,
  },
  {
    key: 'excel-vs-ai',
    authorEmail: 'yuto.hashimoto@example.com',
    title: 'Excel関数よりAIに聞いた方が早いケース',
    tags: ['Excel', '生成AI', 'データ分析'],
    departmentKey: 'engineering',
    status: 'published',
    publishedDaysAgo: 30,
    bodyMarkdown: `## 結論

関数を「思い出す」時間が長いなら、AIに聞いた方が早いです。ただし、**データそのものは貼らず、列の構成だけを伝える**のがポイントです。

## AIに聞いた方が早いケース

| ケース | 例 | 理由 |
|---|---|---|
| 関数名を思い出せない | 複数条件で検索したい | やりたいことを文章で書けば候補が出る |
| ネストが深い | IFの入れ子が4段以上 | 読みやすい式に書き直してくれる |
| 他人が作った式を読む | 引き継いだ集計表 | 式の意味を日本語で説明してくれる |
| 文字列の整形 | 全角・半角の混在を揃える | 関数の組み合わせをまとめて提案してくれる |

## 自分で書いた方が早いケース

- SUMやCOUNTIFなど、すでに覚えている関数
- ピボットテーブルで済む集計

## 聞き方の例

「A列に受注日、B列に担当者、C列に金額があります。担当者ごと・月ごとの合計を別シートに出す式を教えてください」と聞くと、次のような式が返ってきます。

\`\`\`text
=SUMIFS(受注!C:C, 受注!B:B, $A2, 受注!A:A, ">="&B$1, 受注!A:A, "<"&EDATE(B$1,1))
\`\`\`

返ってきた式は、**小さなサンプルで結果を手計算と照合**してから本番の表に使ってください。テンプレート「Excel関数の作成・解説」も用意しています。

参考：[表計算ソフトの関数リファレンス](https://support.example.com/spreadsheet/functions)`,
  },
  {
    key: 'english-email-with-chatgpt',
    authorEmail: 'emily.carter@example.com',
    title: 'ChatGPTで英文メールを書くときの注意',
    tags: ['英文メール', '翻訳', '生成AI'],
    departmentKey: null,
    status: 'published',
    publishedDaysAgo: 50,
    bodyMarkdown: `## 英語ネイティブの立場から

海外の仕入先とのやり取りで、AIで書いた英文メールの相談をよく受けます。文法はほぼ完璧ですが、「丁寧すぎて用件が伝わらない」ことが多いです。気をつけたい点をまとめました。

## よくある問題

- **長すぎる**：日本語の前置きを全部訳すと、英語では回りくどく感じます。用件は最初の2文で伝えます。
- **謝りすぎる**：「申し訳ありません」を毎回 sorry にすると、責任を認めたように読まれることがあります。
- **あいまいな期限**：「なるべく早く」は as soon as possible ではなく、具体的な日付にします。

## プロンプトに加えると良い一文

\`\`\`text
Please keep the email under 120 words, state the request in the first two sentences,
and use a friendly but professional tone for a long-term supplier.
\`\`\`

## 送信前のチェック

1. 日付の書き方（月と日の順番）が相手の国に合っているか
2. 金額の通貨と単位が明記されているか
3. 社外秘の情報（原価、他社の条件）が含まれていないか
4. 署名が自分のものになっているか

## 参考

- [英文ビジネスメールの基本](https://learn.example.com/business-english/email)
- テンプレート「英文メール校正」は、自分で書いた英文を直すときに使えます。`,
  },
  {
    key: 'prompt-basics',
    authorEmail: 'kenji.watanabe@example.com',
    title: 'プロンプトの基本形：役割・目的・条件・出力形式',
    tags: ['プロンプト', '生成AI', '新人向け'],
    departmentKey: null,
    status: 'published',
    publishedDaysAgo: 100,
    bodyMarkdown: `## 白紙の入力欄で止まってしまう人へ

「何を書けばいいか分からない」という声を一番多く聞きます。まずは次の4つを埋めるだけで、出力の質が大きく変わります。

## 4つの要素

| 要素 | 書くこと | 例 |
|---|---|---|
| 役割 | AIに演じてほしい立場 | あなたは法人営業の経験が長い先輩です |
| 目的 | 何のために使う出力か | 新規顧客への初回訪問のお礼メールを作りたい |
| 条件 | 守ってほしいこと | 200字以内、です・ます調、次回日程の打診を含める |
| 出力形式 | どんな形で欲しいか | 件名と本文に分けて出力 |

## 基本形

\`\`\`text
# 役割
あなたは〇〇の専門家です。
# 目的
〇〇のために、〇〇を作成してください。
# 条件
- 〇〇字以内
- 〇〇な読み手を想定
# 出力形式
箇条書き／表／見出し付きの文章
\`\`\`

## さらに良くするコツ

1. **一度で完璧を求めない**：出力を見て「もっと短く」「表にして」と追加で頼む方が早いです。
2. **良い例を見せる**：過去の良いメールや資料の一部（機密を除く）を例として渡します。
3. **分からないことは聞いてもらう**：「不足している情報があれば質問してください」と書いておきます。

慣れてきたら、よく使うプロンプトをテンプレートとして登録しましょう。他の人が使うたびにポイントが付きます。[テンプレートの登録方法](https://intra.example.com/help/templates)`,
  },
  {
    key: 'cs-inquiry-ai-draft',
    authorEmail: 'hanako.yoshida@example.com',
    title: '問い合わせ対応：AI下書き→人が確認の流れ',
    tags: ['カスタマーサクセス', 'メール', '生成AI', '品質'],
    departmentKey: 'customer-success',
    status: 'published',
    publishedDaysAgo: 20,
    bodyMarkdown: `## 目的

導入支援チームでは、問い合わせへの一次回答をAIで下書きし、担当者が確認してから送る運用を始めました。回答までの時間を短くしつつ、品質は人が守るための手順です。

## 流れ

1. **問い合わせを要約**：顧客名・担当者名を伏せて、質問の要点だけをAIに渡します。
2. **回答の下書き**：過去の回答例とマニュアルの該当ページを添えて、下書きを作ってもらいます。
3. **担当者が確認**：次のチェックリストで確認し、必要なら修正します。
4. **送信と記録**：送信後、良い回答は「回答例」としてナレッジに登録します。

## 確認チェックリスト

- [ ] マニュアルと矛盾していないか（特に設定手順と画面名）
- [ ] 「できます」と言い切っていないか。仕様にないことを約束していないか
- [ ] 謝罪が必要な場面で、謝罪と今後の対応が両方書かれているか
- [ ] 顧客ごとの契約内容に関わる回答は、契約情報を自分で確認したか

## 分かったこと

- 下書きがあると、新人でも回答の「型」が身につくのが早いです。
- 一方で、AIは自社の仕様を知らないので、仕様に関する説明は必ずマニュアルから引用します。

マニュアルは[導入支援ポータル](https://intra.example.com/cs/manuals)にまとまっています。`,
  },
  {
    key: 'ai-fact-check',
    authorEmail: 'takumi.kondo@example.com',
    title: 'AIの回答を鵜呑みにしない：確認すべき5項目',
    tags: ['生成AI', 'ファクトチェック', '品質'],
    departmentKey: null,
    status: 'published',
    publishedDaysAgo: 15,
    bodyMarkdown: `## なぜ確認が必要か

生成AIは、もっともらしい文章を作るのが得意な一方で、事実と異なる内容をそれらしく書くことがあります。ガイドラインの「最後は人が確認する」を具体的な手順にしました。

## 確認すべき5項目

1. **数字**：金額、件数、割合、日付。元の資料と1つずつ照合します。
2. **固有名詞**：製品名、法令名、部署名。存在しない名前が混ざっていないかを確認します。
3. **出典**：「〜という調査があります」と書かれていたら、出典を自分で確認できるまで使いません。
4. **論理のつながり**：結論と根拠が対応しているか。途中で話がすり替わっていないか。
5. **トーン**：社外向けの文章で、言い切りすぎや失礼な表現がないか。

## 確認を楽にするプロンプト

出力のあとに次の一文を送ると、確認すべき箇所をAI自身に挙げてもらえます。

\`\`\`text
いまの回答のうち、事実確認が必要な箇所と、推測で書いた箇所を箇条書きで挙げてください。
\`\`\`

## それでも間違えたら

間違いに気づいたら、責めるのではなく共有しましょう。「こういう間違いがあった」というナレッジは、次の人の確認時間を減らします。

参考：[生成AIの出力確認に関する社内研修資料](https://intra.example.com/training/genai-quality)`,
  },
  {
    key: 'presales-research-draft',
    authorEmail: 'haruto.kimura@example.com',
    title: '商談前リサーチをAIで30分短縮する方法（作成中）',
    tags: ['営業', 'インサイドセールス', '調査', '生成AI'],
    departmentKey: 'sales',
    status: 'draft',
    publishedDaysAgo: 3,
    bodyMarkdown: `## この記事で伝えたいこと

インサイドセールスでは、初回商談の前に相手企業の業界や最近の動きを調べます。これまで1社あたり45分ほどかけていましたが、AIを使って15分程度に短縮できそうなので、手順をまとめています。

## 手順（案）

1. 公開情報（企業の公式サイトの会社概要、ニュースリリース）を自分で開く
2. 読んだ内容を箇条書きにしてAIに渡し、「業界の一般的な課題」と照らし合わせてもらう
3. 初回商談で聞くべき質問を5つ出してもらう
4. 質問を自分の言葉に直して、商談メモに貼る

## 注意したいこと

- AIに企業名で検索させた結果は、古い情報や誤りが混ざることがあるため、必ず公式の情報で裏を取る
- 商談メモには、先方の個人名ではなく役職を書く

## TODO

- [ ] 実際に5社で試して、かかった時間を記録する
- [ ] 遠藤さんに手順をレビューしてもらう
- [ ] 使ったプロンプトをテンプレートにする

参考にした記事：[プロンプトの基本形](https://intra.example.com/knowledge/prompt-basics)`,
  },
  {
    key: 'one-on-one-notes-draft',
    authorEmail: 'kaori.ikeda@example.com',
    title: '1on1記録のまとめ方（下書き）',
    tags: ['人事', '1on1', 'マネジメント'],
    departmentKey: 'hr',
    status: 'draft',
    publishedDaysAgo: 6,
    bodyMarkdown: `## 背景

管理職の方から「1on1の記録を書く時間がない」「何を残せばいいか分からない」という相談が続いています。人事部としての推奨の型をまとめる予定です。

## 記録に残すこと

- 本人が話したテーマ（業務、キャリア、体調、チーム）
- 合意したこと、次回までに上司がすること
- 本人の言葉で印象に残った一言

## 記録に残さないこと

- 健康状態の詳細や家庭の事情など、本人の同意がない機微な情報
- 上司の主観的な評価（評価面談の記録とは分けます）

## 生成AIを使う場合の注意

1on1の内容は個人に関する情報を多く含むため、**生成AIへの入力は原則として行いません**。使うとしても、自分の箇条書きメモを「読みやすく整える」程度にとどめ、氏名や具体的な事情は書かないでください。

## 記録の型（案）

| 項目 | 例 |
|---|---|
| テーマ | 新しい担当顧客との関係づくり |
| 合意したこと | 来月の同行訪問を2回設定する |
| 上司のToDo | 前任者との引き継ぎの場を作る |
| 次回 | 2週間後 |

公開前に村上さん・加藤さんに確認してもらう。`,
  },
  {
    key: 'qa-bot-beta-howto',
    authorEmail: 'chihiro.aoki@example.com',
    title: '社内Q&Aボット（β版）の使い方',
    tags: ['社内システム', 'チャットボット', '生成AI'],
    departmentKey: 'platform',
    status: 'archived',
    publishedDaysAgo: 400,
    bodyMarkdown: `> **この記事はアーカイブされています。** 社内Q&Aボットのβ版は提供を終了しました。現在は全社で契約している生成AIツールと、このナレッジ共有サイトの検索を使ってください。

## 概要

社内Q&Aボット（β版）は、社内規程や手続きに関する質問に答えるチャットボットです。プラットフォーム課が試験的に提供しています。

## 使い方

1. 社内チャットで「qa-bot」チャンネルを開く
2. ボット宛てに質問を書く（例：「出張の日当はいくら？」）
3. 回答の下に出る「参照した規程」のリンクで、内容を必ず確認する

## 答えられること・答えられないこと

| 答えられる | 答えられない |
|---|---|
| 就業規則・経費精算規程の内容 | 個別の人事情報 |
| 各種申請の手順 | 顧客や取引に関すること |
| 社内システムの問い合わせ先 | 規程に書かれていない判断 |

## フィードバックのお願い

回答が間違っていた場合は、回答の下の「役に立たなかった」ボタンを押してください。β版の改善に使います。

詳しくは[β版の案内ページ](https://intra.example.com/platform/qa-bot-beta)を参照してください。`,
  },
];

// ---------------------------------------------------------------- prompt templates

export const DEMO_TEMPLATES: DemoTemplate[] = [
  // テンプレート型 (fill-in)
  {
    key: 'minutes-summary',
    authorEmail: 'staff@example.com',
    title: '議事録要約（決定事項・ToDo抽出）',
    description:
      '会議中に取ったメモを貼るだけで、決定事項・ToDo（担当・期限）・保留事項に整理します。顧客名や個人名は「A社」「先方部長」などに置き換えてから貼ってください。',
    category: '議事録要約',
    kind: 'fill-in',
    targetTool: 'any',
    status: 'published',
    publishedDaysAgo: 90,
    body: `あなたは{{部署名|営業部|議事録を読む人の部署}}のアシスタントです。以下の会議メモを読み、社内共有用の議事録に整理してください。

# 会議情報
- 会議名：{{会議名|定例会議}}
- 開催日：{{開催日|本日|例：6月12日}}

# 会議メモ
{{会議メモ}}

# 出力形式
1. 会議の目的（1行）
2. 決定事項（箇条書き）
3. ToDo（「担当者／内容／期限」の表形式）
4. 保留事項・次回までの確認事項

# 条件
- 文体は{{文体|です・ます調|敬体か常体か}}で統一してください。
- メモに書かれていないことは推測で補わず、「不明」と書いてください。
- 期限が曖昧なToDoは「期限未定」としてください。
- 全体で{{分量|600字以内|目安の文字数}}にまとめてください。`,
  },
  {
    key: 'minutes-summary-cs',
    authorEmail: 'ayaka.ogawa@example.com',
    title: '議事録要約（顧客定例・導入支援版）',
    description:
      '「議事録要約（決定事項・ToDo抽出）」を導入支援の顧客定例向けに改良しました。顧客の要望・課題と、当社側／顧客側のToDoを分けて出力します。',
    category: '議事録要約',
    kind: 'fill-in',
    targetTool: 'chatgpt',
    status: 'published',
    publishedDaysAgo: 55,
    forkOfKey: 'minutes-summary',
    body: `あなたはカスタマーサクセス部のアシスタントです。以下は、導入支援中の顧客との定例会議のメモです。社内共有と顧客送付の両方に使える議事録に整理してください。

# 会議情報
- 定例の回数：{{回数|第1回|何回目の定例か}}
- 導入フェーズ：{{フェーズ|初期設定|初期設定・試験運用・本番運用など}}

# 会議メモ
{{会議メモ}}

# 出力形式
1. 今回のサマリー（3行以内）
2. 顧客の要望・課題（箇条書き。要望か課題かを明記）
3. 決定事項
4. ToDo（当社側と顧客側に分け、「内容／期限」を表形式で）
5. 次回定例で確認すること

# 条件
- 文体は{{文体|です・ます調|敬体か常体か}}で統一してください。
- メモにない約束や期限を作らないでください。
- 仕様や料金に関する発言は、そのまま引用し「要確認」と添えてください。`,
  },
  {
    key: 'sales-daily-report',
    authorEmail: 'ryo.matsumoto@example.com',
    title: '営業日報ドラフト',
    description:
      '1日の活動メモ（箇条書きで可）から、事実・所感・次の一手がそろった日報の下書きを作ります。所感は自分の言葉に直してから提出しましょう。',
    category: '日報作成',
    kind: 'fill-in',
    targetTool: 'chatgpt',
    status: 'published',
    publishedDaysAgo: 80,
    body: `あなたは法人営業の経験が豊富な先輩社員です。以下の活動メモをもとに、上司とチームが読む営業日報の下書きを作成してください。

# 本日の活動メモ
{{本日の活動メモ}}

# 明日の予定
{{明日の予定|未定|箇条書きで可}}

# 出力形式
## 本日の活動（事実）
訪問・商談ごとに「相手（役職）／内容／結果」を箇条書き
## 所感
先方の温度感、競合の動き、気づいたこと
## 次の一手
「誰が／何を／いつまでに」の形で
## 相談したいこと
上司に判断を仰ぎたいことがあれば

# 条件
- 全体で{{分量|400字程度}}にしてください。
- メモにない事実は書かず、情報が足りない項目は「（記入してください）」と残してください。
- 金額と数量はメモの表記をそのまま使ってください。`,
  },
  {
    key: 'apology-delivery-delay',
    authorEmail: 'takumi.saito@example.com',
    title: 'お詫びメール（納期遅延）',
    description:
      '納期遅延を取引先に連絡するお詫びメールの下書きです。遅延理由・新しい納期・代替案を入れるだけで、謝罪と今後の対応がそろった文面になります。',
    category: 'メール作成',
    kind: 'fill-in',
    targetTool: 'any',
    status: 'published',
    publishedDaysAgo: 70,
    body: `あなたは商社の営業担当です。取引先に納期遅延をお詫びするメールを作成してください。

# 状況
- 取引先：{{取引先|A社|社名は伏せて記号で}}の{{先方の役職|ご担当者}}様
- 対象の品目：{{品目}}
- 当初の納期：{{当初の納期}}
- 新しい納期：{{新しい納期}}
- 遅延の理由：{{遅延理由}}
- 代替案・お詫びの対応：{{代替案|なし|分納・代替品・送料負担など}}

# 条件
- 件名と本文に分けて出力してください。
- 冒頭で遅延の事実とお詫びを簡潔に伝え、言い訳が長くならないようにしてください。
- 新しい納期と、今後の進捗をいつ連絡するかを明記してください。
- 文体は{{文体|です・ます調|敬体か常体か}}、丁寧すぎて用件がぼやけないようにしてください。
- 300字から500字程度にしてください。`,
  },
  {
    key: 'proposal-outline',
    authorEmail: 'aoi.inoue@example.com',
    title: '提案書の骨子づくり',
    description:
      '顧客の課題と提案したい商材から、提案書の構成案を3パターン出します。中身を書く前の「何をどの順で伝えるか」を固めるためのテンプレートです。',
    category: '資料作成',
    kind: 'fill-in',
    targetTool: 'claude',
    status: 'published',
    publishedDaysAgo: 65,
    body: `あなたは法人向け提案のプロです。次の情報をもとに、提案書の骨子（スライド構成案）を作成してください。

# 顧客の情報
- 業種：{{業種}}
- 規模：{{規模|従業員300名程度}}
- 顧客の課題：{{顧客の課題|箇条書きで3つまで|社名や担当者名は書かない}}

# 提案したいこと
{{提案内容}}

# 出力してほしいもの
構成案を3パターン出してください。パターンごとに次を書いてください。
1. 全体のストーリー（2行）
2. スライドの見出しと、各スライドで伝えること（8枚以内）
3. この構成が向いている相手（決裁者向け・現場向けなど）

# 条件
- 顧客の課題から始め、当社の商材紹介から始めないでください。
- 効果の数字は入れず、「試算の前提として確認すべきこと」を挙げてください。
- 最後に、ヒアリングで追加で聞くべき質問を3つ挙げてください。`,
  },
  {
    key: 'internal-notice',
    authorEmail: 'asuka.murakami@example.com',
    title: '社内お知らせ文（制度・ルール変更）',
    description:
      '制度やルールの変更を全社に知らせる文面を作ります。「何が・いつから・誰に・どう変わるか」が一目で分かる構成になります。',
    category: '資料作成',
    kind: 'fill-in',
    targetTool: 'any',
    status: 'published',
    publishedDaysAgo: 45,
    body: `あなたは人事部の担当者です。次の変更内容を全社員に知らせるお知らせ文を作成してください。

# 変更の内容
- 対象の制度・ルール：{{対象}}
- 変更前：{{変更前}}
- 変更後：{{変更後}}
- 適用開始日：{{開始日}}
- 対象者：{{対象者|全社員}}

# 構成
1. タイトル（30字以内）
2. 要点（3行以内の箇条書き）
3. 変更の背景（2〜3文）
4. 変更前と変更後の比較表
5. 社員がすること・期限
6. 問い合わせ先（「人事部の申請フォーム」と書いてください）

# 条件
- 文体は{{文体|です・ます調|敬体か常体か}}。
- 専門用語には短い説明を添えてください。
- 不安をあおる表現は避け、社員にとっての変化を具体的に書いてください。`,
  },
  {
    key: 'interview-scheduling-email',
    authorEmail: 'sakura.kato@example.com',
    title: '面接日程の調整メール（候補者向け）',
    description:
      '採用候補者に面接日程の候補を送るメールの下書きです。候補日とオンライン／対面の別を入れて使います（作成中）。',
    category: 'メール作成',
    kind: 'fill-in',
    targetTool: 'any',
    status: 'draft',
    publishedDaysAgo: 4,
    body: `あなたは採用担当者です。応募者に面接日程の調整をお願いするメールを作成してください。

# 情報
- 選考段階：{{選考段階|一次面接}}
- 面接の形式：{{形式|オンライン|オンラインか対面か}}
- 所要時間：{{所要時間|60分}}
- 候補日時：{{候補日時|箇条書きで3つ以上|例：6月10日の14時から}}
- 返信の期限：{{返信期限}}

# 条件
- 件名と本文に分けてください。
- 応募へのお礼を最初に一文で伝えてください。
- 候補日で都合が合わない場合の連絡方法も書いてください。
- 応募者の氏名は「（氏名）」のままにしてください。
- 丁寧ですが、堅すぎない文面にしてください。`,
  },

  // タスク特化型 (task)
  {
    key: 'english-email-proofread',
    authorEmail: 'emily.carter@example.com',
    title: '英文メール校正',
    description:
      '自分で書いた英文メールを、ネイティブが読んで自然なビジネス英語に直します。修正理由も日本語で説明するので、英語の勉強にもなります。',
    category: '翻訳',
    kind: 'task',
    targetTool: 'chatgpt',
    status: 'published',
    publishedDaysAgo: 85,
    body: `あなたは英語を母語とするビジネスコミュニケーションの専門家です。次の英文メールを校正してください。相手との関係は「{{相手との関係|取引先|社内・取引先・初対面など}}」です。

# 英文メール
{{英文メール}}

# してほしいこと
1. 自然で丁寧なビジネス英語に直した全文
2. 主な修正点を3〜5個、「元の表現 → 修正後 → 理由（日本語）」の形で
3. 相手に誤解されるおそれのある表現があれば指摘

# 条件
- 用件が最初の2文で伝わるようにしてください。
- 元の意味を変えないでください。意味が不明確な箇所は推測せず、確認したい点として挙げてください。
- 全体の長さは元の文章と同程度か、それより短くしてください。`,
  },
  {
    key: 'english-email-proofread-supplier',
    authorEmail: 'kenta.hasegawa@example.com',
    title: '英文メール校正（海外仕入先向け）',
    description:
      '「英文メール校正」を海外の仕入先とのやり取り向けに調整しました。納期・数量・価格条件の書き方を特に確認します。',
    category: '翻訳',
    kind: 'task',
    targetTool: 'chatgpt',
    status: 'published',
    publishedDaysAgo: 35,
    forkOfKey: 'english-email-proofread',
    body: `あなたは貿易実務に詳しい英語のビジネスコミュニケーション専門家です。次は、{{仕入先の国・地域|アジア|英語が母語でない相手の場合は特に重要}}の仕入先に送る英文メールです。校正してください。

# 英文メール
{{英文メール}}

# してほしいこと
1. 英語が母語でない相手にも誤解なく伝わる、平易なビジネス英語に直した全文
2. 納期・数量・単価・通貨・取引条件の記載で、あいまいな箇所の指摘
3. 主な修正点を「元の表現 → 修正後 → 理由（日本語）」の形で3〜5個

# 条件
- 日付は月を英単語で書く形式（例：June 12）に統一してください。
- 慣用句やスラングは使わないでください。
- 元の意味を変えず、意味が不明確な箇所は確認したい点として挙げてください。`,
  },
  {
    key: 'survey-free-text-classify',
    authorEmail: 'erika.sakamoto@example.com',
    title: 'アンケート自由記述の分類',
    description:
      '社内アンケートや顧客アンケートの自由記述を、カテゴリに分類して件数と代表的な意見をまとめます。個人が特定できる記述は事前に削除してください。',
    category: 'データ分析',
    kind: 'task',
    targetTool: 'claude',
    status: 'published',
    publishedDaysAgo: 75,
    body: `あなたは組織調査の分析担当者です。次のアンケートの自由記述回答を分類し、集計してください。

# 回答一覧（1行に1件）
{{回答一覧}}

# 手順
1. 回答全体を読み、内容の近いものをまとめてカテゴリを作ってください。カテゴリ数は{{カテゴリ数|5〜7}}程度にしてください。
2. 各回答をいずれか1つのカテゴリに割り当ててください。どれにも当てはまらないものは「その他」としてください。
3. 次の表を出力してください：カテゴリ名／件数／代表的な意見（原文のまま2件）／改善のヒント
4. 表のあとに、全体の傾向を3行で要約してください。

# 条件
- 件数の合計が回答数と一致することを確認し、最後に合計を書いてください。
- 回答の言い換えや誇張はせず、代表的な意見は原文のまま引用してください。
- 少数でも重要そうな意見があれば、別に挙げてください。`,
  },
  {
    key: 'excel-formula-helper',
    authorEmail: 'yuto.hashimoto@example.com',
    title: 'Excel関数の作成・解説',
    description:
      'やりたいことを文章で書くと、Excelの式と、その式がどう動くかの解説を返します。実データは貼らず、列の構成だけを伝えてください。',
    category: 'データ分析',
    kind: 'task',
    targetTool: 'copilot',
    status: 'published',
    publishedDaysAgo: 28,
    body: `あなたは表計算ソフトに詳しい業務改善の担当者です。次の表で、やりたいことを実現するExcelの式を作ってください。

# 表の列構成
{{表の列構成|例：A列 受注日、B列 担当者、C列 金額}}

# やりたいこと
{{やりたいこと}}

# 出力してほしいもの
1. 式（コピーしてそのまま使える形）
2. 式の各部分が何をしているかの解説（初心者向けに、箇条書きで）
3. 空欄やエラー値があるときに結果がどうなるかと、その対策
4. 式を使わずに、ピボットテーブルやフィルターで済む場合はその方法

# 条件
- Microsoft 365 のExcelで使える関数を使ってください。
- 結果を確かめるための小さなサンプル（5行程度）と、その期待値も示してください。`,
  },
  {
    key: 'three-line-summary',
    authorEmail: 'hanako.yoshida@example.com',
    title: '長文資料の3行要約',
    description:
      '長い資料やメールのスレッドを3行に要約し、読む必要のある箇所を示します。社外秘の資料は入力しないでください。',
    category: '調査・要約',
    kind: 'task',
    targetTool: 'gemini',
    status: 'published',
    publishedDaysAgo: 50,
    body: `あなたは忙しい管理職のための要約担当です。次の資料を読み、{{読み手|営業部のメンバー|誰が読むための要約か}}向けに要約してください。

# 資料本文
{{資料本文}}

# 出力形式
1. 3行要約（1行40字以内）
2. 読み手に関係のある箇所（見出しや段落の冒頭を引用して、なぜ関係するかを1行で）
3. 読み手が取るべき行動（あれば。なければ「特になし」）
4. 資料の中で不明確な点・矛盾している点

# 条件
- 資料に書かれていないことは書かないでください。
- 数字や日付は資料の表記をそのまま使ってください。`,
  },
  {
    key: 'sql-review',
    authorEmail: 'chihiro.aoki@example.com',
    title: 'SQLクエリのレビュー',
    description:
      '集計用のSQLをレビューし、誤り・性能上の問題・読みやすさの改善点を指摘します。本番データや顧客情報は貼らず、クエリだけを入力してください。',
    category: 'コード作成',
    kind: 'task',
    targetTool: 'claude',
    status: 'published',
    publishedDaysAgo: 60,
    body: `あなたは経験豊富なデータベースエンジニアです。次の{{データベース|MySQL|MySQL・PostgreSQLなど}}向けのSQLをレビューしてください。

# SQL
{{SQL}}

# 観点
1. 正しさ：結合条件の漏れによる重複、NULLの扱い、集計の粒度の誤り
2. 性能：インデックスが使われない書き方、不要な全件走査、サブクエリの多重実行
3. 読みやすさ：別名の付け方、共通テーブル式での分割、コメント
4. 安全性：アプリから呼ぶ場合のプレースホルダの使い方

# 出力形式
- 指摘ごとに「重要度（高・中・低）／該当箇所／問題／修正案」を表で
- 最後に、指摘を反映した修正後のSQL全文

# 条件
- テーブル定義が分からないことで判断できない点は、推測せずに確認事項として挙げてください。`,
  },

  // 自由記述型 (free-form)
  {
    key: 'planning-sparring',
    authorEmail: 'mai.shimizu@example.com',
    title: '企画の壁打ち相手になってもらう',
    description:
      '企画のたたき台をAIにぶつけて、問いを返してもらうためのプロンプトです。答えを出させるのではなく、考えを深めるのに使います。',
    category: '企画・アイデア出し',
    kind: 'free-form',
    targetTool: 'any',
    status: 'published',
    publishedDaysAgo: 95,
    body: `これから、私が考えている企画について相談します。あなたは経験豊富な企画担当の先輩として、壁打ち相手になってください。

進め方は次のとおりです。
- まず私が企画の概要を書きます。すぐに改善案を出すのではなく、企画の目的・対象・効果について、私が考えきれていない点を質問で返してください。質問は一度に3つまでにしてください。
- 私が答えたら、その内容を踏まえて、企画の強みと弱みを率直に指摘してください。
- 最後に、企画を1枚にまとめるときの見出し案を出してください。

注意してほしいこと：
- 褒めるだけでなく、反対意見や懸念を必ず含めてください。
- 一般論ではなく、私の書いた内容に即して話してください。
- 社内の固有の事情は私が補足します。分からないことは推測せず質問してください。

準備ができたら「企画の概要を教えてください」とだけ返してください。`,
  },
  {
    key: 'task-inventory',
    authorEmail: 'hiroshi.yamaguchi@example.com',
    title: '業務の棚卸し：AIに任せられる作業を洗い出す',
    description:
      '自分の1週間の仕事を書き出し、生成AIに任せられる部分・任せられない部分を一緒に整理します。「どこで使えばいいか分からない」ときの最初の一歩に。',
    category: 'その他',
    kind: 'free-form',
    targetTool: 'any',
    status: 'published',
    publishedDaysAgo: 88,
    body: `あなたは業務改善のコンサルタントです。私の仕事のうち、生成AIで時間を短縮できる作業を一緒に洗い出してください。

まず、私の仕事を理解するために、次の順番で一つずつ質問してください。
1. 所属と役割
2. 1週間で繰り返し発生する作業と、それぞれにかかる時間
3. 作業の中で、文章を書く・読む・まとめる・調べる部分

私の回答が出そろったら、作業ごとに次の表を作ってください。
作業名／AIに任せられる部分／人が判断すべき部分／短縮できそうな時間の目安／最初に試すこと

進めるうえでのお願い：
- 社外秘の情報や個人情報を入力しないよう、私が書き過ぎていたら指摘してください。
- 効果が大きく、すぐ試せるものから順に並べてください。
- 短縮時間は楽観的にせず、控えめに見積もってください。`,
  },
  {
    key: 'research-planning',
    authorEmail: 'haruto.kimura@example.com',
    title: '調査の進め方を相談する（リサーチ設計）',
    description:
      '市場や業界について調べ始める前に、何をどの順で調べるかをAIと設計します。AIの回答を答えとして使わず、調べる道筋づくりに使うのがコツです。',
    category: '調査・要約',
    kind: 'free-form',
    targetTool: 'gemini',
    status: 'published',
    publishedDaysAgo: 42,
    body: `これから{{調査のテーマ}}について調べます。あなたはリサーチの専門家として、調査の進め方を一緒に設計してください。

次のことを手伝ってください。
- 調査の目的を明確にするために、私に確認すべき質問を3つ
- 調べるべき論点の一覧（重要な順に）
- 論点ごとに、信頼できる情報源の種類（公的統計、業界団体の資料、企業の公開資料など）
- 調査結果を1枚にまとめるときの構成案

注意してほしいこと：
- 具体的な数字や企業の情報を、あなたの知識から断定的に書かないでください。調べ方と、どこで確認すべきかを示してください。
- 調査にかけられる時間は半日程度です。優先順位をつけてください。`,
  },
  {
    key: 'bug-consultation',
    authorEmail: 'koji.fukuda@example.com',
    title: 'コードの不具合相談（再現手順つき）',
    description:
      '不具合の相談を、再現手順・期待する動き・実際の動きに分けて伝えるための型です。原因の候補と切り分けの順番を一緒に考えてもらいます。',
    category: 'コード作成',
    kind: 'free-form',
    targetTool: 'claude',
    status: 'published',
    publishedDaysAgo: 58,
    body: `あなたは経験豊富なソフトウェアエンジニアです。{{言語|TypeScript|使っている言語やフレームワーク}}のコードで起きている不具合について相談します。

このあと、次の順で状況を書きます。
- 何をしようとしているか
- 再現手順
- 期待する動き
- 実際の動き（エラーメッセージはそのまま）
- 関係しそうなコードの一部

お願いしたいこと：
- いきなり修正コードを出すのではなく、考えられる原因を可能性の高い順に3つ挙げてください。
- それぞれの原因を確かめるための、最小の確認方法（ログの出し方、試す入力など）を示してください。
- 情報が足りなければ、推測せずに質問してください。

なお、社外秘の設定値や認証情報、顧客のデータは貼りません。必要な場合はダミーの値に置き換えます。`,
  },
  {
    key: 'consultation-message',
    authorEmail: 'nozomi.miura@example.com',
    title: '上司への相談メッセージを一緒に考える',
    description:
      '言いにくい相談や報告を、上司に伝わる短いメッセージにまとめます。新人・若手向け。結論から書く練習にもなります。',
    category: 'メール作成',
    kind: 'free-form',
    targetTool: 'any',
    status: 'published',
    publishedDaysAgo: 25,
    body: `上司に相談したいことがあり、社内チャットで送るメッセージを一緒に考えてください。あなたは面倒見の良い職場の先輩です。

このあと、相談したい内容をそのまま書きます。まとまっていなくても構いません。

お願いしたいこと：
- 私の文章から、「結論（何をしてほしいか）」「理由・経緯」「期限」を整理してください。
- 上司が30秒で読める長さ（200字程度）のメッセージ案を2つ作ってください。1つは丁寧め、1つは簡潔めにしてください。
- 私が書き忘れていそうなこと（期限、選択肢、自分の案など）があれば指摘してください。

注意：
- 同僚や取引先を責める表現になっていたら、事実ベースの書き方に直してください。
- 個人名や社外秘の情報は書かないので、「先輩」「取引先」のような書き方のままで作ってください。`,
  },
];

// ---------------------------------------------------------------- success stories

export const DEMO_STORIES: DemoStory[] = [
  {
    key: 'minutes-sales-1',
    authorEmail: 'staff@example.com',
    title: '議事録作成が1本45分から15分に',
    improved: '社内定例と顧客打ち合わせの議事録を当日中に共有できるようになった',
    howMarkdown: `## やったこと

- 会議中は「決定事項」と「誰が何をいつまでに」だけをメモする
- 顧客名を記号に置き換えてテンプレート「議事録要約（決定事項・ToDo抽出）」に貼る
- 出力された決定事項と期限を自分のメモと照合してから共有

## 工夫

期限が曖昧なToDoは「期限未定」と出力させるようにしたので、AIが日付を作ってしまう問題がなくなりました。`,
    minutesBefore: 45,
    minutesAfter: 15,
    occurrencesPerMonth: 12,
    qualityNote: 'ToDoの担当と期限の書き漏れがなくなり、課長からの確認の質問が減りました。',
    templateKeys: ['minutes-summary'],
    status: 'approved',
    reviewerEmail: 'shinji.okada@example.com',
    reviewComment:
      '当日中に議事録が届くようになり、課全体の動きが早くなりました。手順をナレッジにしてくれたのも良かったです。',
    daysAgo: 72,
  },
  {
    key: 'daily-report-sales-1',
    authorEmail: 'ryo.matsumoto@example.com',
    title: '営業日報を毎日20分短縮',
    improved: '日報の下書きをAIで作り、所感と次の一手を考える時間に回せるようになった',
    howMarkdown: `## やったこと

1. 移動中にスマホで訪問メモを箇条書きで残す
2. 帰社後、テンプレート「営業日報ドラフト」に貼って下書きを作る
3. 所感と次の一手は自分の言葉で書き直して提出

## ポイント

情報が足りない項目は「（記入してください）」と残す条件にしたので、書き漏れに気づけるようになりました。`,
    minutesBefore: 30,
    minutesAfter: 10,
    occurrencesPerMonth: 20,
    qualityNote: '次の一手が毎回書かれるようになり、上司からのフィードバックが具体的になった。',
    templateKeys: ['sales-daily-report'],
    status: 'approved',
    reviewerEmail: 'taro.yamada@example.com',
    reviewComment: 'テンプレートを課内で使う人が増えています。続けて改善案を共有してください。',
    daysAgo: 58,
  },
  {
    key: 'cs-regular-meeting',
    authorEmail: 'ayaka.ogawa@example.com',
    title: '顧客定例の議事録と次回アジェンダを同時に作成',
    improved: '導入支援の定例後、議事録の送付が翌日から当日に早まった',
    howMarkdown: `## 背景

導入支援では週に4〜5社と定例があり、議事録の送付が翌日以降になることが多くありました。

## やったこと

- 元のテンプレート「議事録要約（決定事項・ToDo抽出）」を、顧客の要望・課題と双方のToDoを分けて出すように改良
- 仕様や料金に関する発言は「要確認」と添えて出力させ、送付前に必ずマニュアルで確認

## 結果

顧客から「次に何をすればいいか分かりやすい」と言われるようになりました。`,
    minutesBefore: 40,
    minutesAfter: 15,
    occurrencesPerMonth: 18,
    qualityNote: '顧客側のToDoの抜け漏れが減り、次回定例での確認がスムーズになった。',
    templateKeys: ['minutes-summary', 'minutes-summary-cs'],
    status: 'approved',
    reviewerEmail: 'hanako.yoshida@example.com',
    reviewComment:
      'チーム全体で使える改良版を作ってくれてありがとうございます。新人の研修にも使います。',
    daysAgo: 45,
  },
  {
    key: 'proposal-outline-sales-2',
    authorEmail: 'aoi.inoue@example.com',
    title: '提案書の骨子づくりが2時間から45分に',
    improved: '提案書の構成に悩む時間が減り、上司との相談が短く済むようになった',
    howMarkdown: `## やったこと

- ヒアリング内容から顧客の課題を3行にまとめる（社名は書かない）
- テンプレート「提案書の骨子づくり」で構成案を3パターン出し、一番顧客の言葉に近いものを選ぶ
- 上司とは骨子の段階で5分だけ相談する

## 気づき

AIが挙げた「追加で聞くべき質問」を次回訪問で聞いたところ、予算の決め方が分かり、提案の精度が上がりました。`,
    minutesBefore: 120,
    minutesAfter: 45,
    occurrencesPerMonth: 4,
    qualityNote: '骨子の段階での手戻りがほぼなくなった。',
    templateKeys: ['proposal-outline'],
    status: 'approved',
    reviewerEmail: 'manager@example.com',
    reviewComment: '営業部の標準の進め方にしたい内容です。部会で紹介してください。',
    daysAgo: 30,
  },
  {
    key: 'survey-classification',
    authorEmail: 'erika.sakamoto@example.com',
    title: '社内アンケートの自由記述分類を3時間から40分に',
    improved: '生成AI活用アンケートの自由記述を、その日のうちに経営会議向けに集計できた',
    howMarkdown: `## やったこと

1. 回答から個人が特定できる記述を削除
2. テンプレート「アンケート自由記述の分類」でカテゴリ分けと件数集計
3. 件数の合計と回答数が一致するかを確認し、代表的な意見を原文で確認

## 注意したこと

カテゴリの名前はAIの案をそのまま使わず、推進チームで話し合って決めました。少数意見も別に挙げさせたことで、見落としがちな不安の声を拾えました。`,
    minutesBefore: 180,
    minutesAfter: 40,
    occurrencesPerMonth: 1,
    qualityNote: '分類の基準を明示できるようになり、集計結果への質問に答えやすくなった。',
    templateKeys: ['survey-free-text-classify'],
    status: 'approved',
    reviewerEmail: 'mai.shimizu@example.com',
    reviewComment: '毎月のアンケートで再現できる手順になっています。承認します。',
    daysAgo: 20,
  },
  {
    key: 'platform-weekly-minutes',
    authorEmail: 'chihiro.aoki@example.com',
    title: '基盤開発チームの週次定例の議事録を短縮',
    improved: '週次定例の議事録を定例の直後に共有できるようになった',
    howMarkdown: `## やったこと

- 定例中は課題管理の番号と決定事項だけをメモ
- テンプレート「議事録要約（決定事項・ToDo抽出）」の部署名を「プラットフォーム課」にして使用
- ToDoは課題管理の担当と期限に合わせて確認

## 今後

障害の振り返り会議でも同じ方法を試す予定です。`,
    minutesBefore: 30,
    minutesAfter: 10,
    occurrencesPerMonth: 4,
    qualityNote: null,
    templateKeys: ['minutes-summary'],
    status: 'submitted',
    reviewerEmail: null,
    reviewComment: null,
    daysAgo: 4,
  },
  {
    key: 'english-email-inside-sales',
    authorEmail: 'yui.hayashi@example.com',
    title: '海外からの問い合わせへの英文返信を短縮',
    improved: '英文メールの返信にかかる時間が短くなった',
    howMarkdown: `## やったこと

- 返信を自分で英語で書き、テンプレート「英文メール校正」で校正
- 修正理由を読んで、よく使う表現を自分用のメモにまとめた`,
    minutesBefore: 60,
    minutesAfter: 20,
    occurrencesPerMonth: 15,
    qualityNote: null,
    templateKeys: ['english-email-proofread'],
    status: 'returned',
    reviewerEmail: 'manager@example.com',
    reviewComment:
      '良い取り組みです。月15回という回数と、1通60分という以前の時間の根拠を書き足してください。問い合わせ件数の記録があれば、それに合わせてください。',
    daysAgo: 9,
  },
  {
    key: 'hr-interview-scheduling',
    authorEmail: 'sakura.kato@example.com',
    title: '面接日程の調整メールの作成時間を短縮（作成中）',
    improved: '候補者への日程調整メールを短時間で作成できるようになった',
    howMarkdown: `## メモ

- 日程調整メールの型をテンプレートにして試している
- 効果は来月の採用繁忙期に計測してから提出する`,
    minutesBefore: 15,
    minutesAfter: 5,
    occurrencesPerMonth: 25,
    qualityNote: null,
    templateKeys: [],
    status: 'draft',
    reviewerEmail: null,
    reviewComment: null,
    daysAgo: 2,
  },
];

// ---------------------------------------------------------------- generated activity

export const DEMO_ACTIVITY: DemoActivity = {
  months: 4,
  viewsPerPublishedPostPerWeek: [3, 12],
  reusesPerPublishedTemplatePerWeek: [1, 6],
  likeProbability: 0.3,
};
