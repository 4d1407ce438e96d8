<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>Cannot create the audit signing key %1.</source>
        <translation>无法创建审计签名密钥 %1。</translation>
    </message>
    <message>
        <source>Cannot write the audit signing key %1.</source>
        <translation>无法写入审计签名密钥 %1。</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>加密组件无法启动。</translation>
    </message>
    <message>
        <source>Cannot read the audit signing key %1.</source>
        <translation>无法读取审计签名密钥 %1。</translation>
    </message>
    <message>
        <source>The audit signing key %1 may be read by others; make it the server&apos;s own (chmod 600).</source>
        <translation>审计签名密钥 %1 可被他人读取，请改为仅服务器账户可读（chmod 600）。</translation>
    </message>
    <message>
        <source>%1 is not an audit signing key.</source>
        <translation>%1 不是审计签名密钥。</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>entry %1 follows entry %2: entries between them were deleted or reordered</source>
        <translation>第 %1 条记录紧接在第 %2 条之后：其间的记录已被删除或调换顺序</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>第 %1 条记录与其前一条记录的链接不符</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3) was edited after it was written</source>
        <translation>第 %1 条记录（%3 执行的“%2”）在写入后被修改</translation>
    </message>
    <message>
        <source>the sync server&apos;s checkpoint kept here does not verify with its key: the checkpoint or the key was altered</source>
        <translation>本机保存的同步服务器检查点无法用其密钥验证：检查点或密钥已被篡改</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1, but the sync server vouched for entry %2: entries were cut off</source>
        <translation>审计日志止于记录 %1，但同步服务器已确认到记录 %2：部分记录被截掉</translation>
    </message>
    <message>
        <source>entry %1 is not the one the sync server vouched for: the chain was rewritten (entries inserted or hashes recomputed)</source>
        <translation>记录 %1 与同步服务器确认的不一致：审计链已被改写（插入了记录或重新计算了哈希值）</translation>
    </message>
</context>
<context>
    <name>AuditUpload</name>
    <message>
        <source>The sync server refused the audit entries (%1): %2</source>
        <translation>同步服务器拒绝接收审计记录（%1）：%2</translation>
    </message>
    <message>
        <source>The sync server sent an audit checkpoint that is not for this workstation&apos;s chain.</source>
        <translation>同步服务器发来的审计检查点不属于本工作站的审计链。</translation>
    </message>
    <message>
        <source>The sync server sent an audit checkpoint without its key.</source>
        <translation>同步服务器发来的审计检查点缺少密钥。</translation>
    </message>
    <message>
        <source>The sync server signs audit checkpoints with another key than before; ask your administrator to check the server.</source>
        <translation>同步服务器签署审计检查点所用的密钥与此前不同，请联系管理员检查服务器。</translation>
    </message>
    <message>
        <source>The sync server&apos;s audit checkpoint does not verify with its key.</source>
        <translation>同步服务器的审计检查点无法用其密钥验证。</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minutes.</source>
        <translation>
            <numerusform>密码错误次数过多，该账户已锁定 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>密码错误次数过多，该账户已锁定至 %1。</translation>
    </message>
    <message>
        <source>Signing in could not be recorded: %1</source>
        <translation>无法记录本次登录：%1</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your branch administrator.</source>
        <translation>该账户已停用，请联系本网点系统管理员。</translation>
    </message>
    <message>
        <source>The sync server refused this account at its last sign-in (disabled, or its password was changed there). Sign in while connected to the server.</source>
        <translation>同步服务器在上次登录时拒绝了此账户（已停用，或已在服务器上修改密码）。请在连接服务器时登录。</translation>
    </message>
    <message>
        <source>The server account %1 is not on this workstation&apos;s staff list yet. Ask your administrator to add it to the branch, then sync.</source>
        <translation>服务器账户 %1 尚不在本工作站的员工名单中。请联系管理员将其加入本网点，然后同步。</translation>
    </message>
</context>
<context>
    <name>BaselineDownload</name>
    <message>
        <source>The sync server refused the branch download (%1): %2</source>
        <translation>同步服务器拒绝了网点数据下载（%1）：%2</translation>
    </message>
    <message>
        <source>The branch download stopped after %1 pages; it goes on at the next sync.</source>
        <translation>网点数据下载在 %1 页后中止，将在下次同步时继续。</translation>
    </message>
    <message>
        <source>The sync server refused a page of the branch download (%1): %2</source>
        <translation>同步服务器拒绝了网点数据下载中的一页（%1）：%2</translation>
    </message>
    <message>
        <source>The personal data of the branch download could not be sealed: %1</source>
        <translation>网点下载中的个人数据无法加密：%1</translation>
    </message>
    <message>
        <source>The branch download could not be marked for sealing.</source>
        <translation>无法将网点下载标记为待加密。</translation>
    </message>
    <message>
        <source>The customer search index could not be rebuilt after the branch download: %1</source>
        <translation>网点数据下载完成后，客户搜索索引未能重建：%1</translation>
    </message>
    <message>
        <source>The search index could not be marked for rebuilding.</source>
        <translation>未能将搜索索引标记为待重建。</translation>
    </message>
</context>
<context>
    <name>BaselineLoad</name>
    <message>
        <source>The indexes set aside for the branch download could not be made again: %1</source>
        <translation>为网点数据下载暂时移除的索引未能重新创建：%1</translation>
    </message>
    <message>
        <source>The indexes could not be set aside for the branch download: %1</source>
        <translation>未能为网点数据下载暂时移除索引：%1</translation>
    </message>
    <message>
        <source>A page of the branch download could not be loaded: %1</source>
        <translation>网点数据下载中的一页未能加载：%1</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>A baseline page is not a CBOR map.</source>
        <translation>基线数据页不是 CBOR 映射。</translation>
    </message>
    <message>
        <source>A baseline page has a key that is not text.</source>
        <translation>基线数据页中有一个键不是文本。</translation>
    </message>
    <message>
        <source>A baseline page names table %1, which is not replicated.</source>
        <translation>基线数据页指定了表 %1，但该表不参与同步。</translation>
    </message>
    <message>
        <source>A baseline page&apos;s columns are not a list.</source>
        <translation>基线数据页的列不是列表。</translation>
    </message>
    <message>
        <source>A baseline page has rows before its table and columns.</source>
        <translation>基线数据页在表名和列之前出现了数据行。</translation>
    </message>
    <message>
        <source>A baseline page&apos;s rows are not a list.</source>
        <translation>基线数据页的行不是列表。</translation>
    </message>
    <message>
        <source>A baseline row is not a list.</source>
        <translation>基线数据行不是列表。</translation>
    </message>
    <message>
        <source>A baseline page is damaged: %1</source>
        <translation>基线数据页已损坏：%1</translation>
    </message>
    <message>
        <source>A value of %1.%2 does not open with the file&apos;s data key.</source>
        <translation>%1.%2 的一个值无法用该文件的数据密钥打开。</translation>
    </message>
</context>
<context>
    <name>BranchOpportunityDesk</name>
    <message>
        <source>Only an active wealth manager of this branch can take an opportunity.</source>
        <translation>只有本网点在岗的客户经理才能接收商机。</translation>
    </message>
    <message>
        <source>This opportunity is no longer in the branch pool: someone may have taken it already. Refresh and try again.</source>
        <translation>该商机已不在网点公共池中，可能已被分派。请刷新后重试。</translation>
    </message>
    <message>
        <source>The hand-out could not be audited.</source>
        <translation>分派操作未能记入审计日志。</translation>
    </message>
</context>
<context>
    <name>BranchOpportunityModel</name>
    <message>
        <source>Since</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recover by</source>
        <translation>处理时限</translation>
    </message>
    <message>
        <source>Held back or waiting because</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>原定期限</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Escalated %1</source>
        <translation>已升级 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您本人</translation>
    </message>
    <message>
        <source>Branch pool</source>
        <translation>网点商机池</translation>
    </message>
    <message>
        <source>Past its deadline without a contact: shown to every wealth manager</source>
        <translation>已过期限仍未联系：已推送给每位客户经理</translation>
    </message>
</context>
<context>
    <name>BranchRuleEditor</name>
    <message>
        <source>There is no rule %1.</source>
        <translation>没有规则 %1。</translation>
    </message>
    <message>
        <source>This value cannot be used: %1 must be from %2 to %3.</source>
        <translation>该数值不可用：%1 须在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>This value cannot be used: %1</source>
        <translation>该数值不可用：%1</translation>
    </message>
    <message>
        <source>The rule change could not be audited.</source>
        <translation>规则变更未能记入审计日志。</translation>
    </message>
</context>
<context>
    <name>BranchRuleFile</name>
    <message>
        <source>%1 is larger than a rule file can be (%2 MB); the rules in force stay.</source>
        <translation>%1 超过规则文件的大小上限（%2 MB）；现行规则保持不变。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The rule file was not installed, the rules in force stay. Its problems:
%1</source>
        <translation>规则文件未安装，现行规则保持不变。文件中的问题：
%1</translation>
    </message>
    <message>
        <source>The rule file could not be kept: %1</source>
        <translation>规则文件无法保存：%1</translation>
    </message>
    <message>
        <source>The rule file could not be audited.</source>
        <translation>规则文件无法记入审计日志。</translation>
    </message>
    <message>
        <source>The shipped rules could not be put back: %1</source>
        <translation>无法恢复为内置规则：%1</translation>
    </message>
    <message>
        <source>Going back to the shipped rules could not be audited.</source>
        <translation>恢复为内置规则一事无法记入审计日志。</translation>
    </message>
</context>
<context>
    <name>BranchSnapshot</name>
    <message>
        <source>The snapshot folder %1 cannot be used for branch %2.</source>
        <translation>快照文件夹 %1 无法用于网点 %2。</translation>
    </message>
    <message>
        <source>The snapshot of %1 could not be written: %2</source>
        <translation>%1 的快照未能写入：%2</translation>
    </message>
    <message>
        <source>The snapshot could not be prepared: %1</source>
        <translation>快照未能准备好：%1</translation>
    </message>
    <message>
        <source>The snapshot could not be written to %1.</source>
        <translation>快照未能写入 %1。</translation>
    </message>
    <message>
        <source>The branch download is not a BranchDesk database.</source>
        <translation>下载的网点数据不是 BranchDesk 数据库。</translation>
    </message>
    <message>
        <source>The branch download could not be closed cleanly.</source>
        <translation>下载的网点数据未能正常关闭。</translation>
    </message>
</context>
<context>
    <name>CallListMaker</name>
    <message>
        <source>Give the call list a name.</source>
        <translation>请为外呼名单命名。</translation>
    </message>
    <message>
        <source>The call list has no customers.</source>
        <translation>外呼名单中没有客户。</translation>
    </message>
    <message>
        <source>The call list needs a validity period that ends on or after its start.</source>
        <translation>外呼名单须设置有效期，且结束日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>Choose list mode or owner mode.</source>
        <translation>请选择名单制或管户制。</translation>
    </message>
    <message>
        <source>Choose at least one wealth manager for the list.</source>
        <translation>请为该名单至少选择一位理财经理。</translation>
    </message>
    <message>
        <source>%1 is not a wealth manager of this branch.</source>
        <translation>%1 不是本网点的理财经理。</translation>
    </message>
    <message>
        <source>Say why the contact rules are overridden for the chosen customers.</source>
        <translation>请说明对所选客户突破接触规则的原因。</translation>
    </message>
    <message>
        <source>The call list could not be saved: %1</source>
        <translation>外呼名单未能保存：%1</translation>
    </message>
    <message>
        <source>None of the %1 customers may be called now (contact rules, no manager or not of this branch): the list was not handed out.</source>
        <translation>这 %1 位客户目前都不能联系（受联系规则限制、没有客户经理或不属于本网点），名单未下发。</translation>
    </message>
    <message>
        <source>One of the wealth managers chosen is not a wealth manager of this branch any more: choose the managers again.</source>
        <translation>所选的理财经理中有一位已不再是本网点的理财经理，请重新选择理财经理。</translation>
    </message>
    <message numerus="yes">
        <source>A call list named &quot;%1&quot; for these dates was already handed out with %n of these customers on it: they are not given out twice.</source>
        <translation>
            <numerusform>同一时段名为“%1”的名单已经下发，其中已有这些客户中的 %n 位，不会重复下发。</numerusform>
        </translation>
    </message>
    <message>
        <source>The hand-out was stopped: no call list was saved.</source>
        <translation>已停止下发：名单未保存。</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>Call list</source>
        <translation>外呼名单</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Interested %</source>
        <translation>有意向率</translation>
    </message>
    <message>
        <source>Refused %</source>
        <translation>拒绝率</translation>
    </message>
    <message>
        <source>Share of the reached customers (%1)</source>
        <translation>占已联系上客户的比例（%1）</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>CallOutcomes</name>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>请选择本次联系的结果。</translation>
    </message>
    <message>
        <source>Choose how you contacted the customer (channel).</source>
        <translation>请选择与客户的接触渠道。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past.</source>
        <translation>下次跟进日期不能早于今天。</translation>
    </message>
    <message>
        <source>This contact breaks the contact rules:
%1
Give a reason to override them.</source>
        <translation>本次接触违反接触规则：
%1
如需突破，请填写原因。</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>接触记录未能保存：%1</translation>
    </message>
    <message>
        <source>This call task is no longer open.</source>
        <translation>该外呼任务已结束。</translation>
    </message>
    <message>
        <source>Only the manager the call task is assigned to may log its outcome.</source>
        <translation>只有被分配该外呼任务的理财经理才能登记其结果。</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>外呼名单</translation>
    </message>
    <message>
        <source>Someone else changed this call task meanwhile. Reload and try again.</source>
        <translation>该外呼任务已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The call task could not be saved: %1</source>
        <translation>外呼任务未能保存：%1</translation>
    </message>
    <message>
        <source>The call outcome could not be saved: %1</source>
        <translation>外呼结果未能保存：%1</translation>
    </message>
    <message>
        <source>This care task is no longer open.</source>
        <translation>该关怀任务已结束。</translation>
    </message>
    <message>
        <source>Only the manager the care task is assigned to may log it.</source>
        <translation>只有被分配该关怀任务的理财经理才能登记。</translation>
    </message>
    <message>
        <source>Someone else changed this care task meanwhile. Reload and try again.</source>
        <translation>该关怀任务已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The care task could not be saved: %1</source>
        <translation>关怀任务未能保存：%1</translation>
    </message>
    <message>
        <source>The care contact could not be saved: %1</source>
        <translation>关怀接触记录未能保存：%1</translation>
    </message>
    <message>
        <source>The call cannot have been made later than now.</source>
        <translation>通话时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The call task could not be read: %1</source>
        <translation>无法读取该外呼任务：%1</translation>
    </message>
    <message>
        <source>The care task could not be read: %1</source>
        <translation>无法读取该关怀任务：%1</translation>
    </message>
</context>
<context>
    <name>CallPrepSheet</name>
    <message>
        <source>%1 of %2 matures on %3: offer a follow-on product before it leaves.</source>
        <translation>%2（%1）将于 %3 到期：请在资金流出前推荐承接产品。</translation>
    </message>
    <message>
        <source>Expects %1 (%2) on %3: ask what the money is for.</source>
        <translation>预计 %3 到账 %1（%2）：请询问资金用途。</translation>
    </message>
    <message>
        <source>Recent interest: %1. Ask what caught their eye.</source>
        <translation>近期关注：%1。请了解是什么吸引了客户。</translation>
    </message>
    <message>
        <source>Last objection: &quot;%1&quot;. Prepare an answer; do not ask again what they already told us.</source>
        <translation>上次异议：“%1”。请准备好应答；客户已告知的情况不要再重复询问。</translation>
    </message>
    <message>
        <source>KYC: ask about %1 (%2% known).</source>
        <translation>KYC：请询问%1（已了解 %2%）。</translation>
    </message>
    <message>
        <source>Call prep sheet: %1</source>
        <translation>外呼准备单：%1</translation>
    </message>
    <message>
        <source>Contact rules: do not call unless overridden with a reason</source>
        <translation>接触规则：除非填写原因予以突破，否则请勿致电</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>客户概况</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 (CIF %2), %3</source>
        <translation>%1（客户号 %2），%3</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Tier and AUM</source>
        <translation>客户等级与 AUM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>偏好联系方式</translation>
    </message>
    <message>
        <source>Why now (score %1)</source>
        <translation>为何现在联系（评分 %1）</translation>
    </message>
    <message>
        <source>Money and maturities</source>
        <translation>资金与到期情况</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Matures</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Expected arrival</source>
        <translation>预计到账</translation>
    </message>
    <message>
        <source>Interests and tags</source>
        <translation>关注内容与标签</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Last contacts and customer voice</source>
        <translation>近期接触与客户心声</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>客户心声</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>尚无接触记录。</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>沟通要点</translation>
    </message>
    <message>
        <source>Ask about plans for the coming months (PPF: future, finance).</source>
        <translation>询问客户未来几个月的计划（PPF：未来、财务）。</translation>
    </message>
    <message>
        <source>Prepared %1. Personal data masked.</source>
        <translation>制作于 %1。个人信息已脱敏。</translation>
    </message>
    <message>
        <source>Call prep sheet</source>
        <translation>外呼准备单</translation>
    </message>
    <message>
        <source>What to talk about (heard in notes)</source>
        <translation>可以聊的话题（来自客户原话）</translation>
    </message>
    <message>
        <source>Next best offers</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <source>Nothing on the shelf fits now.</source>
        <translation>产品货架上暂无合适产品。</translation>
    </message>
    <message>
        <source>, needs 双录</source>
        <translation>，需双录</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>暂无到期</translation>
    </message>
    <message>
        <source>No holdings at the bank and no money expected.</source>
        <translation>客户在本行暂无持仓，也没有预计到账的资金。</translation>
    </message>
</context>
<context>
    <name>CallScoring</name>
    <message numerus="yes">
        <source>%1 became free %n day(s) ago</source>
        <translation>
            <numerusform>%1 已于 %n 天前到期释放</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 arriving in %n day(s)</source>
        <translation>
            <numerusform>%1 将于 %n 天后到账</numerusform>
        </translation>
    </message>
    <message>
        <source>large amount (CNY 500,000 or more)</source>
        <translation>大额资金（50 万元及以上）</translation>
    </message>
    <message>
        <source>amount of CNY 50,000 or more</source>
        <translation>金额达 5 万元及以上</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1（%n 天前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>consulted %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前咨询过</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact: %1</source>
        <translation>上次接触：%1</translation>
    </message>
    <message>
        <source>follow-up due %1</source>
        <translation>应于 %1 跟进</translation>
    </message>
    <message>
        <source>KYC %1% known</source>
        <translation>KYC 已了解 %1%</translation>
    </message>
    <message>
        <source>care step: %1</source>
        <translation>关怀步骤：%1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>contacted today</source>
        <translation>今天已联系</translation>
    </message>
    <message numerus="yes">
        <source>contacted %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前联系过</numerusform>
        </translation>
    </message>
    <message>
        <source>DO NOT CONTACT</source>
        <translation>拒绝营销联系</translation>
    </message>
    <message>
        <source>the household is %1 short of %2</source>
        <translation>家庭距%2还差%1</translation>
    </message>
</context>
<context>
    <name>CallTaskModel</name>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>当前契机</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <source>Care: %1</source>
        <translation>关怀：%1</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>外呼：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempts)</source>
        <translation>
            <numerusform>%1（已尝试 %n 次）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePlanner</name>
    <message>
        <source>%1 maturing on %2: %3</source>
        <translation>%1 将于 %2 到期：%3</translation>
    </message>
    <message>
        <source>The care plan could not be saved: %1</source>
        <translation>关怀计划未能保存：%1</translation>
    </message>
</context>
<context>
    <name>CareTaskModel</name>
    <message>
        <source>Due</source>
        <translation>应办日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Care task</source>
        <translation>关怀任务</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ChangePull</name>
    <message>
        <source>The sync server refused the download (%1): %2</source>
        <translation>同步服务器拒绝下载请求（%1）：%2</translation>
    </message>
    <message>
        <source>The sync server sent a malformed change: %1</source>
        <translation>同步服务器发来格式错误的变更：%1</translation>
    </message>
    <message>
        <source>The search index could not be marked for rebuilding.</source>
        <translation>未能将搜索索引标记为待重建。</translation>
    </message>
    <message>
        <source>The search keys of a pulled customer could not be updated: %1</source>
        <translation>未能更新同步下来的客户的搜索键：%1</translation>
    </message>
    <message>
        <source>The clock offset to the sync server could not be stored.</source>
        <translation>与同步服务器的时钟偏差未能保存。</translation>
    </message>
    <message>
        <source>The consent of a pulled customer could not be brought up to date: %1</source>
        <translation>未能更新同步下来的客户的授权记录：%1</translation>
    </message>
    <message>
        <source>Duplicate opportunities could not be merged: %1</source>
        <translation>重复的商机未能合并：%1</translation>
    </message>
</context>
<context>
    <name>ChangeValidation</name>
    <message>
        <source>id_number is not a valid resident ID number</source>
        <translation>id_number 不是有效的居民身份证号码</translation>
    </message>
    <message>
        <source>phone is not a valid mobile number</source>
        <translation>phone 不是有效的手机号码</translation>
    </message>
    <message>
        <source>%1 is not an amount in fen from 0 to 10 trillion yuan</source>
        <translation>%1 不是 0 至 10 万亿元之间以分计的金额</translation>
    </message>
    <message>
        <source>%1 is not a customer tier</source>
        <translation>%1 不是有效的客户等级</translation>
    </message>
    <message>
        <source>risk_level must be 1 to 5</source>
        <translation>risk_level 须为 1 至 5</translation>
    </message>
    <message>
        <source>gender must be M or F</source>
        <translation>gender 须为 M 或 F</translation>
    </message>
    <message>
        <source>marital_status is not one of the known states</source>
        <translation>marital_status 不是已知的婚姻状况</translation>
    </message>
    <message>
        <source>lifecycle_stage is not one of the known stages</source>
        <translation>lifecycle_stage 不是已知的生命周期阶段</translation>
    </message>
    <message>
        <source>assignment_mode must be owned or list</source>
        <translation>assignment_mode 须为 owned 或 list</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1</source>
        <translation>%1 须为 0 或 1</translation>
    </message>
    <message>
        <source>%1 may not delete or erase a customer (the branch head does)</source>
        <translation>%1 无权删除客户或清除其个人信息（须由网点负责人操作）</translation>
    </message>
    <message>
        <source>%1 may not set %2: it comes from core banking</source>
        <translation>%1 无权设置 %2：该字段来自核心系统</translation>
    </message>
    <message>
        <source>%1 may not move a customer into a book (the branch head does)</source>
        <translation>%1 无权将客户划入管户（须由网点负责人操作）</translation>
    </message>
    <message>
        <source>role is not a staff role</source>
        <translation>role 不是有效的员工角色</translation>
    </message>
    <message>
        <source>birth_year is not a year from 1900 to 2100</source>
        <translation>birth_year 不是 1900 至 2100 年之间的年份</translation>
    </message>
    <message>
        <source>birth_year is not the year of birth_date</source>
        <translation>birth_year 与 birth_date 的年份不一致</translation>
    </message>
    <message>
        <source>%1 may not delete an opportunity (the branch head erases one with its customer)</source>
        <translation>%1 无权删除商机（由网点负责人随客户一并清除）</translation>
    </message>
    <message>
        <source>status is not an opportunity&apos;s status</source>
        <translation>status 不是有效的商机状态</translation>
    </message>
    <message>
        <source>a workstation raises opportunities of origin desk only</source>
        <translation>工作站只能创建来源为 desk 的商机</translation>
    </message>
    <message>
        <source>outcome is not an opportunity&apos;s outcome</source>
        <translation>outcome 不是有效的联系结果</translation>
    </message>
    <message>
        <source>%1 of an opportunity is the rule&apos;s and may not be changed</source>
        <translation>商机的 %1 由规则生成，不能修改</translation>
    </message>
    <message>
        <source>rule_json is not a rule that can run: %1</source>
        <translation>规则内容无法运行：%1</translation>
    </message>
    <message>
        <source>rule_json is rule %1, not %2</source>
        <translation>规则内容是规则 %1，而不是 %2</translation>
    </message>
    <message>
        <source>username is longer than a user name can be</source>
        <translation>用户名超出了允许的长度</translation>
    </message>
    <message>
        <source>an opportunity of origin server is the server&apos;s: a workstation sends one back only as the server made it</source>
        <translation>服务器生成的商机只能由工作站按服务器生成时的原样送回</translation>
    </message>
    <message>
        <source>a new rule file needs its definition_json</source>
        <translation>新的规则文件缺少规则内容</translation>
    </message>
    <message>
        <source>definition_json is not a rule file: it must be the file&apos;s JSON text</source>
        <translation>规则内容不是规则文件：须为文件的 JSON 文本</translation>
    </message>
    <message>
        <source>definition_json is not a rule file that can run:
%1</source>
        <translation>规则内容不是可运行的规则文件：
%1</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>This conflict was already reviewed.</source>
        <translation>该冲突已处理过。</translation>
    </message>
    <message>
        <source>The field %1 of %2 no longer exists.</source>
        <translation>%2 的字段 %1 已不存在。</translation>
    </message>
    <message>
        <source>The review could not be written to the audit log.</source>
        <translation>复核结果未能写入审计日志。</translation>
    </message>
    <message>
        <source>A change that could not be applied here cannot be written back; keep the synced record to close it.</source>
        <translation>未能在本机应用的变更无法写回；请保留同步后的记录以关闭此冲突。</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>Marketing calls</source>
        <translation>营销电话</translation>
    </message>
    <message>
        <source>Marketing SMS</source>
        <translation>营销短信</translation>
    </message>
    <message>
        <source>Marketing via WeChat</source>
        <translation>微信营销</translation>
    </message>
    <message>
        <source>Marketing e-mail</source>
        <translation>营销邮件</translation>
    </message>
    <message>
        <source>Sharing within the group</source>
        <translation>集团内信息共享</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>与合作机构共享信息</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>柜面</translation>
    </message>
    <message>
        <source>By phone (recorded call)</source>
        <translation>电话（已录音）</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>纸质表单签字</translation>
    </message>
    <message>
        <source>E-banking</source>
        <translation>网上银行</translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation>手机银行</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>Say where the customer gave or withdrew consent.</source>
        <translation>请选择客户授权或撤回授权的渠道。</translation>
    </message>
    <message>
        <source>A grant of consent needs its evidence: the form number or the reference of the recorded call.</source>
        <translation>授权须附凭证：表单编号或通话录音编号。</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The consent could not be saved: %1</source>
        <translation>授权记录未能保存：%1</translation>
    </message>
    <message>
        <source>The customer changed meanwhile.</source>
        <translation>客户在此期间已被修改。</translation>
    </message>
</context>
<context>
    <name>ContactPolicy</name>
    <message>
        <source>The customer asked not to be contacted.</source>
        <translation>客户已要求不被联系。</translation>
    </message>
    <message>
        <source>The customer has not consented to marketing contacts.</source>
        <translation>客户未同意营销联系。</translation>
    </message>
    <message numerus="yes">
        <source>The customer had %1 marketing contacts in the last %n days (at most %2).</source>
        <translation>
            <numerusform>该客户近 %n 天内已有 %1 次营销联系（上限 %2 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiet hours: no calls or messages between %1 and %2.</source>
        <translation>免打扰时段：%1 至 %2 之间不得致电或发送消息。</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>拒绝营销联系</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>未同意营销联系</translation>
    </message>
    <message>
        <source>Contact limit reached</source>
        <translation>已达联系次数上限</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>免打扰时段</translation>
    </message>
    <message>
        <source>No owning manager</source>
        <translation>无管户经理</translation>
    </message>
    <message>
        <source>Not a customer of this branch</source>
        <translation>非本网点客户</translation>
    </message>
    <message>
        <source>Marketing (offering products)</source>
        <translation>营销（推介产品）</translation>
    </message>
    <message>
        <source>Care (relationship, greetings)</source>
        <translation>关怀（维护关系、问候）</translation>
    </message>
    <message>
        <source>Service (the customer&apos;s own business)</source>
        <translation>服务（办理客户自身业务）</translation>
    </message>
</context>
<context>
    <name>ContactRulesService</name>
    <message>
        <source>The contact limit must be 0 or more and the period between 1 and 366 days.</source>
        <translation>联系次数上限须为 0 或以上，统计周期须为 1 至 366 天。</translation>
    </message>
    <message>
        <source>The contact rules could not be saved: %1</source>
        <translation>接触规则未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ContactVoidCheck</name>
    <message>
        <source>void_reason is changed only with the void, or by erasure</source>
        <translation>作废原因只能在作废时填写，或在删除客户数据时清除</translation>
    </message>
    <message>
        <source>a voided contact stays void: its void cannot be changed</source>
        <translation>已作废的联系记录不能撤销或修改作废</translation>
    </message>
    <message>
        <source>a void of a contact needs voided_at, voided_by and void_reason</source>
        <translation>作废联系记录须写明作废时间、作废人和原因</translation>
    </message>
    <message>
        <source>voided_by is not the signed-in user</source>
        <translation>作废人不是当前登录的员工</translation>
    </message>
    <message>
        <source>only whoever logged a contact, or the branch head, may void it</source>
        <translation>只有记录该联系的员工或网点负责人可以作废</translation>
    </message>
    <message>
        <source>a contact can be voided only within %1 days of it</source>
        <translation>联系记录只能在 %1 天内作废</translation>
    </message>
    <message>
        <source>a contact new to the server is voided only by whoever logged it</source>
        <translation>服务器上还没有的联系记录只能由记录人本人作废</translation>
    </message>
    <message>
        <source>a contact older than %1 days by the server&apos;s clock cannot be voided</source>
        <translation>按服务器时间已超过 %1 天的联系记录不能作废</translation>
    </message>
</context>
<context>
    <name>ContactVoiding</name>
    <message>
        <source>Say why this contact is void (for example: logged for the wrong customer).</source>
        <translation>请说明作废原因（例如：记到了别的客户名下）。</translation>
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation>无法读取这条联系记录：%1</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>这条联系记录已不存在。</translation>
    </message>
    <message>
        <source>This contact is void already.</source>
        <translation>这条联系记录已经作废。</translation>
    </message>
    <message>
        <source>Only whoever logged this contact, or the branch head, may void it.</source>
        <translation>只有记录这条联系的员工或网点负责人可以作废。</translation>
    </message>
    <message numerus="yes">
        <source>A contact can be voided only within %n day(s) of it; ask the branch head to review this one.</source>
        <translation>
            <numerusform>联系记录只能在 %n 天内作废；这一条请交网点负责人复核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this contact meanwhile. Reload and try again.</source>
        <translation>这条联系记录刚被其他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The contact could not be voided: %1</source>
        <translation>无法作废这条联系记录：%1</translation>
    </message>
    <message>
        <source>The call task could not be read: %1</source>
        <translation>无法读取外呼任务：%1</translation>
    </message>
    <message>
        <source>Someone else changed the call task meanwhile. Reload and try again.</source>
        <translation>外呼任务刚被其他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The call task could not be saved: %1</source>
        <translation>无法保存外呼任务：%1</translation>
    </message>
    <message>
        <source>The care task could not be read: %1</source>
        <translation>无法读取关怀任务：%1</translation>
    </message>
    <message>
        <source>Someone else changed the care task meanwhile. Reload and try again.</source>
        <translation>关怀任务刚被其他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The care task could not be saved: %1</source>
        <translation>无法保存关怀任务：%1</translation>
    </message>
    <message>
        <source>The follow-up opportunity could not be read: %1</source>
        <translation>无法读取跟进商机：%1</translation>
    </message>
    <message>
        <source>Someone else changed the follow-up opportunity meanwhile. Reload and try again.</source>
        <translation>跟进商机刚被其他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The follow-up opportunity could not be withdrawn: %1</source>
        <translation>无法撤回跟进商机：%1</translation>
    </message>
    <message>
        <source>What was heard in the contact&apos;s note could not be read: %1</source>
        <translation>无法读取从这条联系备注中听到的内容：%1</translation>
    </message>
    <message>
        <source>What was heard in the contact&apos;s note could not be withdrawn: %1</source>
        <translation>无法撤回从这条联系备注中听到的内容：%1</translation>
    </message>
</context>
<context>
    <name>CoreBankingImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it.</source>
        <translation>%1 大于 %2 MiB，请拆分后再导入。</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>文件为空：第一行必须为列名。</translation>
    </message>
    <message>
        <source>Line 1: unknown column &apos;%1&apos;. Known columns: %2.</source>
        <translation>第 1 行：未知列“%1”。可用列：%2。</translation>
    </message>
    <message>
        <source>Line 1: the column &apos;%1&apos; appears twice.</source>
        <translation>第 1 行：列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>Line 1: the required column &apos;%1&apos; is missing.</source>
        <translation>第 1 行：缺少必填列“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header names %1.</source>
        <translation>
            <numerusform>该行有 %n 个字段，但表头有 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is larger than %1 MiB; split it.</source>
        <translation>文件大于 %1 MiB，请拆分后再导入。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>该文件为 UTF-16 文本。请另存为“CSV UTF-8”格式后重新导入。</translation>
    </message>
    <message>
        <source>The file holds binary data, not CSV text.</source>
        <translation>该文件包含二进制数据，不是 CSV 文本。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>more than %1 fields.</source>
        <translation>字段超过 %1 个。</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>字段的结束引号之后还有文本；带引号字段中的引号须写两次（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>a quote in the middle of an unquoted field; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>未加引号的字段中间出现了引号；请用引号括起整个字段，并将其中的引号写两次（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation>带引号的字段直到文件末尾仍未闭合。</translation>
    </message>
    <message>
        <source>The file is not %1 text, as declared: check the encoding it was saved in; nothing was imported.</source>
        <translation>该文件不是所声明的 %1 文本：请检查文件保存时使用的编码；未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (it may be GBK, as Excel saves CSV on Chinese Windows). Import it with --encoding gbk, or save it as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</source>
        <translation>该文件不是 UTF-8 文本（可能是 GBK 编码，中文 Windows 上的 Excel 会以此编码保存 CSV）。请使用 --encoding gbk 导入，或另存为“CSV UTF-8”格式后重新导入；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>Customer360Queries</name>
    <message>
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <source>%1 (a status this version of BranchDesk does not know)</source>
        <translation>%1（当前版本的 BranchDesk 无法识别的状态）</translation>
    </message>
</context>
<context>
    <name>Customer360Service</name>
    <message>
        <source>Choose how you contacted the customer (channel).</source>
        <translation>请选择与客户的接触渠道。</translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; is not one of the known outcomes.</source>
        <translation>接触结果“%1”无效，不在可选结果之列。</translation>
    </message>
    <message>
        <source>Say what the contact was about (purpose).</source>
        <translation>请填写本次接触的目的。</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past.</source>
        <translation>下次跟进日期不能早于今天。</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>接触记录未能保存：%1</translation>
    </message>
    <message>
        <source>The tag could not be added: %1</source>
        <translation>标签未能添加：%1</translation>
    </message>
    <message>
        <source>The customer no longer has this tag.</source>
        <translation>该客户已没有此标签。</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>标签未能删除：%1</translation>
    </message>
    <message>
        <source>Choose the kind of contact: marketing, care or service.</source>
        <translation>请选择联系类型：营销、关怀或服务。</translation>
    </message>
    <message>
        <source>This contact breaks the contact rules:
%1
Give a reason to override them.</source>
        <translation>此次联系违反联系规则：
%1
如需越过规则，请填写原因。</translation>
    </message>
    <message numerus="yes">
        <source>Say in a few words why the contact rules are overridden (at least %n characters).</source>
        <translation>
            <numerusform>请简要说明越过联系规则的原因（至少 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerAlerts</name>
    <message>
        <source>%1 left in the last 30 days (withdrawals and transfers out): call to retain.</source>
        <translation>近 30 天资金流出 %1（取款及转出）：请致电挽留。</translation>
    </message>
    <message>
        <source>%1 short of %2 (threshold %3).</source>
        <translation>距%2还差 %1（门槛 %3）。</translation>
    </message>
    <message>
        <source>Downgraded from %1 to %2 on %3: win back.</source>
        <translation>已于 %3 由%1降为%2：请争取挽回。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) worth %1 mature within %2 days, the first on %3: plan the take-over.</source>
        <translation>
            <numerusform>%n 个产品（共 %1）将在 %2 天内到期，最早于 %3 到期：请提前安排到期承接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday today (%1 years).</source>
        <translation>今天生日（%1 岁）。</translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s), on %1 (%2 years).</source>
        <translation>
            <numerusform>%n 天后生日（%1，%2 岁）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds only %1: offer a second product family.</source>
        <translation>仅持有%1：建议配置其他类别的产品。</translation>
    </message>
    <message>
        <source>Care step &quot;%1&quot; overdue since %2.</source>
        <translation>关怀步骤“%1”自 %2 起已逾期。</translation>
    </message>
    <message>
        <source>Care step &quot;%1&quot; due on %2.</source>
        <translation>关怀步骤“%1”应于 %2 完成。</translation>
    </message>
</context>
<context>
    <name>CustomerBookModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Next maturity</source>
        <translation>最近产品到期</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>客户号 %1</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>拒绝营销联系</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意营销联系</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>请使用以下值之一：%1。</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>A name has at most 40 characters.</source>
        <translation>姓名最多 40 个字符。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>日期格式应为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The birth date must lie between 1900 and today.</source>
        <translation>出生日期须在 1900 年至今天之间。</translation>
    </message>
    <message>
        <source>An address has at most 200 characters.</source>
        <translation>地址最多 200 个字符。</translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation>最多 60 个字符。</translation>
    </message>
    <message>
        <source>Write an amount such as 120000, 120,000.00 or 12万.</source>
        <translation>金额格式如 120000、120,000.00 或 12万。</translation>
    </message>
    <message>
        <source>An income cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <source>This field cannot be edited: %1.</source>
        <translation>该字段不可编辑：%1。</translation>
    </message>
    <message>
        <source>Control characters (such as terminal escape sequences) are not allowed.</source>
        <translation>不允许使用控制字符（如终端转义序列）。</translation>
    </message>
    <message>
        <source>A name is written in letters only (Chinese characters, the middle dot · of minority names, or Latin letters); no digits, symbols or emoji.</source>
        <translation>姓名只能由文字组成（汉字、少数民族姓名的间隔号“·”或拉丁字母），不能含数字、符号或表情。</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 不是日历上存在的日期。</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>customer number in core banking, 4-32 letters or digits, unique</source>
        <translation>核心系统中的客户号，4 至 32 位字母或数字，不得重复</translation>
    </message>
    <message>
        <source>full name, at most 50 characters</source>
        <translation>姓名，最多 50 个字符</translation>
    </message>
    <message>
        <source>18-character resident ID number (GB 11643 check digit), unique</source>
        <translation>18 位居民身份证号码（按 GB 11643 校验位规则），不得重复</translation>
    </message>
    <message>
        <source>M or F; must agree with the ID number</source>
        <translation>M 或 F；须与身份证号码一致</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; must agree with the ID number</source>
        <translation>YYYY-MM-DD；须与身份证号码一致</translation>
    </message>
    <message>
        <source>11-digit mainland mobile number</source>
        <translation>11 位中国大陆手机号码</translation>
    </message>
    <message>
        <source>postal address, at most 200 characters</source>
        <translation>通讯地址，最多 200 个字符</translation>
    </message>
    <message>
        <source>free text, at most 50 characters</source>
        <translation>自由文本，最多 50 个字符</translation>
    </message>
    <message>
        <source>yuan with at most two decimals, e.g. 250000.00</source>
        <translation>单位为元，最多两位小数，例如 250000.00</translation>
    </message>
    <message>
        <source>assets under management in yuan with at most two decimals</source>
        <translation>客户资产（AUM），单位为元，最多两位小数</translation>
    </message>
    <message>
        <source>ordinary, silver, gold, platinum or diamond (default ordinary)</source>
        <translation>ordinary（普通）、silver（银卡）、gold（金卡）、platinum（白金）或 diamond（钻石），默认 ordinary</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 至 5</translation>
    </message>
    <message>
        <source>date the customer relationship began, YYYY-MM-DD, not in the future</source>
        <translation>客户关系建立日期，YYYY-MM-DD，不得晚于今天</translation>
    </message>
    <message>
        <source>user name of the owning wealth manager</source>
        <translation>管户理财经理的用户名</translation>
    </message>
    <message>
        <source>cif_no &apos;%1&apos; is not 4 to 32 letters or digits.</source>
        <translation>cif_no “%1” 不是 4 至 32 位字母或数字。</translation>
    </message>
    <message>
        <source>cif_no %1 already appears on line %2.</source>
        <translation>cif_no %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>cif_no %1 is already in the database.</source>
        <translation>cif_no %1 已存在于数据库中。</translation>
    </message>
    <message>
        <source>name is empty or longer than 50 characters.</source>
        <translation>name 为空或超过 50 个字符。</translation>
    </message>
    <message>
        <source>id_number: %1</source>
        <translation>id_number：%1</translation>
    </message>
    <message>
        <source>id_number already appears on line %1.</source>
        <translation>id_number 已在第 %1 行出现。</translation>
    </message>
    <message>
        <source>id_number belongs to a customer already in the database.</source>
        <translation>id_number 与数据库中已有客户的身份证号码重复。</translation>
    </message>
    <message>
        <source>gender &apos;%1&apos; disagrees with the ID number (%2).</source>
        <translation>gender “%1” 与身份证号码不符（%2）。</translation>
    </message>
    <message>
        <source>birth_date %1 disagrees with the ID number (%2).</source>
        <translation>birth_date %1 与身份证号码不符（%2）。</translation>
    </message>
    <message>
        <source>mobile: %1</source>
        <translation>mobile：%1</translation>
    </message>
    <message>
        <source>address is longer than 200 characters.</source>
        <translation>address 超过 200 个字符。</translation>
    </message>
    <message>
        <source>occupation is longer than 50 characters.</source>
        <translation>occupation 超过 50 个字符。</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; is not one of %2.</source>
        <translation>tier “%1” 不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>risk_level &apos;%1&apos; is not a whole number from 1 to 5.</source>
        <translation>risk_level “%1” 不是 1 至 5 的整数。</translation>
    </message>
    <message>
        <source>opened_on %1 is in the future.</source>
        <translation>opened_on %1 晚于今天。</translation>
    </message>
    <message>
        <source>manager &apos;%1&apos; is not a user of this database.</source>
        <translation>manager “%1” 不是本数据库的用户。</translation>
    </message>
    <message>
        <source>%1 holds control characters (such as terminal escape sequences).</source>
        <translation>%1 包含控制字符（如终端转义序列）。</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <source>This field does not exist or cannot be edited. Editable fields: %1.</source>
        <translation>该字段不存在或不可编辑。可编辑字段：%1。</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. Reload and try again.</source>
        <translation>该客户信息已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>修改未能保存：%1</translation>
    </message>
    <message>
        <source>Too many searches by mobile or ID number: at most %1 in %2 minutes. Search by name or CIF number, or wait.</source>
        <translation>按手机号或身份证号查询次数过多：%2 分钟内最多 %1 次。请按姓名或客户号查询，或稍后再试。</translation>
    </message>
    <message>
        <source>The search could not be recorded in the audit log.</source>
        <translation>查询未能记入审计日志。</translation>
    </message>
    <message>
        <source>No customer has the CIF number %1.</source>
        <translation>不存在客户号为 %1 的客户。</translation>
    </message>
    <message>
        <source>The ID number says %1. Correct the gender or the ID number.</source>
        <translation>身份证号显示为%1，请更正性别或身份证号。</translation>
    </message>
    <message>
        <source>The ID number says born on %1. Correct the birth date or the ID number.</source>
        <translation>身份证号显示出生日期为%1，请更正出生日期或身份证号。</translation>
    </message>
</context>
<context>
    <name>CustomerTier</name>
    <message>
        <source>Ordinary</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡客户</translation>
    </message>
    <message>
        <source>Gold VIP</source>
        <translation>金卡贵宾</translation>
    </message>
    <message>
        <source>Platinum VIP</source>
        <translation>白金贵宾</translation>
    </message>
    <message>
        <source>Diamond VIP</source>
        <translation>钻石贵宾</translation>
    </message>
</context>
<context>
    <name>CustomerTransferCopy</name>
    <message>
        <source>%1 is not in the customer data map.</source>
        <translation>%1 不在客户数据清单中。</translation>
    </message>
</context>
<context>
    <name>CustomerTransferService</name>
    <message>
        <source>Give the reason for the move.</source>
        <translation>请填写迁移原因。</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>This customer is not kept by your branch.</source>
        <translation>该客户不属于您的网点。</translation>
    </message>
    <message>
        <source>The customer is already at that branch: choose another one.</source>
        <translation>客户已在该网点，请选择其他网点。</translation>
    </message>
    <message>
        <source>There is no branch %1 on this workstation.</source>
        <translation>本工作站上没有网点 %1。</translation>
    </message>
    <message>
        <source>The customer was not moved: %1</source>
        <translation>客户未迁移：%1</translation>
    </message>
    <message>
        <source>someone changed the customer meanwhile; try again</source>
        <translation>其他人同时修改了该客户，请重试</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>看板数据未能读取：%1</translation>
    </message>
</context>
<context>
    <name>DashboardSheet</name>
    <message>
        <source>%1
As of %2</source>
        <translation>%1
截至 %2</translation>
    </message>
    <message>
        <source>Counts and sums only, no personal data. Prepared by %1.</source>
        <translation>仅含数量和合计数据，不含个人信息。制作人：%1。</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>图片未能写入 %1。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF 文件未能写入 %1。</translation>
    </message>
</context>
<context>
    <name>DataUpgradeProgress</name>
    <message>
        <source>Upgrading the customer data</source>
        <translation>客户资料升级</translation>
    </message>
    <message>
        <source>This is done once on this workstation, after an upgrade. You may stop it: what is done is kept and it goes on at the next sign-in.</source>
        <translation>本机升级后只需进行一次。可以停止：已完成的部分会保留，下次登录时继续。</translation>
    </message>
    <message>
        <source>Preparing...</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>当前这批处理完后停止…</translation>
    </message>
</context>
<context>
    <name>DemoBranchGenerator</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>A demo branch needs 0 to 10,000,000 customers and a branch code of 4 to 12 digits.</source>
        <translation>演示网点的客户数须在 0 至 10,000,000 之间，网点代码须为 4 至 12 位数字。</translation>
    </message>
    <message>
        <source>The demo branch needs an SQLite database.</source>
        <translation>演示网点需要使用 SQLite 数据库。</translation>
    </message>
    <message>
        <source>This database already has customers; demo data is only written into an empty branch.</source>
        <translation>该数据库已有客户；演示数据只能写入空网点。</translation>
    </message>
    <message>
        <source>This database already has a user %1; demo data is only written into a new database.</source>
        <translation>该数据库已有用户 %1；演示数据只能写入新数据库。</translation>
    </message>
    <message>
        <source>The demo branch could not be written: %1</source>
        <translation>演示网点未能写入：%1</translation>
    </message>
    <message>
        <source>The customer data of this database is locked: sign in before adding a demo branch.</source>
        <translation>此数据库的客户数据已锁定：请先登录，再添加演示网点。</translation>
    </message>
    <message>
        <source>Generating customers</source>
        <translation>正在生成客户</translation>
    </message>
    <message>
        <source>Writing today&apos;s work (visits, queue, call lists)</source>
        <translation>正在写入今日工作（到店、排队、名单）</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>正在建立客户检索索引</translation>
    </message>
    <message>
        <source>Saving the branch file</source>
        <translation>正在保存网点数据文件</translation>
    </message>
    <message>
        <source>Reading the customers&apos; notes for what they said</source>
        <translation>正在从客户记录中读取客户心声</translation>
    </message>
    <message>
        <source>Placing the customers in their lifecycle stages</source>
        <translation>正在为客户划分生命周期阶段</translation>
    </message>
</context>
<context>
    <name>DomainTerms</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>已婚</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>离异</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发期</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>流失期</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>存款</translation>
    </message>
    <message>
        <source>Wealth products</source>
        <translation>理财产品</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>基金</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Precious metals</source>
        <translation>贵金属</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>债券</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>信托</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贷款</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>现金存款</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>现金取款</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Investment purchase</source>
        <translation>投资申购</translation>
    </message>
    <message>
        <source>Investment redemption</source>
        <translation>投资赎回</translation>
    </message>
    <message>
        <source>Loan repayment</source>
        <translation>贷款还款</translation>
    </message>
    <message>
        <source>Loan drawdown</source>
        <translation>贷款放款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Salary credit</source>
        <translation>代发工资</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜面</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>ATM</translation>
    </message>
    <message>
        <source>E-banking</source>
        <translation>网上银行</translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation>手机银行</translation>
    </message>
    <message>
        <source>Phone banking</source>
        <translation>电话银行</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理渠道</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>服务申请</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>地址变更</translation>
    </message>
    <message>
        <source>Account closing</source>
        <translation>销户</translation>
    </message>
    <message>
        <source>Campaign attendance</source>
        <translation>参加营销活动</translation>
    </message>
    <message>
        <source>Seminar attendance</source>
        <translation>参加讲座</translation>
    </message>
    <message>
        <source>Browsed funds in mobile banking</source>
        <translation>在手机银行浏览基金</translation>
    </message>
    <message>
        <source>Browsed insurance in mobile banking</source>
        <translation>在手机银行浏览保险</translation>
    </message>
    <message>
        <source>Browsed precious metals in mobile banking</source>
        <translation>在手机银行浏览贵金属</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>网点面谈</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>考虑中</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾客户</translation>
    </message>
    <message>
        <source>Potential VIP</source>
        <translation>潜在贵宾客户</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Relationship-owned</source>
        <translation>管户制</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>名单制</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已面谈</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>进门时</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>咨询时</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候时</translation>
    </message>
    <message>
        <source>Well-kept, quality clothing</source>
        <translation>衣着整洁考究</translation>
    </message>
    <message>
        <source>Assured posture</source>
        <translation>举止从容自信</translation>
    </message>
    <message>
        <source>Looks around with purpose</source>
        <translation>目标明确地环顾四周</translation>
    </message>
    <message>
        <source>Calm, confident expression</source>
        <translation>神情沉稳自信</translation>
    </message>
    <message>
        <source>Acts like a regular of banks</source>
        <translation>熟悉银行业务流程</translation>
    </message>
    <message>
        <source>Notable companions (driver, assistant, family)</source>
        <translation>有随行人员（司机、助理、家人）</translation>
    </message>
    <message>
        <source>Carries or uses premium brands</source>
        <translation>携带或使用高端品牌</translation>
    </message>
    <message>
        <source>Says the business is about investing</source>
        <translation>表示办理投资理财业务</translation>
    </message>
    <message>
        <source>Asks about sensitive business</source>
        <translation>咨询敏感业务</translation>
    </message>
    <message>
        <source>Asks about a product and states an amount</source>
        <translation>咨询产品并说明金额</translation>
    </message>
    <message>
        <source>Business voucher shows a large amount</source>
        <translation>业务凭条显示大额金额</translation>
    </message>
    <message>
        <source>Asks about corporate business</source>
        <translation>咨询对公业务</translation>
    </message>
    <message>
        <source>Glances at product displays and leaves</source>
        <translation>浏览产品展示后离开</translation>
    </message>
    <message>
        <source>Comes back to the displays after the business</source>
        <translation>办完业务后回到产品展示处</translation>
    </message>
    <message>
        <source>Stops and reads product displays closely</source>
        <translation>驻足仔细阅读产品展示</translation>
    </message>
    <message>
        <source>Reads the FX rate or fund NAV boards</source>
        <translation>查看外汇牌价或基金净值屏</translation>
    </message>
    <message>
        <source>VIP service guidance</source>
        <translation>贵宾服务引导</translation>
    </message>
    <message>
        <source>Introduced to a wealth manager</source>
        <translation>引荐给理财经理</translation>
    </message>
    <message>
        <source>Seated in the waiting area</source>
        <translation>安排在等候区就座</translation>
    </message>
    <message>
        <source>Experience card, referral form</source>
        <translation>递体验卡，填推荐表</translation>
    </message>
    <message>
        <source>Self-service machine</source>
        <translation>自助机具</translation>
    </message>
    <message>
        <source>E-banking / mobile banking</source>
        <translation>网上银行/手机银行</translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>开放式柜台</translation>
    </message>
    <message>
        <source>VIP area</source>
        <translation>贵宾区</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <source>Small cash deposit</source>
        <translation>小额现金存款</translation>
    </message>
    <message>
        <source>Small cash withdrawal</source>
        <translation>小额现金取款</translation>
    </message>
    <message>
        <source>Bill payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Transfer / remittance</source>
        <translation>转账/汇款</translation>
    </message>
    <message>
        <source>Account opening</source>
        <translation>开户</translation>
    </message>
    <message>
        <source>Card service</source>
        <translation>银行卡业务</translation>
    </message>
    <message>
        <source>Wealth consultation</source>
        <translation>理财咨询</translation>
    </message>
    <message>
        <source>Large deposit</source>
        <translation>大额存款</translation>
    </message>
    <message>
        <source>Large transfer</source>
        <translation>大额转账</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>其他业务</translation>
    </message>
    <message>
        <source>Confirmed the manager has time</source>
        <translation>已确认理财经理有空</translation>
    </message>
    <message>
        <source>Briefed the manager on the customer</source>
        <translation>已向理财经理简要介绍客户情况</translation>
    </message>
    <message>
        <source>Introduced the manager&apos;s credentials</source>
        <translation>已向客户介绍理财经理的专业背景</translation>
    </message>
    <message>
        <source>Introduced the two</source>
        <translation>已为双方引见</translation>
    </message>
    <message>
        <source>Marked as referred on the form</source>
        <translation>已在表上标记为已推荐</translation>
    </message>
    <message>
        <source>Handed over to a manager</source>
        <translation>已移交理财经理</translation>
    </message>
    <message>
        <source>Stand to greet</source>
        <translation>站相迎</translation>
    </message>
    <message>
        <source>Smile and ask</source>
        <translation>笑相问</translation>
    </message>
    <message>
        <source>Receive politely</source>
        <translation>礼貌接</translation>
    </message>
    <message>
        <source>Process promptly</source>
        <translation>及时办</translation>
    </message>
    <message>
        <source>Remind and hand over</source>
        <translation>提醒递</translation>
    </message>
    <message>
        <source>Recommend skilfully</source>
        <translation>巧推荐</translation>
    </message>
    <message>
        <source>See off</source>
        <translation>目相送</translation>
    </message>
    <message>
        <source>Asked about wealth products</source>
        <translation>咨询理财产品</translation>
    </message>
    <message>
        <source>High assets at the bank</source>
        <translation>在本行资产较高</translation>
    </message>
    <message>
        <source>Welcome on opening day</source>
        <translation>开户当日欢迎</translation>
    </message>
    <message>
        <source>Care SMS within two weeks</source>
        <translation>两周内关怀短信</translation>
    </message>
    <message>
        <source>KYC within 90 days</source>
        <translation>90 天内完成 KYC</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>生日问候</translation>
    </message>
    <message>
        <source>Maturity follow-up</source>
        <translation>到期承接</translation>
    </message>
    <message>
        <source>Retention call</source>
        <translation>挽留回访</translation>
    </message>
    <message>
        <source>Product maturity</source>
        <translation>产品到期</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Money at another bank</source>
        <translation>他行资金</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>经营收入</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>保守型</translation>
    </message>
    <message>
        <source>Moderately conservative</source>
        <translation>稳健型</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡型</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>进取型</translation>
    </message>
    <message>
        <source>Growth-oriented</source>
        <translation>成长型</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>客户心声</translation>
    </message>
    <message>
        <source>VIP service</source>
        <translation>贵宾服务引导</translation>
    </message>
    <message>
        <source>Waiting area</source>
        <translation>等候区</translation>
    </message>
    <message>
        <source>Experience card</source>
        <translation>体验卡</translation>
    </message>
    <message>
        <source>Potential-VIP record</source>
        <translation>《潜在贵宾客户信息记录表》</translation>
    </message>
    <message>
        <source>Potential-VIP referral</source>
        <translation>《潜在贵宾客户推荐表》</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>厅堂</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Promised follow-up</source>
        <translation>约定回访</translation>
    </message>
    <message>
        <source>Investment experience</source>
        <translation>投资经验</translation>
    </message>
    <message>
        <source>Financial strength</source>
        <translation>资金实力</translation>
    </message>
    <message>
        <source>Family role</source>
        <translation>家庭角色</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Service need</source>
        <translation>服务需求</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>预期收益</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>产品兴趣</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>投资期限</translation>
    </message>
    <message>
        <source>Purpose of the money</source>
        <translation>资金用途</translation>
    </message>
    <message>
        <source>Channels used</source>
        <translation>常用渠道</translation>
    </message>
    <message>
        <source>When money comes in</source>
        <translation>资金到账时间</translation>
    </message>
    <message>
        <source>Social circle</source>
        <translation>社交圈</translation>
    </message>
    <message>
        <source>Deal cycle</source>
        <translation>成交周期</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>见面地点</translation>
    </message>
    <message>
        <source>Business channel</source>
        <translation>办理渠道</translation>
    </message>
    <message>
        <source>Return preference</source>
        <translation>收益偏好</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史特征</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>维护难度</translation>
    </message>
    <message>
        <source>Heard: interest</source>
        <translation>客户之声：兴趣</translation>
    </message>
    <message>
        <source>Heard: objection</source>
        <translation>客户之声：顾虑</translation>
    </message>
    <message>
        <source>Heard: competitor</source>
        <translation>客户之声：同业</translation>
    </message>
    <message>
        <source>Heard: praise</source>
        <translation>客户之声：表扬</translation>
    </message>
    <message>
        <source>Heard: complaint</source>
        <translation>客户之声：投诉</translation>
    </message>
    <message>
        <source>Heard: life event</source>
        <translation>客户之声：人生大事</translation>
    </message>
    <message>
        <source>Heard: follow-up</source>
        <translation>客户之声：回访约定</translation>
    </message>
    <message>
        <source>Has a deposit or product maturing soon</source>
        <translation>有存款或理财产品即将到期</translation>
    </message>
    <message>
        <source>an outcome this version of BranchDesk does not know</source>
        <translation>当前版本的 BranchDesk 无法识别的结果</translation>
    </message>
    <message>
        <source>a stage this version of BranchDesk does not know</source>
        <translation>当前版本的 BranchDesk 无法识别的阶段</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Salary credited</source>
        <translation>工资到账</translation>
    </message>
    <message>
        <source>Product maturing</source>
        <translation>产品到期</translation>
    </message>
    <message>
        <source>Mobile-banking browsing</source>
        <translation>手机银行浏览</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Address or employer change</source>
        <translation>地址或工作单位变更</translation>
    </message>
    <message>
        <source>Mobile-banking sign-in</source>
        <translation>手机银行登录</translation>
    </message>
    <message>
        <source>Birthday coming</source>
        <translation>生日临近</translation>
    </message>
    <message>
        <source>Counter business</source>
        <translation>柜面业务</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>到店客户</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
</context>
<context>
    <name>EventParser</name>
    <message>
        <source>The first line of a CSV file must name the columns (event_id, kind, cif_no, occurred_at, ...).</source>
        <translation>CSV 文件的第一行必须是列名（event_id、kind、cif_no、occurred_at 等）。</translation>
    </message>
    <message>
        <source>a quote is left open.</source>
        <translation>引号未闭合。</translation>
    </message>
    <message>
        <source>has %1 cells; the header names %2.</source>
        <translation>有 %1 个单元格，但表头只列出 %2 列。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>must be at most %1 printable ASCII characters without spaces.</source>
        <translation>必须是不含空格的可打印 ASCII 字符，最多 %1 个。</translation>
    </message>
    <message>
        <source>must be a whole number of fen.</source>
        <translation>必须是整数（单位：分）。</translation>
    </message>
    <message>
        <source>must be between 1 and %1 fen.</source>
        <translation>必须介于 1 至 %1 分之间。</translation>
    </message>
    <message>
        <source>must be a date like 2026-12-31.</source>
        <translation>必须是日期，如 2026-12-31。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须为 true 或 false。</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>超过 %1 个字符。</translation>
    </message>
    <message>
        <source>contains a control character.</source>
        <translation>包含控制字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>must be a customer&apos;s row id.</source>
        <translation>必须是客户的行 ID。</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its zone, like 2026-12-01T09:30:00+08:00.</source>
        <translation>必须是带时区的 ISO 8601 时间，如 2026-12-01T09:30:00+08:00。</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>晚于当前时间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; events are raised by workstations, not sent.</source>
        <translation>“%1”事件由工作站生成，不能发送。</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; event has no such field.</source>
        <translation>“%1”事件没有此字段。</translation>
    </message>
    <message>
        <source>is missing (a &quot;%1&quot; event needs it).</source>
        <translation>缺失（“%1”事件必须包含此字段）。</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>未知字段。</translation>
    </message>
    <message>
        <source>The body is not JSON (at byte %1: %2).</source>
        <translation>请求正文不是 JSON（第 %1 个字节处：%2）。</translation>
    </message>
    <message>
        <source>The body must be an object with a list &quot;events&quot;.</source>
        <translation>请求正文必须是包含“events”列表的对象。</translation>
    </message>
    <message>
        <source>A batch holds at most %1 events; this one has %2.</source>
        <translation>每批最多 %1 个事件，本批有 %2 个。</translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>is not one JSON object (%1).</source>
        <translation>不是单个 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>另有其他 JSON 值</translation>
    </message>
</context>
<context>
    <name>ExpectedArrivalModel</name>
    <message>
        <source>Expected on</source>
        <translation>预计到账日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>已到账</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未到账</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>待到账</translation>
    </message>
</context>
<context>
    <name>FieldKeyAccess</name>
    <message>
        <source>The customer data of this workstation could not be encrypted: %1</source>
        <translation>本工作站的客户数据未能加密：%1</translation>
    </message>
    <message>
        <source>Your account has no key to the encrypted customer data on this workstation yet. Ask an administrator to set your password here once.</source>
        <translation>您的账户在本工作站上还没有加密客户数据的密钥。请管理员在本机为您重新设置一次密码。</translation>
    </message>
    <message>
        <source>Your key to the customer data on this workstation was made with another password (changed elsewhere?). Ask an administrator to set your password here once.</source>
        <translation>您在本工作站上的客户数据密钥是用另一个密码生成的（密码是否在别处修改过？）。请管理员在本机为您重新设置一次密码。</translation>
    </message>
    <message>
        <source>The customer data of this workstation could not be opened: %1</source>
        <translation>本工作站的客户数据未能打开：%1</translation>
    </message>
    <message>
        <source>The customer data key is not open here, so this user gets no key to it.</source>
        <translation>本机尚未打开客户数据密钥，因此该用户暂不能获得密钥。</translation>
    </message>
    <message>
        <source>Encrypting the customer data</source>
        <translation>正在加密客户资料</translation>
    </message>
    <message>
        <source>Rebuilding the customer search</source>
        <translation>正在重建客户检索</translation>
    </message>
    <message>
        <source>Encrypting the customer data was stopped. What is done is kept: it goes on at the next sign-in.</source>
        <translation>客户资料加密已停止。已完成的部分会保留，下次登录时继续。</translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>FloorRecords</name>
    <message>
        <source>the service is no longer on this desk</source>
        <translation>该笔服务已不在本工作站上</translation>
    </message>
</context>
<context>
    <name>HeldBackWording</name>
    <message>
        <source>No marketing consent (not given or withdrawn)</source>
        <translation>无营销授权（未授权或已撤回）</translation>
    </message>
    <message>
        <source>Customer asked not to be contacted</source>
        <translation>客户要求勿扰</translation>
    </message>
    <message>
        <source>Contacted often enough this period (frequency cap)</source>
        <translation>本期联系次数已满（频次上限）</translation>
    </message>
    <message>
        <source>Rule is for the customer&apos;s manager, and there is none</source>
        <translation>该规则只派给客户经理，但客户尚无经理</translation>
    </message>
    <message>
        <source>Quiet hours: delivered, contact after %1 %2</source>
        <translation>免打扰时段：已送达，%1 %2 后再联系</translation>
    </message>
    <message>
        <source>In a state this version of BranchDesk does not know</source>
        <translation>处于当前版本的 BranchDesk 无法识别的状态</translation>
    </message>
</context>
<context>
    <name>HoldingImport</name>
    <message>
        <source>customer number; the customer must already be in the database</source>
        <translation>客户号；该客户须已存在于数据库中</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下值之一：%1</translation>
    </message>
    <message>
        <source>product code, at most 32 characters</source>
        <translation>产品代码，最多 32 个字符</translation>
    </message>
    <message>
        <source>product name, at most 100 characters</source>
        <translation>产品名称，最多 100 个字符</translation>
    </message>
    <message>
        <source>amount held in yuan with at most two decimals</source>
        <translation>持有金额，单位为元，最多两位小数</translation>
    </message>
    <message>
        <source>expected annual return in percent, e.g. 3.25</source>
        <translation>预期年化收益率（百分比），例如 3.25</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, not before opened_on; empty for open-ended products</source>
        <translation>YYYY-MM-DD，不得早于 opened_on；无固定期限产品留空</translation>
    </message>
    <message>
        <source>active, matured or closed (default active)</source>
        <translation>active（持有中）、matured（已到期）或 closed（已结清），默认 active</translation>
    </message>
    <message>
        <source>cif_no &apos;%1&apos; is not a customer in the database.</source>
        <translation>cif_no “%1” 不是数据库中的客户。</translation>
    </message>
    <message>
        <source>product_family &apos;%1&apos; is not one of %2.</source>
        <translation>product_family “%1” 不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>product_code is empty or longer than 32 characters.</source>
        <translation>product_code 为空或超过 32 个字符。</translation>
    </message>
    <message>
        <source>product_name is empty or longer than 100 characters.</source>
        <translation>product_name 为空或超过 100 个字符。</translation>
    </message>
    <message>
        <source>rate_percent &apos;%1&apos; is not a percentage from 0 to 100 with at most two decimals.</source>
        <translation>rate_percent “%1” 不是 0 至 100 之间、最多两位小数的百分比。</translation>
    </message>
    <message>
        <source>maturity_date %1 is before opened_on %2.</source>
        <translation>maturity_date %1 早于 opened_on %2。</translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not one of %2.</source>
        <translation>status “%1” 不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>the same product, customer and opening date already appear on line %1.</source>
        <translation>相同的产品、客户和开立日期已在第 %1 行出现。</translation>
    </message>
    <message>
        <source>this holding (customer, product, opening date) is already in the database.</source>
        <translation>该持仓（客户、产品、开立日期）已存在于数据库中。</translation>
    </message>
</context>
<context>
    <name>HoldingModel</name>
    <message>
        <source>Product family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>预期收益</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Matures within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>Matures within 90 days</source>
        <translation>90 天内到期</translation>
    </message>
</context>
<context>
    <name>HoldingOnShelfModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Matures</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>not on the shelf</source>
        <translation>不在产品货架上</translation>
    </message>
    <message>
        <source>above the customer&apos;s risk level now</source>
        <translation>现已高于客户风险等级</translation>
    </message>
</context>
<context>
    <name>HouseholdMemberModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
</context>
<context>
    <name>HouseholdRelation</name>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>生意伙伴</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Someone changed this household meanwhile; look again and retry.</source>
        <translation>该家庭信息已被他人修改，请重新查看后再试。</translation>
    </message>
    <message>
        <source>This customer is already in a household.</source>
        <translation>该客户已属于某个家庭。</translation>
    </message>
    <message>
        <source>A household has one head: make the member head instead.</source>
        <translation>一个家庭只能有一位户主：请改为将该成员设为户主。</translation>
    </message>
    <message>
        <source>That household no longer exists.</source>
        <translation>该家庭已不存在。</translation>
    </message>
    <message>
        <source>This customer is not in a household.</source>
        <translation>该客户不属于任何家庭。</translation>
    </message>
    <message>
        <source>The head&apos;s relation is &quot;head&quot;: make another member head first.</source>
        <translation>户主的关系即为“户主”：请先将其他成员设为户主。</translation>
    </message>
    <message>
        <source>Say how the former head is related to the new one.</source>
        <translation>请说明原户主与新户主的关系。</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>The household is %1, the top tier.</source>
        <translation>家庭等级为%1，已是最高等级。</translation>
    </message>
    <message>
        <source>The household is %1 short of %2.</source>
        <translation>家庭距%2还差%1。</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>No customer of this branch has the id %1.</source>
        <translation>本网点不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased: they cannot be linked.</source>
        <translation>该客户的个人信息已被删除，无法关联。</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation>变更未能记入审计日志。</translation>
    </message>
    <message>
        <source>A customer cannot be linked to themselves.</source>
        <translation>客户不能与自己关联。</translation>
    </message>
    <message>
        <source>Choose how the customer is related to the head of the household.</source>
        <translation>请选择该客户与户主的关系。</translation>
    </message>
    <message>
        <source>That customer is already in a household: take them out of it first.</source>
        <translation>该客户已属于其他家庭：请先将其移出该家庭。</translation>
    </message>
    <message>
        <source>The link was not saved.</source>
        <translation>关联未保存。</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>变更未保存。</translation>
    </message>
    <message>
        <source>Choose how the former head is related to the new one.</source>
        <translation>请选择原户主与新户主的关系。</translation>
    </message>
    <message>
        <source>This customer is not in a household.</source>
        <translation>该客户不属于任何家庭。</translation>
    </message>
</context>
<context>
    <name>HouseholdSuggestionModel</name>
    <message>
        <source>Same address and mobile</source>
        <translation>地址和手机号相同</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>地址相同</translation>
    </message>
    <message>
        <source>Same mobile</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>in a household</source>
        <translation>已属其他家庭</translation>
    </message>
</context>
<context>
    <name>HttpFront</name>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>请求未能及时到达。</translation>
    </message>
    <message>
        <source>Too many connections from this address.</source>
        <translation>来自此地址的连接过多。</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>请求头过大。</translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP/1.1.</source>
        <translation>请求不是格式正确的 HTTP/1.1 请求。</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length.</source>
        <translation>请求正文须附带 Content-Length。</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation>请求大小超出服务器允许的上限。</translation>
    </message>
    <message>
        <source>Sign in first: the token is missing, expired or not valid.</source>
        <translation>请先登录：令牌缺失、已过期或无效。</translation>
    </message>
    <message>
        <source>The server is busy; try again shortly.</source>
        <translation>服务器繁忙，请稍后重试。</translation>
    </message>
    <message>
        <source>Send one request per connection.</source>
        <translation>每个连接只能发送一个请求。</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>%1 &apos;%2&apos; is not an amount in yuan with at most two decimals (e.g. 12345.67).</source>
        <translation>%1 “%2” 不是以元为单位、最多两位小数的金额（例如 12345.67）。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date YYYY-MM-DD.</source>
        <translation>%1 “%2” 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
</context>
<context>
    <name>KycBankValidator</name>
    <message>
        <source>a text needs &quot;zh&quot; and &quot;en&quot;</source>
        <translation>文本须同时包含“zh”和“en”</translation>
    </message>
    <message>
        <source>the text is missing or empty</source>
        <translation>文本缺失或为空</translation>
    </message>
    <message>
        <source>must be &quot;branchdesk-kyc-bank&quot;</source>
        <translation>必须为“branchdesk-kyc-bank”</translation>
    </message>
    <message>
        <source>the cells are missing</source>
        <translation>缺少格定义</translation>
    </message>
    <message>
        <source>the cell %1 is missing</source>
        <translation>缺少格 %1</translation>
    </message>
    <message>
        <source>a cell must be an object</source>
        <translation>格必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown cell &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的格“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>duplicate cell id &quot;%1&quot;</source>
        <translation>格 ID“%1”重复</translation>
    </message>
    <message>
        <source>a cell needs at least one question</source>
        <translation>每格至少需要一个问题</translation>
    </message>
    <message>
        <source>a question must be an object</source>
        <translation>问题必须是 JSON 对象</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>缺少 ID</translation>
    </message>
    <message>
        <source>duplicate question id &quot;%1&quot; (first at %2)</source>
        <translation>问题 ID“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>the id must start with its cell id &quot;%1.&quot;</source>
        <translation>ID 须以所在格的 ID“%1.”开头</translation>
    </message>
    <message>
        <source>unknown answer type &quot;%1&quot;</source>
        <translation>未知的回答类型“%1”</translation>
    </message>
    <message>
        <source>unknown KYC field &quot;%1&quot;</source>
        <translation>未知的 KYC 字段“%1”</translation>
    </message>
    <message>
        <source>unknown fund arrival source &quot;%1&quot;</source>
        <translation>未知的资金到账来源“%1”</translation>
    </message>
    <message>
        <source>min is larger than max</source>
        <translation>min 大于 max</translation>
    </message>
    <message>
        <source>tags must be a list of rules</source>
        <translation>tags 必须是规则列表</translation>
    </message>
    <message>
        <source>a choice question needs options</source>
        <translation>单选题须有选项</translation>
    </message>
    <message>
        <source>only choice, multi_choice and range questions have options</source>
        <translation>只有 choice、multi_choice 和 range 类型的问题可以有选项</translation>
    </message>
    <message>
        <source>the option code is missing</source>
        <translation>缺少选项代码</translation>
    </message>
    <message>
        <source>duplicate option code &quot;%1&quot;</source>
        <translation>选项代码“%1”重复</translation>
    </message>
    <message>
        <source>a risk score must be 1 to 5</source>
        <translation>风险分值须为 1 至 5</translation>
    </message>
    <message>
        <source>risk_weight must be 0 to 10</source>
        <translation>risk_weight 须为 0 至 10</translation>
    </message>
    <message>
        <source>only choice questions can drive the risk profile</source>
        <translation>只有单选题可以影响风险等级</translation>
    </message>
    <message>
        <source>a tag rule must be an object</source>
        <translation>标签规则必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;when&quot; is missing (an option code or &quot;*&quot;)</source>
        <translation>缺少“when”（选项代码或“*”）</translation>
    </message>
    <message>
        <source>the rule refers to unknown option &quot;%1&quot;</source>
        <translation>规则引用了未知选项“%1”</translation>
    </message>
    <message>
        <source>amount bounds only apply to amount questions</source>
        <translation>金额界限仅适用于金额类问题</translation>
    </message>
    <message>
        <source>an amount bound must be a number of fen &gt;= 0</source>
        <translation>金额界限须为不小于 0 的数值（单位：分）</translation>
    </message>
    <message>
        <source>unknown tag dimension &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的标签维度“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>the tag %1 is missing</source>
        <translation>缺少标签 %1</translation>
    </message>
    <message>
        <source>confidence must be a whole number from 0 to 100</source>
        <translation>confidence 须为 0 至 100 之间的整数</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>偏移量 %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the bank must be a JSON object</source>
        <translation>题库必须是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>KycFields</name>
    <message>
        <source>Career history</source>
        <translation>职业经历</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Business experience</source>
        <translation>创业/经商经历</translation>
    </message>
    <message>
        <source>Local or moved here</source>
        <translation>本地人或外地迁入</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <source>Past large expenses</source>
        <translation>过往大额支出</translation>
    </message>
    <message>
        <source>Last investment</source>
        <translation>最近一次投资</translation>
    </message>
    <message>
        <source>Investment experience</source>
        <translation>投资经验</translation>
    </message>
    <message>
        <source>Investment channels</source>
        <translation>投资渠道</translation>
    </message>
    <message>
        <source>Reaction to a loss</source>
        <translation>亏损时的反应</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer type</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Social circle</source>
        <translation>社交圈</translation>
    </message>
    <message>
        <source>Family decision-maker</source>
        <translation>家庭财务决策人</translation>
    </message>
    <message>
        <source>Family members looked after</source>
        <translation>需赡养/抚养的家庭成员</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住房情况</translation>
    </message>
    <message>
        <source>Money available now</source>
        <translation>当前可用资金</translation>
    </message>
    <message>
        <source>Products held elsewhere</source>
        <translation>他行持有产品</translation>
    </message>
    <message>
        <source>Where assets are held</source>
        <translation>资产分布</translation>
    </message>
    <message>
        <source>Liquidity need</source>
        <translation>流动性需求</translation>
    </message>
    <message>
        <source>What they value in a bank</source>
        <translation>选择银行时看重的因素</translation>
    </message>
    <message>
        <source>Salary arrival</source>
        <translation>工资到账</translation>
    </message>
    <message>
        <source>Maturity arrival</source>
        <translation>到期资金到账</translation>
    </message>
    <message>
        <source>Bonus arrival</source>
        <translation>奖金到账</translation>
    </message>
    <message>
        <source>Money from another bank</source>
        <translation>他行资金转入</translation>
    </message>
    <message>
        <source>Business income arrival</source>
        <translation>经营收入到账</translation>
    </message>
    <message>
        <source>Years to retirement</source>
        <translation>距退休年限</translation>
    </message>
    <message>
        <source>Preferred contact time</source>
        <translation>偏好联系时间</translation>
    </message>
    <message>
        <source>Preferred contact channel</source>
        <translation>偏好联系渠道</translation>
    </message>
    <message>
        <source>Preferred meeting place</source>
        <translation>偏好见面地点</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>家庭规划</translation>
    </message>
    <message>
        <source>Purpose of the money</source>
        <translation>资金用途</translation>
    </message>
    <message>
        <source>Next large expense</source>
        <translation>下一笔大额支出</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>预期收益</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>投资期限</translation>
    </message>
    <message>
        <source>Risk attitude</source>
        <translation>风险态度</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>感兴趣的产品</translation>
    </message>
</context>
<context>
    <name>KycQuestionBank</name>
    <message numerus="yes">
        <source>The question bank has %n problem(s):</source>
        <translation>
            <numerusform>题库有 %n 处错误：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the question bank %1: %2</source>
        <translation>无法读取题库 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The configured KYC question bank was refused and the built-in bank is used instead.
%1</source>
        <translation>配置的 KYC 题库未通过校验，已改用内置题库。
%1</translation>
    </message>
</context>
<context>
    <name>KycService</name>
    <message>
        <source>The question bank has no question %1.</source>
        <translation>题库中没有问题 %1。</translation>
    </message>
    <message>
        <source>This is not a complete answer to &quot;%1&quot;.</source>
        <translation>对“%1”的回答不完整。</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>回答未能保存：%1</translation>
    </message>
    <message>
        <source>The answer could not be removed: %1</source>
        <translation>回答未能删除：%1</translation>
    </message>
    <message>
        <source>The KYC could not be finished: %1</source>
        <translation>KYC 未能完成：%1</translation>
    </message>
    <message>
        <source>KYC: %1</source>
        <translation>KYC：%1</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>KycSummary</name>
    <message>
        <source>KYC summary</source>
        <translation>KYC 摘要</translation>
    </message>
    <message>
        <source>no final version yet</source>
        <translation>尚无定稿版本</translation>
    </message>
    <message>
        <source>Customer %1 · CIF %2 · KYC version %3 (%4) · by %5</source>
        <translation>客户 %1 · 客户号 %2 · KYC 版本 %3（%4）· 经办人 %5</translation>
    </message>
    <message>
        <source>Risk profile:</source>
        <translation>风险等级：</translation>
    </message>
    <message>
        <source>%1: %2 (score %3, weight %4)</source>
        <translation>%1：%2（分值 %3，权重 %4）</translation>
    </message>
    <message>
        <source>Driven by:</source>
        <translation>决定因素：</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>KycWizard</name>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
</context>
<context>
    <name>LifecycleRules</name>
    <message>
        <source>closed an account within a year and holds almost nothing</source>
        <translation>一年内有销户且几乎无资产</translation>
    </message>
    <message>
        <source>no assets and no transaction for a year</source>
        <translation>一年内无资产且无交易</translation>
    </message>
    <message>
        <source>downgraded a tier within six months</source>
        <translation>六个月内客户等级下降</translation>
    </message>
    <message>
        <source>AUM fell by 30% or more in six months</source>
        <translation>六个月内 AUM 下降 30% 及以上</translation>
    </message>
    <message>
        <source>opened within the last six months</source>
        <translation>近六个月内开户</translation>
    </message>
    <message>
        <source>under CNY 50,000 in at most one product family</source>
        <translation>资产不足 5 万元，且最多持有一类产品</translation>
    </message>
    <message>
        <source>AUM grew by 10% or more in six months</source>
        <translation>六个月内 AUM 增长 10% 及以上</translation>
    </message>
    <message>
        <source>fewer than three product families</source>
        <translation>持有产品少于三类</translation>
    </message>
    <message>
        <source>stable assets in three or more product families</source>
        <translation>资产稳定，持有三类及以上产品</translation>
    </message>
</context>
<context>
    <name>LifecycleUpdater</name>
    <message>
        <source>The lifecycle stages could not be saved: %1</source>
        <translation>生命周期阶段未能保存：%1</translation>
    </message>
</context>
<context>
    <name>LobbyRouting</name>
    <message>
        <source>With your bank card the machine over there handles this in a minute, no queue. Let me show you.</source>
        <translation>用您的银行卡在那边的自助机上一分钟就能办好，不用排队。我带您过去。</translation>
    </message>
    <message>
        <source>Bills can be paid at the self-service terminal or on your phone; I can set up mobile banking with you now so next time you need not come in.</source>
        <translation>缴费可以在自助终端或手机上办理；我现在就帮您开通手机银行，下次就不用专门跑一趟了。</translation>
    </message>
    <message>
        <source>Our wealth manager can go through the options with you; let me see who is free.</source>
        <translation>我们的理财经理可以为您详细介绍各种方案，我看看哪位理财经理现在有空。</translation>
    </message>
    <message>
        <source>Transfers are free and instant in mobile banking; shall I help you try it while you wait?</source>
        <translation>用手机银行转账免手续费、实时到账，趁您等候的时候，我帮您试一下好吗？</translation>
    </message>
    <message>
        <source>Please take a number for the open counter; my colleague will help you shortly.</source>
        <translation>请取号到开放式柜台办理，我的同事很快就会为您服务。</translation>
    </message>
    <message>
        <source>Greet the customer by name and take them to the VIP area or their manager.</source>
        <translation>称呼客户姓氏问候，引导客户到贵宾区或其理财经理处。</translation>
    </message>
    <message>
        <source>Confirm the manager is free, brief them, introduce the manager&apos;s background and introduce the two; fill in the information record.</source>
        <translation>确认理财经理有空，向理财经理简要介绍客户情况，向客户介绍理财经理的专业背景，并为双方引见；填写《潜在贵宾客户信息记录表》。</translation>
    </message>
    <message>
        <source>The manager is busy: seat the customer in the waiting area with a product leaflet and tell the manager who is waiting.</source>
        <translation>理财经理正忙：请客户到等候区就座并递上产品宣传折页，同时告知理财经理有客户在等候。</translation>
    </message>
    <message>
        <source>Hand over the VIP experience card and the manager&apos;s card, ask whether the manager may call, and fill in the referral form.</source>
        <translation>递上贵宾服务体验卡和理财经理名片，询问客户是否同意理财经理致电联系，并填写《潜在贵宾客户推荐表》。</translation>
    </message>
</context>
<context>
    <name>LobbyVisitLog</name>
    <message>
        <source>Choose the moment: entering, consulting or waiting.</source>
        <translation>请选择识别时机：进门时、咨询时或等候时。</translation>
    </message>
    <message>
        <source>Link the customer or describe them in a few words.</source>
        <translation>请关联客户，或简要描述客户特征。</translation>
    </message>
    <message>
        <source>Confirm or choose the value class.</source>
        <translation>请确认或选择客户类别。</translation>
    </message>
    <message>
        <source>Say why you judge the customer differently from the suggestion.</source>
        <translation>请说明您的判断与系统建议不同的原因。</translation>
    </message>
    <message>
        <source>The route does not fit the value class.</source>
        <translation>分流去向与客户类别不符。</translation>
    </message>
    <message>
        <source>A potential VIP needs the record or the referral form.</source>
        <translation>潜在贵宾客户须填写《潜在贵宾客户信息记录表》或《潜在贵宾客户推荐表》。</translation>
    </message>
    <message>
        <source>This route needs the %1.</source>
        <translation>该分流去向须填写%1。</translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation>到访记录未能保存：%1</translation>
    </message>
    <message>
        <source>The signal %1 is not one the lobby knows.</source>
        <translation>无法识别的识别信号：%1。</translation>
    </message>
    <message>
        <source>The customer&apos;s open referrals could not be read: %1</source>
        <translation>无法读取该客户未结的推荐：%1</translation>
    </message>
    <message>
        <source>Came in: %1</source>
        <translation>到店：%1</translation>
    </message>
</context>
<context>
    <name>LobbyVisitModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>排队号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>识别时机</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>分流去向</translation>
    </message>
</context>
<context>
    <name>LobbyVisitRepeat</name>
    <message>
        <source>Today&apos;s walk-ins could not be read to check for a repeat: %1</source>
        <translation>无法读取今日到店记录，未能核对是否重复登记：%1</translation>
    </message>
    <message>
        <source>Ticket %1 was already logged at %2 for another walk-in: check the number.</source>
        <translation>排队号 %1 已于 %2 登记给另一位到店客户，请核对号码。</translation>
    </message>
    <message>
        <source>This walk-in was already logged at %1 and is in today&apos;s list: it is not logged twice.</source>
        <translation>该客户已于 %1 登记，已在今日到店列表中，不再重复登记。</translation>
    </message>
</context>
<context>
    <name>LogCompaction</name>
    <message>
        <source>Branch %1 has no snapshot: its log is kept whole.</source>
        <translation>网点 %1 没有快照：其日志完整保留。</translation>
    </message>
    <message>
        <source>Branch %1 has no snapshot to fold its log into.</source>
        <translation>网点 %1 没有可供并入日志的快照。</translation>
    </message>
    <message>
        <source>The snapshot of branch %1 cannot be copied to %2.</source>
        <translation>网点 %1 的快照无法复制到 %2。</translation>
    </message>
    <message>
        <source>The snapshot folder %1 cannot be written.</source>
        <translation>快照文件夹 %1 无法写入。</translation>
    </message>
</context>
<context>
    <name>ManagerChoice</name>
    <message>
        <source>The customer&apos;s own wealth manager (with a customer now).</source>
        <translation>客户的管户理财经理（正在接待客户）。</translation>
    </message>
    <message>
        <source>The customer&apos;s own wealth manager.</source>
        <translation>客户的管户理财经理。</translation>
    </message>
    <message numerus="yes">
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>%n 个待跟进推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>Every wealth manager is with a customer; %1 has the fewest open referrals (%2).</source>
        <translation>理财经理都在接待客户，%1 待跟进推荐最少（%2）。</translation>
    </message>
    <message>
        <source>The least busy wealth manager: free now, %1.</source>
        <translation>最空闲的理财经理：目前空闲，%1。</translation>
    </message>
</context>
<context>
    <name>ManagerDay</name>
    <message>
        <source>also on call list %1</source>
        <translation>同时在名单「%1」中</translation>
    </message>
</context>
<context>
    <name>MarketingRuleModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Switched</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Upgrading the database to version %1 failed: %2. The database was left at version %3.</source>
        <translation>数据库升级到版本 %1 失败：%2。数据库仍保持在版本 %3。</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>手机号码为 11 位数字，以 13 至 19 开头。</translation>
    </message>
</context>
<context>
    <name>MoneyArrivalModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Product / note</source>
        <translation>产品/备注</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source> billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source> million</source>
        <translation>百万</translation>
    </message>
</context>
<context>
    <name>MovedCustomers</name>
    <message>
        <source>A customer moved to another branch could not be removed here: %1</source>
        <translation>未能在本工作站删除已转至其他网点的客户：%1</translation>
    </message>
</context>
<context>
    <name>OfferCountModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>主要原因</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>推荐数</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不考虑</translation>
    </message>
    <message>
        <source>Taken %</source>
        <translation>成交率（%）</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售笔数</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>销售金额</translation>
    </message>
</context>
<context>
    <name>OfferEngine</name>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>该客户的个人信息已清除。</translation>
    </message>
    <message>
        <source>No risk assessment on file: assess the customer&apos;s risk tolerance (KYC) before offering products.</source>
        <translation>客户尚未进行风险承受能力评估：请先完成评估（KYC），再推荐产品。</translation>
    </message>
    <message numerus="yes">
        <source>The risk assessment of %1 is older than %n month(s): assess again before offering products.</source>
        <translation>
            <numerusform>客户的风险评估（%1）已超过 %n 个月：请重新评估后再推荐产品。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 matures on %3: keep it with us</source>
        <translation>%2 的 %1 将于 %3 到期：争取资金留存本行</translation>
    </message>
    <message>
        <source>%1 arriving on %2 (%3)</source>
        <translation>%1 将于 %2 到账（%3）</translation>
    </message>
    <message>
        <source>said at KYC: interested in %1</source>
        <translation>KYC 时表示对%1感兴趣</translation>
    </message>
    <message>
        <source>in the customer&apos;s own words: interested in %1</source>
        <translation>客户亲口表示对%1感兴趣</translation>
    </message>
    <message>
        <source>tagged as interested in %1</source>
        <translation>标签显示对%1感兴趣</translation>
    </message>
    <message numerus="yes">
        <source>looked at %1 in mobile banking %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前在手机银行浏览过%1</numerusform>
        </translation>
    </message>
    <message>
        <source>fits what the customer wants: %1</source>
        <translation>符合客户需求：%1</translation>
    </message>
    <message>
        <source>%1 more makes the customer %2</source>
        <translation>再增加 %1 即可升级为%2</translation>
    </message>
    <message>
        <source>the household is %1 short of %2</source>
        <translation>家庭距%2还差%1</translation>
    </message>
    <message>
        <source>%1% of similar customers here (%2, %3) hold it</source>
        <translation>本网点 %1% 的同类客户（%2，%3）持有该产品</translation>
    </message>
    <message>
        <source>a second product family (holds only %1)</source>
        <translation>第二类产品（目前仅持有%1）</translation>
    </message>
    <message>
        <source>a current account</source>
        <translation>活期账户</translation>
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>双录</source>
        <translation>双录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
</context>
<context>
    <name>OfferService</name>
    <message>
        <source>No customer of this branch has the id %1.</source>
        <translation>本网点不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The contact rules hold the offers back: %1</source>
        <translation>接触规则暂不允许推荐：%1</translation>
    </message>
    <message>
        <source>A product rests from 0 to %1 days.</source>
        <translation>产品间隔期须为 0 至 %1 天。</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>设置未保存。</translation>
    </message>
</context>
<context>
    <name>OfferTerms</name>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不考虑</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>No spare money</source>
        <translation>没有闲钱</translation>
    </message>
    <message>
        <source>Too risky for them</source>
        <translation>风险太高</translation>
    </message>
    <message>
        <source>Term too long</source>
        <translation>期限太长</translation>
    </message>
    <message>
        <source>Return too low</source>
        <translation>收益太低</translation>
    </message>
    <message>
        <source>Holds something like it elsewhere</source>
        <translation>他行已有类似产品</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>客户360视图</translation>
    </message>
    <message>
        <source>Call prep sheet</source>
        <translation>外呼准备单</translation>
    </message>
    <message>
        <source>Counter, step 6</source>
        <translation>柜面（第 6 步）</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>A holding matures</source>
        <translation>产品到期</translation>
    </message>
    <message>
        <source>Money arriving</source>
        <translation>资金到账</translation>
    </message>
    <message>
        <source>Interest from KYC or tags</source>
        <translation>客户兴趣(KYC/标签)</translation>
    </message>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>客户之声</translation>
    </message>
    <message>
        <source>Browsed in mobile banking</source>
        <translation>手机银行浏览</translation>
    </message>
    <message>
        <source>Fits a stated need</source>
        <translation>符合客户需求</translation>
    </message>
    <message>
        <source>Close to the next tier</source>
        <translation>临近升级</translation>
    </message>
    <message>
        <source>Household close to the next tier</source>
        <translation>家庭临近升级</translation>
    </message>
    <message>
        <source>Held by similar customers</source>
        <translation>同类客户持有</translation>
    </message>
    <message>
        <source>A second product family</source>
        <translation>第二类产品</translation>
    </message>
</context>
<context>
    <name>OnePagePdf</name>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>无法写入 PDF 文件 %1。</translation>
    </message>
</context>
<context>
    <name>OpportunityFollowThrough</name>
    <message>
        <source>The contact could not be audited.</source>
        <translation>联系结果无法记入审计日志。</translation>
    </message>
    <message>
        <source>The escalation could not be audited.</source>
        <translation>逾期商机升级未能记入审计日志。</translation>
    </message>
</context>
<context>
    <name>OpportunityModel</name>
    <message>
        <source>Contact by</source>
        <translation>最晚联系时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Service: not held back by marketing consent</source>
        <translation>服务类：不受营销授权限制</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Past its deadline without a contact: shown to every wealth manager and the branch head</source>
        <translation>已过期限仍未联系：已推送给每位客户经理和网点负责人</translation>
    </message>
</context>
<context>
    <name>OpportunityReason</name>
    <message>
        <source>%1 out through %2</source>
        <translation>经%2转出%1</translation>
    </message>
    <message>
        <source>%1 in through %2</source>
        <translation>经%2转入%1</translation>
    </message>
    <message>
        <source>, counterparty %1</source>
        <translation>，对方银行：%1</translation>
    </message>
    <message>
        <source>Salary of %1 credited</source>
        <translation>代发工资%1已到账</translation>
    </message>
    <message>
        <source>%1 mature on %2</source>
        <translation>%1将于%2到期</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Viewed %1 pages %2 times in %3 days</source>
        <translation>%3天内浏览%1页面%2次</translation>
    </message>
    <message>
        <source>Viewed %1 pages</source>
        <translation>浏览了%1页面</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
    <message>
        <source>Complaint lodged</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Employer changed</source>
        <translation>工作单位变更</translation>
    </message>
    <message>
        <source>Phone number changed</source>
        <translation>手机号变更</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>地址变更</translation>
    </message>
    <message>
        <source>First mobile-banking sign-in</source>
        <translation>首次登录手机银行</translation>
    </message>
    <message>
        <source>Mobile-banking sign-in</source>
        <translation>登录手机银行</translation>
    </message>
    <message>
        <source>Birthday coming</source>
        <translation>生日临近</translation>
    </message>
    <message>
        <source>At the counter: %1, %2</source>
        <translation>柜面业务：%1，%2</translation>
    </message>
    <message>
        <source>At the counter: %1</source>
        <translation>柜面业务：%1</translation>
    </message>
    <message>
        <source>Walk-in judged %1</source>
        <translation>到店客户评估为%1</translation>
    </message>
    <message>
        <source>Call outcome: %1</source>
        <translation>通话结果：%1</translation>
    </message>
    <message>
        <source>, %1% of AUM</source>
        <translation>，占 AUM 的 %1%</translation>
    </message>
</context>
<context>
    <name>OpportunityTerms</name>
    <message>
        <source>Retention call</source>
        <translation>挽留回访</translation>
    </message>
    <message>
        <source>Deposit conversation</source>
        <translation>存款沟通</translation>
    </message>
    <message>
        <source>Wealth conversation</source>
        <translation>理财沟通</translation>
    </message>
    <message>
        <source>Reinvestment of maturing money</source>
        <translation>到期资金续投</translation>
    </message>
    <message>
        <source>Product consultation</source>
        <translation>产品咨询</translation>
    </message>
    <message>
        <source>Welcome call</source>
        <translation>新客欢迎致电</translation>
    </message>
    <message>
        <source>Care contact</source>
        <translation>关怀接触</translation>
    </message>
    <message>
        <source>KYC review</source>
        <translation>KYC 复核</translation>
    </message>
    <message>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>已暂缓</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>The customer&apos;s manager, else the branch pool</source>
        <translation>客户的管户经理，无管户经理时转入网点公共池</translation>
    </message>
    <message>
        <source>The customer&apos;s manager only</source>
        <translation>仅限客户的管户经理</translation>
    </message>
    <message>
        <source>The branch pool</source>
        <translation>网点公共池</translation>
    </message>
    <message>
        <source>The branch head</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>拒绝营销联系</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>未同意营销联系</translation>
    </message>
    <message>
        <source>Contact limit reached</source>
        <translation>已达联系次数上限</translation>
    </message>
    <message>
        <source>No owning manager</source>
        <translation>无管户经理</translation>
    </message>
</context>
<context>
    <name>OutboxPush</name>
    <message>
        <source>The sync server refused the changes (%1): %2</source>
        <translation>同步服务器拒绝接收变更（%1）：%2</translation>
    </message>
    <message>
        <source>The sync server answered for %1 of %2 changes.</source>
        <translation>同步服务器仅应答了 %2 项变更中的 %1 项。</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>edit customer profiles</source>
        <translation>编辑客户资料</translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation>查看未脱敏个人信息</translation>
    </message>
    <message>
        <source>export unmasked data</source>
        <translation>导出未脱敏数据</translation>
    </message>
    <message>
        <source>log lobby visits</source>
        <translation>登记厅堂到访</translation>
    </message>
    <message>
        <source>create referrals</source>
        <translation>发起推荐</translation>
    </message>
    <message>
        <source>run the teller flow</source>
        <translation>执行柜员七步曲</translation>
    </message>
    <message>
        <source>log interactions</source>
        <translation>记录客户接触</translation>
    </message>
    <message>
        <source>run KYC</source>
        <translation>开展 KYC</translation>
    </message>
    <message>
        <source>manage segments</source>
        <translation>管理目标客群</translation>
    </message>
    <message>
        <source>assign call lists</source>
        <translation>分配名单</translation>
    </message>
    <message>
        <source>view the branch dashboard</source>
        <translation>查看网点看板</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>record customer consent</source>
        <translation>登记客户授权</translation>
    </message>
    <message>
        <source>export a customer&apos;s personal data</source>
        <translation>导出客户个人信息</translation>
    </message>
    <message>
        <source>erase a customer&apos;s personal data</source>
        <translation>删除客户个人信息</translation>
    </message>
    <message>
        <source>import data from core banking</source>
        <translation>从核心系统导入数据</translation>
    </message>
    <message>
        <source>move customers to another branch</source>
        <translation>将客户迁移到其他网点</translation>
    </message>
    <message>
        <source>manage households</source>
        <translation>管理家庭关系</translation>
    </message>
    <message>
        <source>recommend products</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <source>record product sales</source>
        <translation>登记产品销售</translation>
    </message>
    <message>
        <source>manage the product shelf</source>
        <translation>管理产品货架</translation>
    </message>
</context>
<context>
    <name>PersonalDataReveal</name>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message numerus="yes">
        <source>Type why you need to see the full %1 (at least %n characters).</source>
        <translation>
            <numerusform>请填写查看完整%1的原因（至少 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so it is not shown: %1</source>
        <translation>查看操作未能记录，因此不予显示：%1</translation>
    </message>
</context>
<context>
    <name>PersonalDataRights</name>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>数据未能读取：%1</translation>
    </message>
    <message>
        <source>The export could not be recorded, so it is not given: %1</source>
        <translation>导出操作未能记录，因此不予提供：%1</translation>
    </message>
    <message>
        <source>Give the reference of the customer&apos;s erasure request.</source>
        <translation>请填写客户删除申请的编号。</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was already erased.</source>
        <translation>该客户的个人信息已被删除。</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>未删除任何数据：%1</translation>
    </message>
</context>
<context>
    <name>PrivilegeRequests</name>
    <message>
        <source>Your own password needs no request: set it with user passwd.</source>
        <translation>修改自己的密码无需申请：请使用 user passwd 设置。</translation>
    </message>
    <message>
        <source>The request could not be recorded in the audit log.</source>
        <translation>该申请未能记入审计日志。</translation>
    </message>
    <message>
        <source>Only another administrator or the branch head can approve this.</source>
        <translation>只有其他系统管理员或网点负责人才能批准此申请。</translation>
    </message>
    <message>
        <source>A request needs a second person: you made this one, so someone else must approve it.</source>
        <translation>申请须由第二人批准：此申请由您提交，须由其他人批准。</translation>
    </message>
    <message>
        <source>Nobody can approve a request about their own account.</source>
        <translation>任何人都不能批准涉及本人账户的申请。</translation>
    </message>
    <message>
        <source>Your password was last set by the person who made this request, so you cannot be their second person. Set your own password first.</source>
        <translation>您的密码最近一次是由此申请的提交人设置的，因此您不能担任其第二审批人。请先自行设置密码。</translation>
    </message>
    <message>
        <source>No request %1 is waiting.</source>
        <translation>没有待批准的申请 %1。</translation>
    </message>
    <message>
        <source>The approval could not be recorded in the audit log.</source>
        <translation>批准结果未能记入审计日志。</translation>
    </message>
</context>
<context>
    <name>ProductShelfFile</name>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>文件大于 %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>不是有效的 JSON（第 %1 个字节处）：%2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须是“%1”</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>必须是 1</translation>
    </message>
    <message>
        <source>a text of at most 100 characters</source>
        <translation>须为不超过 100 个字符的文字</translation>
    </message>
    <message>
        <source>the products are missing: a list of at least one</source>
        <translation>缺少产品列表：至少须有一个产品</translation>
    </message>
    <message>
        <source>at most %1 products</source>
        <translation>最多 %1 个产品</translation>
    </message>
    <message>
        <source>a product must be an object</source>
        <translation>每个产品必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>第 1 行</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>缺少列“%1”</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>有列名重复</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>该行有 %n 个字段，但表头有 %1 列</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>须为 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (one of %2)</source>
        <translation>未知渠道“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>name at least one channel</source>
        <translation>请至少填写一个渠道</translation>
    </message>
    <message>
        <source>yes or no (true or false)</source>
        <translation>是或否（true 或 false）</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD</source>
        <translation>日期，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>此字段为必填项</translation>
    </message>
    <message>
        <source>a code is 1 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>代码须为 1 至 32 个字母、数字、点、连字符或下划线</translation>
    </message>
    <message>
        <source>a name is a text of at most %1 characters</source>
        <translation>名称须为不超过 %1 个字符的文字</translation>
    </message>
    <message>
        <source>unknown product family &quot;%1&quot; (one of %2)</source>
        <translation>未知的产品类别“%1”（可选：%2）</translation>
    </message>
    <message>
        <source>the risk rating is R1 to R5</source>
        <translation>风险等级须为 R1 至 R5</translation>
    </message>
    <message>
        <source>the minimum is an amount in yuan, like 10000, &quot;1万&quot; or &quot;50,000.00&quot;</source>
        <translation>起购金额须为以元为单位的金额，如 10000、“1万”或“50,000.00”</translation>
    </message>
    <message>
        <source>the sales window ends before it starts</source>
        <translation>销售期的结束日期早于开始日期</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (the fields are %2)</source>
        <translation>未知字段“%1”（可用字段：%2）</translation>
    </message>
    <message>
        <source>the code %1 is used twice (first at %2)</source>
        <translation>代码 %1 重复使用（首次出现于%2）</translation>
    </message>
</context>
<context>
    <name>ProductShelfService</name>
    <message>
        <source>The branch&apos;s product shelf (%1) cannot be read; the built-in shelf is used: %2</source>
        <translation>无法读取本网点的产品货架（%1），已改用内置产品货架：%2</translation>
    </message>
    <message>
        <source>The shelf was not replaced: %1</source>
        <translation>产品货架未更新：%1</translation>
    </message>
    <message>
        <source>The shelf was not replaced: the change could not be recorded.</source>
        <translation>产品货架未更新：无法记录此次变更。</translation>
    </message>
</context>
<context>
    <name>ProductShelfStore</name>
    <message>
        <source>The shelf was replaced meanwhile; load the file again.</source>
        <translation>产品货架在此期间已被替换，请重新导入文件。</translation>
    </message>
</context>
<context>
    <name>PulledBatch</name>
    <message>
        <source>The server&apos;s branch list could not be stored: %1</source>
        <translation>无法保存服务器的网点列表：%1</translation>
    </message>
    <message>
        <source>A pulled change could not be applied: %1</source>
        <translation>获取的变更未能应用：%1</translation>
    </message>
    <message>
        <source>The clock seen in a pulled batch could not be stored.</source>
        <translation>获取的批次中的时钟信息未能保存。</translation>
    </message>
</context>
<context>
    <name>PulledErasures</name>
    <message>
        <source>The audit entry of an edit dropped after an erasure could not be written.</source>
        <translation>客户信息已删除，被丢弃修改的审计记录未能写入。</translation>
    </message>
</context>
<context>
    <name>ReferralDayModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>New AUM credited</source>
        <translation>新增 AUM</translation>
    </message>
</context>
<context>
    <name>ReferralDesk</name>
    <message>
        <source>The referral could not be saved: %1</source>
        <translation>推荐未能保存：%1</translation>
    </message>
    <message>
        <source>There is no such referral at this branch.</source>
        <translation>本网点不存在该推荐。</translation>
    </message>
    <message>
        <source>A referral cannot go from %1 to %2.</source>
        <translation>推荐状态不能从“%1”变为“%2”。</translation>
    </message>
    <message>
        <source>Only the wealth manager it is referred to, or the branch head, may move this referral.</source>
        <translation>只有被转介的理财经理或网点负责人可以变更该推荐的状态。</translation>
    </message>
    <message>
        <source>A conversion needs the new AUM the customer brought in.</source>
        <translation>登记转化时须填写客户带来的新增 AUM。</translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile. Reload and try again.</source>
        <translation>该推荐已被他人修改，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The new AUM must be more than zero; %1 is not.</source>
        <translation>新增 AUM 须大于零，%1 无效。</translation>
    </message>
    <message>
        <source>The referral could not be read: %1</source>
        <translation>无法读取该转介：%1</translation>
    </message>
    <message>
        <source>A referral has no such step.</source>
        <translation>转介没有这一步。</translation>
    </message>
    <message>
        <source>The customer&apos;s open referrals could not be read: %1</source>
        <translation>无法读取该客户尚未办结的推荐：%1</translation>
    </message>
    <message>
        <source>This customer already has an open referral to %1, filed %2: follow it up there. A second referral would have two managers call the same customer.</source>
        <translation>该客户已有一条推荐给%1的推荐尚未办结（提交于 %2），请在该推荐中跟进。再推荐一次会让两位客户经理联系同一位客户。</translation>
    </message>
    <message>
        <source>a wealth manager</source>
        <translation>一位理财经理</translation>
    </message>
    <message>
        <source>Only the lobby manager or the branch head notes a customer seen again on an open referral.</source>
        <translation>只有大堂经理或网点负责人可以在未结推荐上记录客户再次到访。</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Choose the record form or the referral form.</source>
        <translation>请选择《潜在贵宾客户信息记录表》或《潜在贵宾客户推荐表》。</translation>
    </message>
    <message>
        <source>A referral comes from the lobby, the counter or a colleague.</source>
        <translation>推荐来源须为厅堂、柜面或同事。</translation>
    </message>
    <message>
        <source>Link a customer, or describe the customer in a few words.</source>
        <translation>请关联客户，或简要描述客户特征。</translation>
    </message>
    <message>
        <source>Choose the wealth manager.</source>
        <translation>请选择理财经理。</translation>
    </message>
    <message>
        <source>Say what the customer asked about or needs.</source>
        <translation>请填写客户咨询的内容或需求。</translation>
    </message>
    <message>
        <source>Funds cannot be negative.</source>
        <translation>资金金额不能为负数。</translation>
    </message>
    <message>
        <source>The information record is for a customer who has time now; use the referral form otherwise.</source>
        <translation>《潜在贵宾客户信息记录表》适用于当前有时间的客户；否则请使用《潜在贵宾客户推荐表》。</translation>
    </message>
    <message>
        <source>A customer with time meets the manager now: use the information record.</source>
        <translation>客户当前有时间，应立即与理财经理面谈：请使用《潜在贵宾客户信息记录表》。</translation>
    </message>
    <message>
        <source>Keep contact details only with the customer&apos;s consent.</source>
        <translation>须经客户同意方可留存联系方式。</translation>
    </message>
    <message>
        <source>Unknown checklist point %1.</source>
        <translation>未知的要点检查项 %1。</translation>
    </message>
    <message>
        <source>Potential-VIP customer information record</source>
        <translation>潜在贵宾客户信息记录表</translation>
    </message>
    <message>
        <source>Potential-VIP customer referral form</source>
        <translation>潜在贵宾客户推荐表</translation>
    </message>
</context>
<context>
    <name>ReferralPrint</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Interest or need</source>
        <translation>关注内容或需求</translation>
    </message>
    <message>
        <source>Funds mentioned</source>
        <translation>提及资金</translation>
    </message>
    <message>
        <source>Has time now</source>
        <translation>当前有时间</translation>
    </message>
    <message>
        <source>Contact details with consent</source>
        <translation>经同意留存的联系方式</translation>
    </message>
    <message>
        <source>Experience card handed over</source>
        <translation>已递贵宾服务体验卡</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Key points done</source>
        <translation>已完成的要点</translation>
    </message>
    <message>
        <source>Signature of the referrer:</source>
        <translation>推荐人签字：</translation>
    </message>
    <message>
        <source>Signature of the manager:</source>
        <translation>理财经理签字：</translation>
    </message>
</context>
<context>
    <name>ReferralQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>转介至</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>要点检查</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>（散客）</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (escalated)</source>
        <translation>%1（已升级）</translation>
    </message>
    <message>
        <source>Why referred</source>
        <translation>推荐原因</translation>
    </message>
    <message>
        <source>a state this version of BranchDesk does not know</source>
        <translation>当前版本的 BranchDesk 无法识别的状态</translation>
    </message>
    <message>
        <source>Seen again in the lobby %1</source>
        <translation>%1 再次到访大堂</translation>
    </message>
</context>
<context>
    <name>ReferralStepCheck</name>
    <message>
        <source>staff_id of a referral step is not the signed-in user</source>
        <translation>推荐进展的记录人不是当前登录的员工</translation>
    </message>
    <message>
        <source>only the lobby manager or the branch head notes a customer seen again on an open referral</source>
        <translation>只有大堂经理或网点负责人可以在未结推荐上记录客户再次到访</translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>身份证号码应为 18 位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号码应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date.</source>
        <translation>身份证号码中的出生日期无效。</translation>
    </message>
    <message>
        <source>The check digit does not match: please re-read the ID card.</source>
        <translation>校验位不符，请重新核对身份证。</translation>
    </message>
</context>
<context>
    <name>RevealKeyRotation</name>
    <message>
        <source>Only the branch head rotates the key to the customers&apos; identifiers.</source>
        <translation>只有网点负责人可以更换客户身份信息的密钥。</translation>
    </message>
    <message>
        <source>A new key could not be made.</source>
        <translation>无法生成新密钥。</translation>
    </message>
    <message>
        <source>A kept conflict does not open with the key.</source>
        <translation>有一条保留的冲突记录无法用该密钥打开。</translation>
    </message>
    <message>
        <source>The new key could not be recorded.</source>
        <translation>无法保存新密钥。</translation>
    </message>
    <message>
        <source>The rotation could not be audited.</source>
        <translation>无法在审计日志中记录本次密钥更换。</translation>
    </message>
</context>
<context>
    <name>RiskProfile</name>
    <message>
        <source>Not determined</source>
        <translation>未评定</translation>
    </message>
</context>
<context>
    <name>RiskRating</name>
    <message>
        <source>R1 low risk</source>
        <translation>R1 低风险</translation>
    </message>
    <message>
        <source>R2 medium-low risk</source>
        <translation>R2 中低风险</translation>
    </message>
    <message>
        <source>R3 medium risk</source>
        <translation>R3 中风险</translation>
    </message>
    <message>
        <source>R4 medium-high risk</source>
        <translation>R4 中高风险</translation>
    </message>
    <message>
        <source>R5 high risk</source>
        <translation>R5 高风险</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>无评级</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>The installed rule file has problems; the shipped rules run instead:
%1</source>
        <translation>已安装的规则文件有错误，现改用内置规则：
%1</translation>
    </message>
    <message>
        <source>The change of rule %1 cannot be used: %2</source>
        <translation>规则 %1 的变更无法使用：%2</translation>
    </message>
    <message>
        <source>its id differs</source>
        <translation>规则编号不一致</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share of AUM (%)</source>
        <translation>占 AUM 比例（%）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>资金方向</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Transaction kind</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>对方银行</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Category browsed</source>
        <translation>浏览类别</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>距到期天数</translation>
    </message>
    <message>
        <source>Times within the window</source>
        <translation>窗口期内次数</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <source>Contact purpose</source>
        <translation>联系目的</translation>
    </message>
</context>
<context>
    <name>RuleFigureModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>触发</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>Held back why</source>
        <translation>暂缓原因</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已派发</translation>
    </message>
    <message>
        <source>Contacted in time</source>
        <translation>按时联系</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>New AUM</source>
        <translation>新增资产</translation>
    </message>
    <message numerus="yes">
        <source>Bought through the suitability gate within %n day(s) after the contact</source>
        <translation>
            <numerusform>联系后 %n 天内经适当性流程购买的金额</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>The rule file is too large (%1 bytes; at most %2).</source>
        <translation>规则文件过大（%1 字节；最多 %2 字节）。</translation>
    </message>
    <message>
        <source>The rule file is not valid JSON (at byte %1: %2).</source>
        <translation>规则文件不是有效的 JSON（第 %1 个字节处：%2）。</translation>
    </message>
    <message>
        <source>The rule file must be a JSON object.</source>
        <translation>规则文件必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>this program reads rule files of format %1.</source>
        <translation>本程序只能读取格式为 %1 的规则文件。</translation>
    </message>
    <message>
        <source>must be a non-empty list of rules.</source>
        <translation>必须是非空的规则列表。</translation>
    </message>
    <message>
        <source>a file holds at most %1 rules.</source>
        <translation>一个文件最多包含 %1 条规则。</translation>
    </message>
    <message>
        <source>must be a rule (a JSON object).</source>
        <translation>必须是一条规则（JSON 对象）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of an earlier rule too.</source>
        <translation>“%1”与前面某条规则的 id 重复。</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1.</source>
        <translation>未知的键；应为以下之一：%1。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>必须介于 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须为 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>超过 %1 个字符。</translation>
    </message>
    <message>
        <source>contains a control character.</source>
        <translation>包含控制字符。</translation>
    </message>
    <message>
        <source>must be an object with &quot;en&quot; and &quot;zh_CN&quot; texts.</source>
        <translation>必须是包含“en”和“zh_CN”文本的对象。</translation>
    </message>
    <message>
        <source>must be an object with &quot;en&quot; and &quot;zh_CN&quot; lists.</source>
        <translation>必须是包含“en”和“zh_CN”列表的对象。</translation>
    </message>
    <message>
        <source>must be a non-empty list of texts.</source>
        <translation>必须是非空的文本列表。</translation>
    </message>
    <message>
        <source>has more than %1 points.</source>
        <translation>要点超过 %1 条。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>must be a time of day like 21:00.</source>
        <translation>必须是时刻，如 21:00。</translation>
    </message>
</context>
<context>
    <name>RuleThresholdModel</name>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许范围</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>RuleThresholds</name>
    <message>
        <source>Quiet days after firing</source>
        <translation>触发后静默天数</translation>
    </message>
    <message>
        <source>Contact within (hours)</source>
        <translation>联系时限（小时）</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>时间窗口（天）</translation>
    </message>
    <message>
        <source>Rule %1 has no number at %2.</source>
        <translation>规则 %1 在 %2 处没有数值。</translation>
    </message>
</context>
<context>
    <name>SegmentColumns</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>CIF number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>开户日期</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近接触</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意营销联系</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>拒绝营销联系</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SegmentCompiler</name>
    <message>
        <source>A group of the segment is empty.</source>
        <translation>客群中有一个条件组为空。</translation>
    </message>
    <message>
        <source>The segment uses an unknown field or operator (&quot;%1&quot;).</source>
        <translation>客群使用了未知的字段或运算符（“%1”）。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be used in a segment yet.</source>
        <translation>字段“%1”暂不能用于客群。</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; is incomplete.</source>
        <translation>“%1”的条件不完整。</translation>
    </message>
    <message>
        <source>No valid day to count from.</source>
        <translation>没有有效的起算日期。</translation>
    </message>
</context>
<context>
    <name>SegmentDefinition</name>
    <message>
        <source>unknown key &quot;%1&quot;; a group has &quot;match&quot; and &quot;conditions&quot;.</source>
        <translation>未知的键“%1”；条件组只包含 &quot;match&quot; 和 &quot;conditions&quot;。</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;.</source>
        <translation>&quot;match&quot; 必须为 &quot;all&quot; 或 &quot;any&quot;。</translation>
    </message>
    <message>
        <source>&quot;conditions&quot; must be a list.</source>
        <translation>&quot;conditions&quot; 必须是列表。</translation>
    </message>
    <message>
        <source>this group is empty; add at least one condition.</source>
        <translation>该条件组为空，请至少添加一个条件。</translation>
    </message>
    <message>
        <source>each entry must be a condition or a group (a JSON object).</source>
        <translation>每一项都必须是条件或条件组（JSON 对象）。</translation>
    </message>
    <message>
        <source>groups are nested more than %1 deep.</source>
        <translation>条件组嵌套超过 %1 层。</translation>
    </message>
    <message>
        <source>neither a condition (&quot;field&quot;) nor a group (&quot;match&quot;).</source>
        <translation>既不是条件（&quot;field&quot;），也不是条件组（&quot;match&quot;）。</translation>
    </message>
    <message>
        <source>a segment has at most %1 conditions.</source>
        <translation>一个客群最多包含 %1 个条件。</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; takes no &quot;%2&quot;.</source>
        <translation>字段“%1”不支持“%2”。</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;.</source>
        <translation>未知运算符“%1”。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; cannot be compared with &quot;%2&quot;.</source>
        <translation>字段“%1”不能用“%2”进行比较。</translation>
    </message>
    <message>
        <source>&quot;between&quot; takes a list of two numbers [low, high].</source>
        <translation>&quot;between&quot; 须为包含两个数字的列表 [下限, 上限]。</translation>
    </message>
    <message>
        <source>the low end is above the high end.</source>
        <translation>下限大于上限。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须为 true 或 false。</translation>
    </message>
    <message>
        <source>unsupported value.</source>
        <translation>不支持的值。</translation>
    </message>
    <message>
        <source>must be a non-empty list.</source>
        <translation>必须是非空列表。</translation>
    </message>
    <message>
        <source>a list has at most %1 entries.</source>
        <translation>列表最多 %1 项。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>“%1”不是以下值之一：%2。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>超过 %1 个字符。</translation>
    </message>
    <message>
        <source>contains a control character.</source>
        <translation>包含控制字符。</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>必须是数字。</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>必须是整数。</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>必须介于 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>The segment definition is too large (%1 bytes; at most %2).</source>
        <translation>客群定义过大（%1 字节；最多 %2 字节）。</translation>
    </message>
    <message>
        <source>The segment definition is not valid JSON (at byte %1: %2).</source>
        <translation>客群定义不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The segment definition must be a JSON object with &quot;match&quot; and &quot;conditions&quot;.</source>
        <translation>客群定义必须是包含 &quot;match&quot; 和 &quot;conditions&quot; 的 JSON 对象。</translation>
    </message>
    <message>
        <source>This segment definition has format version %1; this program reads version %2.</source>
        <translation>该客群定义的格式版本为 %1，本程序支持的版本为 %2。</translation>
    </message>
    <message>
        <source>The top of a segment definition must be a group.</source>
        <translation>客群定义的顶层必须是条件组。</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>第%1个条件：%2</translation>
    </message>
    <message>
        <source>Condition %1 (%2): %3</source>
        <translation>第%1个条件（%2）：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs two amounts.</source>
        <translation>“%1”需要填写两个金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs two numbers.</source>
        <translation>“%1”需要填写两个数字。</translation>
    </message>
    <message>
        <source>the first amount is above the second.</source>
        <translation>前一个金额大于后一个金额。</translation>
    </message>
    <message>
        <source>the first number is above the second.</source>
        <translation>前一个数字大于后一个数字。</translation>
    </message>
    <message>
        <source>choose yes or no.</source>
        <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
        <source>choose at least one.</source>
        <translation>请至少选择一项。</translation>
    </message>
    <message>
        <source>enter at least one value.</source>
        <translation>请至少填写一项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>“%1”不在可选项中。</translation>
    </message>
    <message>
        <source>enter an amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>enter the number of days.</source>
        <translation>请填写天数。</translation>
    </message>
    <message>
        <source>enter a number.</source>
        <translation>请填写数字。</translation>
    </message>
    <message>
        <source>an amount has at most two decimals.</source>
        <translation>金额最多两位小数。</translation>
    </message>
    <message>
        <source>enter a whole number.</source>
        <translation>请填写整数。</translation>
    </message>
    <message>
        <source>the period must be %1 to %2 days.</source>
        <translation>期限须为%1至%2天。</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Tier and AUM</source>
        <translation>客户等级与 AUM</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Transactions and events</source>
        <translation>交易与客户事件</translation>
    </message>
    <message>
        <source>Tags and KYC</source>
        <translation>标签与 KYC</translation>
    </message>
    <message>
        <source>Service and consent</source>
        <translation>服务与授权</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>年龄（岁）</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <source>Risk level (1-5)</source>
        <translation>风险等级（1-5）</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Became a customer within (days)</source>
        <translation>成为客户（天内）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Current AUM</source>
        <translation>当前 AUM</translation>
    </message>
    <message>
        <source>AUM change over the last N days</source>
        <translation>近 N 天 AUM 变动</translation>
    </message>
    <message>
        <source>Gap to the next tier</source>
        <translation>距下一等级差额</translation>
    </message>
    <message>
        <source>Downgraded within (days)</source>
        <translation>降级（天内）</translation>
    </message>
    <message>
        <source>Holds product family</source>
        <translation>持有产品类别</translation>
    </message>
    <message>
        <source>Amount held</source>
        <translation>持有金额</translation>
    </message>
    <message>
        <source>A holding matures within (days)</source>
        <translation>有产品到期（天内）</translation>
    </message>
    <message>
        <source>Holds a single product family</source>
        <translation>仅持有单一类别产品</translation>
    </message>
    <message>
        <source>Money out over the last N days</source>
        <translation>近 N 天资金流出</translation>
    </message>
    <message>
        <source>Money in over the last N days</source>
        <translation>近 N 天资金流入</translation>
    </message>
    <message>
        <source>Event in the last N days</source>
        <translation>近 N 天客户事件</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近接触</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Money arriving within (days)</source>
        <translation>资金预计到账（天内）</translation>
    </message>
    <message>
        <source>Expected return (KYC)</source>
        <translation>预期收益（KYC）</translation>
    </message>
    <message>
        <source>Investment horizon (KYC)</source>
        <translation>投资期限（KYC）</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <source>Assignment mode</source>
        <translation>管户模式</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>同意营销联系</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>拒绝营销联系</translation>
    </message>
    <message>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>属于任一</translation>
    </message>
    <message>
        <source>none of</source>
        <translation>不属于任何</translation>
    </message>
    <message>
        <source>within the last/next N days</source>
        <translation>近/未来 N 天内</translation>
    </message>
    <message>
        <source>not within N days</source>
        <translation>不在 N 天内</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household AUM</source>
        <translation>家庭资产</translation>
    </message>
    <message>
        <source>Household tier</source>
        <translation>家庭等级</translation>
    </message>
    <message>
        <source>Household&apos;s gap to the next tier</source>
        <translation>家庭距下一等级差额</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员数</translation>
    </message>
    <message>
        <source>Head of a household</source>
        <translation>户主</translation>
    </message>
</context>
<context>
    <name>SegmentPresets</name>
    <message>
        <source>Deposit uplift</source>
        <translation>存款提升</translation>
    </message>
    <message>
        <source>Older customers with a low risk tolerance who hold deposits.</source>
        <translation>持有存款、风险承受能力较低的年长客户。</translation>
    </message>
    <message>
        <source>AUM uplift</source>
        <translation>AUM 提升</translation>
    </message>
    <message>
        <source>Customers downgraded in the last year or with large money movements in the last 30 days.</source>
        <translation>近一年内降级，或近 30 天有大额资金变动的客户。</translation>
    </message>
    <message>
        <source>VIP uplift</source>
        <translation>贵宾客户提升</translation>
    </message>
    <message>
        <source>Customers within 50,000 yuan of the next tier, or downgraded in the last 90 days.</source>
        <translation>距下一等级不足 5 万元，或近 90 天内降级的客户。</translation>
    </message>
    <message>
        <source>Fee-income uplift</source>
        <translation>中间业务收入提升</translation>
    </message>
    <message>
        <source>Customers who browsed funds, insurance or precious metals in mobile banking in the last 30 days.</source>
        <translation>近 30 天在手机银行浏览过基金、保险或贵金属的客户。</translation>
    </message>
    <message>
        <source>New customers (first 90 days)</source>
        <translation>新客户（开户 90 天内）</translation>
    </message>
    <message>
        <source>Customers who opened their account in the last 90 days: the 90-day care flow.</source>
        <translation>近 90 天内开户的客户：适用 90 天新客关怀流程。</translation>
    </message>
    <message>
        <source>Maturing funds to take over</source>
        <translation>到期资金承接</translation>
    </message>
    <message>
        <source>Customers with deposits, wealth products, bonds or trusts maturing in the next 30 days.</source>
        <translation>未来 30 天内有存款、理财产品、债券或信托到期的客户。</translation>
    </message>
    <message>
        <source>Dormant and declining: win back</source>
        <translation>沉睡与衰退客户：唤醒挽回</translation>
    </message>
    <message>
        <source>Customers in decline, not contacted for 180 days, or whose AUM fell by 50,000 yuan or more in 90 days.</source>
        <translation>处于衰退期、180 天未联系，或 90 天内 AUM 下降 5 万元及以上的客户。</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>该客群已不存在。</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation>无法读取已保存的客群“%1”：%2</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请为客群命名。</translation>
    </message>
    <message>
        <source>A segment name has at most %1 characters.</source>
        <translation>客群名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The segment cannot be saved: %1</source>
        <translation>客群无法保存：%1</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的客群。</translation>
    </message>
    <message>
        <source>The segment could not be saved: %1</source>
        <translation>客群未能保存：%1</translation>
    </message>
    <message>
        <source>The segment could not be deleted: %1</source>
        <translation>客群未能删除：%1</translation>
    </message>
    <message>
        <source>The segment could not be counted: %1</source>
        <translation>客群人数未能统计：%1</translation>
    </message>
    <message>
        <source>The segment could not be run: %1</source>
        <translation>客群筛选未能执行：%1</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>请至少选择一个要导出的列。</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so it was not made.</source>
        <translation>导出操作未能记入审计日志，因此未执行导出。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>文件未能写入：%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>SensitiveColumns</name>
    <message>
        <source>The customer data of this workstation is locked: sign in again to open it.</source>
        <translation>本工作站的客户数据已锁定：请重新登录以打开。</translation>
    </message>
    <message>
        <source>A protected value cannot be opened with this workstation&apos;s key: it was changed or sealed elsewhere.</source>
        <translation>受保护的值无法用本工作站的密钥打开：它已被篡改，或是在别处加密的。</translation>
    </message>
    <message>
        <source>Only a role that may reveal personal data opens this value.</source>
        <translation>只有有权查看完整个人信息的岗位才能打开此项内容。</translation>
    </message>
</context>
<context>
    <name>ServerAuditCheckpoint</name>
    <message>
        <source>The sync server did not give its audit checkpoint (%1): %2</source>
        <translation>同步服务器未提供审计检查点（%1）：%2</translation>
    </message>
    <message>
        <source>The sync server sent an audit checkpoint that is not for this workstation&apos;s chain.</source>
        <translation>同步服务器发来的审计检查点不属于本工作站的审计链。</translation>
    </message>
    <message>
        <source>The sync server&apos;s audit key is not the one this workstation keeps: the key kept here was replaced, or this is another server.</source>
        <translation>同步服务器的审计密钥与本工作站保存的不一致：本机保存的密钥已被替换，或连接的是另一台服务器。</translation>
    </message>
    <message>
        <source>The sync server&apos;s audit checkpoint does not verify with its key.</source>
        <translation>同步服务器的审计检查点无法用其密钥验证。</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>无法读取配置文件 %1。</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>配置文件 %1 不是有效的 INI 文件。</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>%1 须为 0 至 %2 之间的数字，而不是“%3”。</translation>
    </message>
    <message>
        <source>The listen address &quot;%1&quot; is not an IP address.</source>
        <translation>监听地址“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key.</source>
        <translation>TLS 需要同时提供证书和私钥。</translation>
    </message>
    <message>
        <source>log_level must be info, warning or off.</source>
        <translation>log_level 须为 info、warning 或 off。</translation>
    </message>
    <message>
        <source>database/driver must be sqlite or postgres, not &quot;%1&quot;.</source>
        <translation>database/driver 必须是 sqlite 或 postgres，而不是“%1”。</translation>
    </message>
    <message>
        <source>The setting postgres/pooling must be transaction or session, not %1.</source>
        <translation>设置 postgres/pooling 只能是 transaction 或 session，不能是 %1。</translation>
    </message>
</context>
<context>
    <name>ServerRoutes</name>
    <message>
        <source>Sign in first: the token is missing, expired or not valid.</source>
        <translation>请先登录：令牌缺失、已过期或无效。</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation>请求大小超出服务器允许的上限。</translation>
    </message>
    <message>
        <source>The request is not a JSON object: %1</source>
        <translation>请求不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>This workstation speaks sync protocol %1; the server speaks %2. Please update BranchDesk. Your unsent changes are kept.</source>
        <translation>本工作站使用的同步协议版本为 %1，服务器为 %2。请升级 BranchDesk。尚未发送的变更已保留。</translation>
    </message>
    <message>
        <source>Unknown branch, or a branch outside your own.</source>
        <translation>网点未知，或不是您所属的网点。</translation>
    </message>
    <message>
        <source>changes must be an array.</source>
        <translation>changes 必须是数组。</translation>
    </message>
    <message>
        <source>%1 may not change %2</source>
        <translation>%1 无权修改 %2</translation>
    </message>
    <message>
        <source>The server could not store the changes; send them again.</source>
        <translation>服务器未能保存这些变更，请重新发送。</translation>
    </message>
    <message>
        <source>after must be a cursor (0 or more) and limit between 1 and %1.</source>
        <translation>after 须为游标（大于或等于 0），limit 须为 1 至 %1 之间的数。</translation>
    </message>
    <message>
        <source>No database is configured.</source>
        <translation>未配置数据库。</translation>
    </message>
    <message>
        <source>id and page (1 or more) are required.</source>
        <translation>须提供 id 和 page（大于或等于 1）。</translation>
    </message>
    <message>
        <source>The branch&apos;s baseline was imported again; start its download afresh.</source>
        <translation>本网点的基线数据已重新导入，请重新开始下载。</translation>
    </message>
    <message>
        <source>No such baseline page.</source>
        <translation>不存在该基线数据页。</translation>
    </message>
    <message>
        <source>origin_node and an array of entries are required.</source>
        <translation>须提供 origin_node 和 entries 数组。</translation>
    </message>
    <message>
        <source>An audit entry needs seq, id, action, prev_hash and hash.</source>
        <translation>审计记录须包含 seq、id、action、prev_hash 和 hash。</translation>
    </message>
    <message>
        <source>The server could not store the audit entries; send them again.</source>
        <translation>服务器未能保存这些审计记录，请重新发送。</translation>
    </message>
    <message>
        <source>The branch has no snapshot; download it page by page.</source>
        <translation>该网点没有快照，请分页下载。</translation>
    </message>
    <message>
        <source>id, offset (0 or more) and length (1 to %1) are required.</source>
        <translation>需要 id、offset（不小于 0）和 length（1 至 %1）。</translation>
    </message>
    <message>
        <source>The branch&apos;s snapshot was made again; start its download afresh.</source>
        <translation>该网点的快照已重新生成，请重新开始下载。</translation>
    </message>
    <message>
        <source>The offset is past the end of the snapshot.</source>
        <translation>偏移量超出了快照末尾。</translation>
    </message>
    <message>
        <source>The snapshot could not be read; try again.</source>
        <translation>快照未能读取，请重试。</translation>
    </message>
    <message>
        <source>%1 may not move %2 to another branch</source>
        <translation>%1 无权将 %2 迁移到其他网点</translation>
    </message>
    <message>
        <source>there is no branch %1</source>
        <translation>不存在网点 %1</translation>
    </message>
    <message>
        <source>the row does not belong to customer %1</source>
        <translation>该行不属于客户 %1</translation>
    </message>
    <message>
        <source>customer %1 is not kept by your branch</source>
        <translation>客户 %1 不属于您的网点</translation>
    </message>
    <message>
        <source>The server could not read its branches; try again.</source>
        <translation>服务器无法读取网点列表，请重试。</translation>
    </message>
    <message>
        <source>audit entries are sent to /v1/audit, never as changes</source>
        <translation>审计记录须发送至 /v1/audit，不能作为变更发送</translation>
    </message>
    <message>
        <source>The changes up to %1 are kept only in the branch&apos;s snapshot now; take the snapshot.</source>
        <translation>截至 %1 的变更现在只保存在网点快照中；请下载网点快照。</translation>
    </message>
    <message>
        <source>Events are sent with the key of a service account.</source>
        <translation>事件须使用服务账户的密钥发送。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the batch are malformed; nothing was stored.</source>
        <translation>
            <numerusform>该批次中有 %n 个事件格式错误，未保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not store the events; send them again.</source>
        <translation>服务器未能保存这些事件；请重新发送。</translation>
    </message>
    <message>
        <source>/v1/listen speaks WebSocket only.</source>
        <translation>/v1/listen 仅支持 WebSocket。</translation>
    </message>
    <message>
        <source>The server cannot reach its database just now; try again shortly.</source>
        <translation>服务器暂时无法连接数据库；请稍后再试。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>登录失败次数过多，请 %n 分钟后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in from this workstation to send its audit entries.</source>
        <translation>请在本工作站登录后再上传其审计记录。</translation>
    </message>
    <message>
        <source>This server signs no audit checkpoints.</source>
        <translation>本服务器不签发审计检查点。</translation>
    </message>
    <message>
        <source>Name the workstation: ?node=NODE.</source>
        <translation>请指明工作站：?node=工作站标识。</translation>
    </message>
    <message>
        <source>The server could not read the audit chain; try again.</source>
        <translation>服务器暂时无法读取审计链，请重试。</translation>
    </message>
    <message>
        <source>That workstation belongs to another branch.</source>
        <translation>该工作站属于其他网点。</translation>
    </message>
    <message>
        <source>The workstation&apos;s node id is too long.</source>
        <translation>工作站标识过长。</translation>
    </message>
    <message>
        <source>This workstation belongs to another branch than the account.</source>
        <translation>该工作站属于其他网点，与此账号所属网点不符。</translation>
    </message>
    <message>
        <source>The branch snapshot without personal data is being prepared; try again in a minute.</source>
        <translation>不含客户个人信息的网点快照正在准备中，请一分钟后再试。</translation>
    </message>
    <message>
        <source>The branch snapshot is being brought up to date; try again in a minute.</source>
        <translation>网点快照正在更新，请过一分钟再试。</translation>
    </message>
    <message>
        <source>to_branch is your own branch: a moving customer&apos;s rows are copied to another branch only</source>
        <translation>目标网点就是本网点：迁移客户的数据只能复制到其他网点</translation>
    </message>
</context>
<context>
    <name>ServerSignIn</name>
    <message>
        <source>The sync server refused the user name or password (or the account is disabled there).</source>
        <translation>同步服务器拒绝了用户名或密码（或该账户已在服务器上停用）。</translation>
    </message>
    <message>
        <source>The sync server refused the sign-in (%1): %2</source>
        <translation>同步服务器拒绝登录（%1）：%2</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>无法连接 PostgreSQL：%1</translation>
    </message>
    <message>
        <source>Upgrading the server database to version %1 failed: %2</source>
        <translation>服务器数据库升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>Unknown branch %1.</source>
        <translation>未知网点 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a branchdesk-server database (it may be a workstation&apos;s file). It was left untouched.</source>
        <translation>%1 不是 branchdesk-server 数据库（可能是工作站的文件），已保持原样未作改动。</translation>
    </message>
    <message>
        <source>The server database cannot be used: %1</source>
        <translation>服务器数据库无法使用：%1</translation>
    </message>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>无法打开服务器数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable BranchDesk server database (%2). It was left untouched; restore it from a backup or start with an empty file.</source>
        <translation>%1 不是可读取的 BranchDesk 服务器数据库（%2）。文件已保持原样；请从备份恢复，或使用空文件启动。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 by %3) does not match its hash: it was changed after it was written</source>
        <translation>审计条目 %1（%3 执行的 %2）与其哈希值不符：写入后曾被修改</translation>
    </message>
    <message>
        <source>audit entry %1 (%2) names no signed-in actor</source>
        <translation>审计记录 %1（%2）未注明已登录的操作人</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 by %3): %3 has not signed in to the server from this workstation</source>
        <translation>审计记录 %1（%3 的 %2）：%3 未曾在本工作站登录服务器</translation>
    </message>
    <message>
        <source>audit entry %1 differs from the one the server holds: entries cannot be changed</source>
        <translation>审计记录 %1 与服务器上保存的不一致：审计记录不可修改</translation>
    </message>
    <message>
        <source>audit entry %1 does not link to entry %2</source>
        <translation>审计记录 %1 未链接到记录 %2</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 by %3): %3 is not an account the server knows on this workstation; a desk-only account becomes known when an administrator&apos;s sync sends it from here</source>
        <translation>审计记录 %1（%3 的 %2）：服务器在这台工作站上不认识账号 %3；本机账号要由管理员在这台工作站上同步上送后，服务器才认识。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
</context>
<context>
    <name>ShelfProblemModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ShelfProductModel</name>
    <message>
        <source>Code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>起购金额</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>双录</source>
        <translation>双录</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>销售期</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>开放式</translation>
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
        <source>always</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>SnapshotDownload</name>
    <message>
        <source>The sync server refused the branch download (%1): %2</source>
        <translation>同步服务器拒绝了网点数据下载（%1）：%2</translation>
    </message>
    <message>
        <source>%1 exists already; a branch download never replaces a database.</source>
        <translation>%1 已存在；网点数据下载从不替换已有数据库。</translation>
    </message>
    <message>
        <source>The sync server described its branch snapshot incompletely.</source>
        <translation>同步服务器提供的网点快照信息不完整。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The branch download stopped after %1 chunks; it goes on at the next try.</source>
        <translation>网点数据下载在 %1 个数据块后中断，下次尝试时将继续。</translation>
    </message>
    <message>
        <source>The sync server sent an empty piece of the branch download.</source>
        <translation>同步服务器发送了空的网点数据块。</translation>
    </message>
    <message>
        <source>The branch download arrived damaged (its checksum does not match); it was discarded. Try again.</source>
        <translation>下载的网点数据已损坏（校验和不符），已丢弃。请重试。</translation>
    </message>
    <message>
        <source>%1 exists already or cannot be written; the download is kept as %2.</source>
        <translation>%1 已存在或无法写入；下载内容保留为 %2。</translation>
    </message>
    <message>
        <source>The branch download was cancelled; it goes on from here at the next try.</source>
        <translation>网点下载已取消；下次尝试时将从此处继续。</translation>
    </message>
    <message>
        <source>The customer search index of the branch download could not be built: %1</source>
        <translation>网点数据下载后，客户检索索引未能建立：%1</translation>
    </message>
</context>
<context>
    <name>SnapshotErasure</name>
    <message>
        <source>The snapshot of branch %1 cannot be copied to %2.</source>
        <translation>无法将网点 %1 的快照复制到 %2。</translation>
    </message>
</context>
<context>
    <name>SnapshotFold</name>
    <message>
        <source>The branch snapshot %1 cannot be opened: %2</source>
        <translation>无法打开网点快照 %1：%2</translation>
    </message>
    <message>
        <source>The branch snapshot&apos;s search index could not be marked for rebuilding.</source>
        <translation>未能将网点快照的搜索索引标记为待重建。</translation>
    </message>
    <message>
        <source>The branch snapshot&apos;s personal data could not be marked for sealing.</source>
        <translation>网点快照中的客户个人资料未能标记为待加密。</translation>
    </message>
</context>
<context>
    <name>SnapshotMerge</name>
    <message>
        <source>The branch snapshot cannot be read: %1</source>
        <translation>无法读取网点快照：%1</translation>
    </message>
    <message>
        <source>The branch snapshot could not be taken in: %1</source>
        <translation>未能载入网点快照：%1</translation>
    </message>
    <message>
        <source>%1 values of %2.%3 are encrypted under the key of the file the branch was imported from, which this workstation does not hold</source>
        <translation>%2.%3 中有 %1 个值以导入网点时所用文件的密钥加密，本工作站没有该密钥</translation>
    </message>
</context>
<context>
    <name>SnapshotPersonalData</name>
    <message>
        <source>values encrypted under the key of the workstation file that cannot be opened here (the file&apos;s branch head must be named for the import)</source>
        <translation>该工作站文件中以其自身密钥加密的数据在此无法解开（导入时须指定该文件的网点负责人）</translation>
    </message>
</context>
<context>
    <name>SnapshotRefresh</name>
    <message>
        <source>The sync server refused the branch snapshot (%1): %2</source>
        <translation>同步服务器拒绝了网点快照（%1）：%2</translation>
    </message>
    <message>
        <source>The sync server described its branch snapshot incompletely.</source>
        <translation>同步服务器提供的网点快照信息不完整。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The branch snapshot arrived damaged (its checksum does not match); it was discarded. Try again.</source>
        <translation>收到的网点快照已损坏（校验和不符），已丢弃。请重试。</translation>
    </message>
</context>
<context>
    <name>SnapshotRemakeWorker</name>
    <message>
        <source>The snapshot of branch %1 cannot be marked for making again in %2.</source>
        <translation>无法在 %2 中把网点 %1 的快照标记为待重做。</translation>
    </message>
    <message>
        <source>The snapshot folder %1 cannot be written.</source>
        <translation>快照文件夹 %1 无法写入。</translation>
    </message>
</context>
<context>
    <name>StaffAccountModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>StaffFigureModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Customers owned</source>
        <translation>管户客户数</translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation>未完成外呼任务</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>未完成推荐</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Lobby manager</source>
        <translation>大堂经理</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>StoreInspection</name>
    <message>
        <source>%1 is not a BranchDesk database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是 BranchDesk 数据库（不是 SQLite 文件），文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. It was left untouched.</source>
        <translation>无法打开 %1：%2。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup or sync a fresh copy.</source>
        <translation>%1 已损坏，无法读取（%2）。文件未作任何改动；请从备份恢复，或重新同步一份副本。</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>完整性检查未通过</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a BranchDesk database. It was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 BranchDesk 数据库。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer BranchDesk (schema version %2; this program knows up to %3). Update BranchDesk to open it. The file was left untouched.</source>
        <translation>%1 由较新版本的 BranchDesk 写入（数据库结构版本 %2；本程序最高支持 %3）。请升级 BranchDesk 后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
<context>
    <name>StoreUpgradeProgress</name>
    <message>
        <source>Updating this branch&apos;s data for the new version: step %1 of %2</source>
        <translation>正在为新版本更新本网点数据：第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（本步已完成 %2%）</translation>
    </message>
    <message>
        <source>BranchDesk is being updated</source>
        <translation>BranchDesk 正在更新</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far.</source>
        <translation>
            <numerusform>已用时 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is done once, after BranchDesk was updated. Please wait: the sign-in comes when it is done.</source>
        <translation>此操作仅在 BranchDesk 更新后进行一次。请稍候，完成后将进入登录。</translation>
    </message>
</context>
<context>
    <name>SuitabilityGate</name>
    <message>
        <source>This customer&apos;s personal data was erased: nothing can be recommended to them or sold.</source>
        <translation>该客户的个人信息已被删除：不能向其推荐或销售任何产品。</translation>
    </message>
    <message>
        <source>The customer&apos;s risk tolerance has not been assessed: assess it (KYC) before recommending or selling anything.</source>
        <translation>客户尚未进行风险承受能力评估：请先完成评估（KYC），再推荐或销售产品。</translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s risk assessment of %1 is older than %n month(s) (it counted until %2): assess them again first.</source>
        <translation>
            <numerusform>客户的风险评估（%1）已超过 %n 个月（有效期至 %2）：请先重新评估。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rated %2, above the customer&apos;s risk level %3: it may not be recommended to them or sold.</source>
        <translation>%1 风险等级为%2，高于客户风险承受能力%3：不得向其推荐或销售。</translation>
    </message>
    <message>
        <source>The customer&apos;s age is unknown and %1 is above R3: take the extra confirmation step for customers of %2 or older and enter its reference.</source>
        <translation>客户年龄未知，%1 风险等级高于R3：请按%2岁及以上客户的要求完成额外确认步骤并填写确认编号。</translation>
    </message>
    <message>
        <source>The customer is %1, and %2 is above R3: take the extra confirmation step for customers of %3 or older and enter its reference.</source>
        <translation>客户%1岁，%2 风险等级高于R3：%3岁及以上客户须完成额外确认步骤并填写确认编号。</translation>
    </message>
    <message>
        <source>%1 is sold with audio-video recording (双录): enter the recording&apos;s reference.</source>
        <translation>%1 销售须进行录音录像（双录）：请填写双录编号。</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>%1 is on sale from %2 to %3 only.</source>
        <translation>%1 仅在%2至%3期间销售。</translation>
    </message>
    <message>
        <source>Enter the amount of the sale.</source>
        <translation>请填写销售金额。</translation>
    </message>
    <message>
        <source>%1 is sold from %2; %3 is less.</source>
        <translation>%1 起购金额为%2；%3 不足起购金额。</translation>
    </message>
    <message>
        <source>%1 is not sold through %2 (only: %3).</source>
        <translation>%1 不通过%2销售（仅限：%3）。</translation>
    </message>
    <message>
        <source>an unnamed channel</source>
        <translation>未指明的渠道</translation>
    </message>
</context>
<context>
    <name>SuitabilityService</name>
    <message>
        <source>No customer of this branch has the id %1.</source>
        <translation>本网点不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>%1 is not on the branch&apos;s product shelf.</source>
        <translation>%1 不在本网点的产品货架上。</translation>
    </message>
    <message>
        <source>Say whether the customer accepted, declined or said not now.</source>
        <translation>请说明客户是接受、拒绝还是暂不考虑。</translation>
    </message>
    <message>
        <source>Give the reason the customer declined.</source>
        <translation>请填写客户拒绝的原因。</translation>
    </message>
    <message>
        <source>Unknown place of the offer: %1.</source>
        <translation>未知的推荐场景：%1。</translation>
    </message>
    <message>
        <source>The answer was not recorded: %1</source>
        <translation>客户答复未登记：%1</translation>
    </message>
    <message>
        <source>The answer was not recorded: the change could not be saved.</source>
        <translation>客户答复未登记：变更无法保存。</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>销售未登记：%1</translation>
    </message>
    <message>
        <source>The sale was not recorded: the change could not be saved.</source>
        <translation>销售未登记：变更无法保存。</translation>
    </message>
</context>
<context>
    <name>SyncChange</name>
    <message>
        <source>change_id is not a UUIDv7</source>
        <translation>change_id 不是 UUIDv7</translation>
    </message>
    <message>
        <source>table %1 is not synchronised</source>
        <translation>表 %1 不参与同步</translation>
    </message>
    <message>
        <source>row_id is missing or too long</source>
        <translation>row_id 缺失或过长</translation>
    </message>
    <message>
        <source>op must be upsert or delete</source>
        <translation>op 必须为 upsert 或 delete</translation>
    </message>
    <message>
        <source>fields must be an object</source>
        <translation>fields 必须是对象</translation>
    </message>
    <message>
        <source>base_version and schema_version must be numbers</source>
        <translation>base_version 和 schema_version 必须是数字</translation>
    </message>
    <message>
        <source>hlc and origin_node are required</source>
        <translation>必须提供 hlc 和 origin_node</translation>
    </message>
    <message>
        <source>to_branch and customer_id go together</source>
        <translation>to_branch 与 customer_id 必须同时提供</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync server cannot be reached (%1). Your changes are kept and sent at the next sync.</source>
        <translation>无法连接同步服务器（%1）。您的变更已保留，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>The sync server refused the sign-in (%1): %2</source>
        <translation>同步服务器拒绝登录（%1）：%2</translation>
    </message>
    <message>
        <source>The account %1 belongs to another branch than this workstation; nothing was exchanged.</source>
        <translation>账户 %1 所属网点与本工作站不同，未交换任何数据。</translation>
    </message>
    <message>
        <source>This workstation&apos;s branch could not be recorded.</source>
        <translation>无法记录本工作站所属网点。</translation>
    </message>
    <message>
        <source>Changes were exchanged, but the sync server refused an entry of this workstation&apos;s audit log, so the audit log is no longer uploaded: %1</source>
        <translation>变更已完成交换，但同步服务器拒绝接收本工作站审计日志中的一条记录，因此审计日志不再上传：%1</translation>
    </message>
</context>
<context>
    <name>SyncHttpClient</name>
    <message>
        <source>The sync server cannot be reached (%1).</source>
        <translation>无法连接同步服务器（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>The request was sent %n times.</source>
        <translation>
            <numerusform>已尝试发送 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TellerAdherenceModel</name>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务笔数</translation>
    </message>
    <message>
        <source>All seven steps</source>
        <translation>完整执行七步曲</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>步骤完成率</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐数</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评价</translation>
    </message>
</context>
<context>
    <name>TellerServicesLeftOpen</name>
    <message>
        <source>Earlier counter services could not be read: %1</source>
        <translation>无法读取此前的柜面服务：%1</translation>
    </message>
    <message>
        <source>Earlier counter services could not be closed: %1</source>
        <translation>无法关闭此前未完成的柜面服务：%1</translation>
    </message>
    <message>
        <source>the audit log could not be written</source>
        <translation>无法写入审计日志</translation>
    </message>
</context>
<context>
    <name>TellerSession</name>
    <message>
        <source>Start the counter service first.</source>
        <translation>请先开始柜面服务。</translation>
    </message>
    <message>
        <source>The counter service could not be saved: %1</source>
        <translation>柜面服务记录未能保存：%1</translation>
    </message>
    <message>
        <source>There are seven steps.</source>
        <translation>七步曲共有七步。</translation>
    </message>
    <message>
        <source>Deposit of %1 is at or above %2</source>
        <translation>存款 %1，不低于 %2</translation>
    </message>
    <message>
        <source>Transfer of %1 is at or above %2</source>
        <translation>转账 %1，不低于 %2</translation>
    </message>
    <message>
        <source>Asked about wealth products</source>
        <translation>咨询理财产品</translation>
    </message>
    <message>
        <source>Assets of %1 at the bank, below the VIP line</source>
        <translation>在本行资产 %1，低于贵宾标准</translation>
    </message>
    <message>
        <source>Behaviour: %1</source>
        <translation>言谈举止：%1</translation>
    </message>
    <message>
        <source>Counter customer, %1</source>
        <translation>柜面客户，%1</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>评价须为 1 至 5 分。</translation>
    </message>
    <message>
        <source>Choose the business first.</source>
        <translation>请先选择业务。</translation>
    </message>
    <message>
        <source>Today&apos;s counter services could not be read: %1</source>
        <translation>无法读取今天的柜面服务：%1</translation>
    </message>
    <message>
        <source>the audit log could not be written</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <source>The counter service could not be started: %1</source>
        <translation>无法开始柜面服务：%1</translation>
    </message>
    <message>
        <source>The empty counter service could not be removed: %1</source>
        <translation>无法删除尚未办理的柜面服务：%1</translation>
    </message>
    <message>
        <source>The customer&apos;s unfinished service could not be read back: it was changed or removed meanwhile. Start the service again.</source>
        <translation>无法读取该客户未完成的服务：它刚被修改或删除。请重新开始服务。</translation>
    </message>
    <message>
        <source>Continuing the customer&apos;s service could not be recorded: %1</source>
        <translation>无法记录接着办理该客户的服务：%1</translation>
    </message>
</context>
<context>
    <name>TellerSessionModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Seven steps</source>
        <translation>七步曲</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>All seven steps done</source>
        <translation>七步曲已全部完成</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>（散客）</translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation>%1  %2/%3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>客户事件</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>客户接触</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>objection: %1</source>
        <translation>异议：%1</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>下次跟进 %1</translation>
    </message>
    <message>
        <source>void: %1 — %2, %3</source>
        <translation>已作废：%1 —— %2，%3</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>密码至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>用户名须为 2 至 32 个字符，由小写字母、数字、“.”、“_”或“-”组成，并以字母开头。</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>显示名称不能为空。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>用户未能保存：%1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>不存在用户 %1。</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>密码未能保存：%1</translation>
    </message>
    <message>
        <source>Granting the role %1 needs a second person: it is requested, and another administrator or the branch head approves it.</source>
        <translation>授予角色 %1 须经第二人批准：已提交申请，由其他系统管理员或网点负责人批准。</translation>
    </message>
    <message>
        <source>The display name holds control characters (such as terminal escape sequences).</source>
        <translation>显示名称包含控制字符（如终端转义序列）。</translation>
    </message>
    <message>
        <source>Setting another person&apos;s password needs a second person: it is requested, and another administrator or the branch head approves it.</source>
        <translation>为他人设置密码须经第二人批准：已提交申请，由其他系统管理员或网点负责人批准。</translation>
    </message>
</context>
<context>
    <name>ValueJudgement</name>
    <message>
        <source>Known customer of tier %1</source>
        <translation>本行已有客户，等级：%1</translation>
    </message>
    <message>
        <source>AUM %1 reaches the VIP line</source>
        <translation>AUM %1，达到贵宾标准</translation>
    </message>
    <message>
        <source>AUM %1: near the VIP line</source>
        <translation>AUM %1，接近贵宾标准</translation>
    </message>
    <message>
        <source>No notable signs</source>
        <translation>无明显特征</translation>
    </message>
    <message>
        <source>%1 maturing within %2 days</source>
        <translation>%1将于%2天内到期</translation>
    </message>
    <message>
        <source>Signs worth %1 of the %2 points of a potential VIP</source>
        <translation>迹象得分%1分（潜在贵宾需%2分）</translation>
    </message>
</context>
<context>
    <name>VoiceFindingRepository</name>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>处理结果未能保存：%1</translation>
    </message>
</context>
<context>
    <name>VoiceKinds</name>
    <message>
        <source>Interest</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>同业</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>人生大事</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
</context>
<context>
    <name>VoiceLexicon</name>
    <message numerus="yes">
        <source>The customer-voice lexicon has %n problem(s):
%1</source>
        <translation>
            <numerusform>客户之声词库有 %n 处问题：
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the customer-voice lexicon %1: %2</source>
        <translation>无法读取客户之声词库 %1：%2</translation>
    </message>
</context>
<context>
    <name>VoiceLexiconSource</name>
    <message>
        <source>The configured customer-voice lexicon was refused and the built-in one is used instead.
%1</source>
        <translation>配置的客户之声词库未通过检查，已改用内置词库。
%1</translation>
    </message>
</context>
<context>
    <name>VoiceLexiconValidator</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>不是有效的 JSON（第 %1 个字节处）：%2</translation>
    </message>
    <message>
        <source>the lexicon must be a JSON object</source>
        <translation>词库必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;branchdesk-voice-lexicon&quot;</source>
        <translation>必须是“branchdesk-voice-lexicon”</translation>
    </message>
    <message>
        <source>must be 1 (the only version this build reads)</source>
        <translation>必须是 1（本版本只能读取这一版）</translation>
    </message>
    <message>
        <source>a name needs &quot;zh&quot; and &quot;en&quot;</source>
        <translation>名称需要同时有“zh”和“en”</translation>
    </message>
    <message>
        <source>the text is missing or empty</source>
        <translation>文本缺失或为空</translation>
    </message>
    <message>
        <source>must be a list of phrases</source>
        <translation>必须是一组词语</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>列表是空的</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>必须是文字</translation>
    </message>
    <message>
        <source>a reference (%1) is not allowed here</source>
        <translation>此处不允许引用（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>the phrase is empty</source>
        <translation>词语是空的</translation>
    </message>
    <message>
        <source>the phrase is longer than %1 characters</source>
        <translation>词语超过 %1 个字</translation>
    </message>
    <message>
        <source>the phrase holds a control character or a character outside the basic plane</source>
        <translation>词语含有控制字符或生僻扩展字符</translation>
    </message>
    <message>
        <source>unknown product family &quot;%1&quot;</source>
        <translation>未知的产品大类“%1”</translation>
    </message>
    <message>
        <source>unknown cue list &quot;%1&quot; (define it under $.cues)</source>
        <translation>未知的提示词列表“%1”（请在 $.cues 下定义）</translation>
    </message>
    <message>
        <source>the cue lists are missing</source>
        <translation>缺少提示词列表</translation>
    </message>
    <message>
        <source>a list name is lower-case letters, digits and _</source>
        <translation>列表名称只能由小写字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>the list &quot;%1&quot; is missing</source>
        <translation>缺少列表“%1”</translation>
    </message>
    <message>
        <source>must be a list of product families</source>
        <translation>必须是一组产品大类</translation>
    </message>
    <message>
        <source>unknown product family &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的产品大类“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>duplicate family &quot;%1&quot;</source>
        <translation>产品大类“%1”重复</translation>
    </message>
    <message>
        <source>the labels are missing</source>
        <translation>缺少标签</translation>
    </message>
    <message>
        <source>a label must be an object</source>
        <translation>标签必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>未知的类别“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>a code is lower-case letters, digits and _</source>
        <translation>代号只能由小写字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>duplicate label &quot;%1.%2&quot;</source>
        <translation>标签“%1.%2”重复</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>a label needs phrases or pairs</source>
        <translation>标签需要词语或词对</translation>
    </message>
    <message>
        <source>must be a list of pairs</source>
        <translation>必须是一组词对</translation>
    </message>
    <message>
        <source>the gap is a whole number from 0 to %1</source>
        <translation>间隔必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>the scope is &quot;phrase&quot; or &quot;sentence&quot;</source>
        <translation>范围只能是“phrase”或“sentence”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是一个列表</translation>
    </message>
    <message>
        <source>&quot;wrong&quot; and &quot;right&quot; must be equally long (the analyser keeps every character&apos;s position)</source>
        <translation>“wrong”和“right”必须一样长（分析时要保留每个字的位置）</translation>
    </message>
    <message>
        <source>&quot;wrong&quot; and &quot;right&quot; are the same</source>
        <translation>“wrong”和“right”相同</translation>
    </message>
    <message>
        <source>must be an object with labels and unless</source>
        <translation>须为包含“标签”和“例外词”的对象</translation>
    </message>
    <message>
        <source>must be a list of labels (kind.code)</source>
        <translation>须为标签列表（类别.代码）</translation>
    </message>
    <message>
        <source>unknown label &quot;%1&quot;</source>
        <translation>未知标签“%1”</translation>
    </message>
</context>
<context>
    <name>VoiceReview</name>
    <message>
        <source>This suggestion is no longer there.</source>
        <translation>这条建议已不存在。</translation>
    </message>
    <message>
        <source>This suggestion was confirmed already.</source>
        <translation>这条建议已经确认过了。</translation>
    </message>
    <message>
        <source>Promised: &quot;%1&quot;</source>
        <translation>已约定：“%1”</translation>
    </message>
    <message>
        <source>The follow-up task could not be made: %1</source>
        <translation>未能生成跟进任务：%1</translation>
    </message>
    <message>
        <source>The confirmation could not be saved: %1</source>
        <translation>确认结果未能保存：%1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>处理结果未能保存：%1</translation>
    </message>
</context>
<context>
    <name>VoiceTalkingPoints</name>
    <message>
        <source>Heard: %1 - %2</source>
        <translation>听到：%1 - %2</translation>
    </message>
    <message>
        <source>Interested in %1 (%2: &quot;%3&quot;)</source>
        <translation>对%1感兴趣（%2：“%3”）</translation>
    </message>
    <message>
        <source>Objection to answer: %1 (%2: &quot;%3&quot;)</source>
        <translation>需回应的顾虑：%1（%2：“%3”）</translation>
    </message>
    <message>
        <source>Promised on %1: %2 (&quot;%3&quot;)</source>
        <translation>%1 约定：%2（“%3”）</translation>
    </message>
</context>
<context>
    <name>WithheldSnapshot</name>
    <message>
        <source>The snapshot folder %1 cannot be used.</source>
        <translation>快照文件夹 %1 无法使用。</translation>
    </message>
    <message>
        <source>The snapshot without personal data could not be made: %1</source>
        <translation>不含客户个人信息的网点快照未能生成：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>WorkStates</name>
    <message>
        <source>A stored %1 has the state &quot;%2&quot;, which this version of BranchDesk does not know; it may come from a newer version.</source>
        <translation>已保存的%1处于“%2”状态，当前版本的 BranchDesk 无法识别；它可能来自更新的版本。</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <source>call task</source>
        <translation>外呼任务</translation>
    </message>
    <message>
        <source>call outcome</source>
        <translation>外呼结果</translation>
    </message>
    <message>
        <source>care task</source>
        <translation>关怀任务</translation>
    </message>
    <message>
        <source>KYC interview</source>
        <translation>KYC 问卷</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>contact outcome</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <source>customer&apos;s lifecycle</source>
        <translation>客户生命周期</translation>
    </message>
</context>
<context>
    <name>WorkstationSignIn</name>
    <message>
        <source>The account %1 belongs to another branch than this workstation.</source>
        <translation>账户 %1 属于其他网点，不属于本工作站。</translation>
    </message>
    <message>
        <source>Signing in could not be recorded: %1</source>
        <translation>无法记录本次登录：%1</translation>
    </message>
    <message>
        <source>This workstation cannot check the account %1 while the sync server is out of reach: sign in once while connected to the server.

%2</source>
        <translation>同步服务器无法连接时，本工作站无法核验账户 %1：请在连接服务器时登录一次。

%2</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>运行“%1 &lt;命令&gt; --help”查看各命令的选项。</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>用法：%1 &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>No password: set the environment variable %1 or run this command at a terminal to be asked for it.</source>
        <translation>未提供密码：请设置环境变量 %1，或在终端中运行此命令，按提示输入密码。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何修改。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The BranchDesk database file (default: this workstation&apos;s own, %1).</source>
        <translation>BranchDesk 数据库文件（默认：本工作站的数据库 %1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: from the system locale).</source>
        <translation>提示信息的语言：zh_CN 或 en（默认：取自系统区域设置）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Sign in as this staff user. The password comes from the environment variable BRANCHDESK_PASSWORD or, on a terminal, from a prompt.</source>
        <translation>以该员工用户身份登录。密码取自环境变量 BRANCHDESK_PASSWORD；在终端中运行时也可按提示输入。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Usage: %1 [options]%2</source>
        <translation>用法：%1 [选项]%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for how to use it.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>所有命令通用的选项：</translation>
    </message>
    <message>
        <source>Show the version (before any command).</source>
        <translation>显示版本号（须写在命令之前）。</translation>
    </message>
    <message>
        <source>Create a database filled with a generated demo branch.</source>
        <translation>新建数据库并填入生成的演示网点数据。</translation>
    </message>
    <message>
        <source>Fills a new database at --db with a realistic, generated branch: staff of every role, customers with holdings, transactions, events, interactions, KYC, tags, lobby visits, referrals, call lists and care tasks. The same seed gives the same branch. Prints a summary and the demo sign-ins.</source>
        <translation>在 --db 指定的位置新建数据库，并填入贴近真实的生成网点数据：各角色员工、持有产品的客户、交易、客户事件、客户接触记录、KYC、标签、厅堂到访、推荐、名单和关怀任务。相同的种子生成相同的网点。完成后输出汇总信息和演示登录账户。</translation>
    </message>
    <message>
        <source>Number of customers (default: %1).</source>
        <translation>客户数量（默认：%1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator (default: %1).</source>
        <translation>生成器的随机种子（默认：%1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Code of the demo branch (default: %1).</source>
        <translation>演示网点代码（默认：%1）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to %1.</source>
        <translation>--customers 须为 1 至 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed 须为整数。</translation>
    </message>
    <message>
        <source>--branch needs a branch code.</source>
        <translation>--branch 须指定网点代码。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>个客户</translation>
    </message>
    <message>
        <source>The demo branch could not be made: %1</source>
        <translation>演示网点未能创建：%1</translation>
    </message>
    <message>
        <source>the generator gave no reason</source>
        <translation>生成器未给出原因</translation>
    </message>
    <message>
        <source>Demo branch %1 written to %2 (seed %3).</source>
        <translation>演示网点 %1 已写入 %2（种子 %3）。</translation>
    </message>
    <message>
        <source>Demo sign-ins (demo databases only):</source>
        <translation>演示登录账户（仅限演示数据库）：</translation>
    </message>
    <message>
        <source>Create a new, empty database with its branch and first administrator.</source>
        <translation>新建空数据库，并创建其网点和首位系统管理员。</translation>
    </message>
    <message>
        <source>Creates a new BranchDesk database at --db with one branch. With --admin-user it also creates the first administrator, whose password comes from BRANCHDESK_PASSWORD (or a prompt at a terminal). A file that already holds data, is newer than this program, damaged or not a BranchDesk database is refused and left untouched.</source>
        <translation>在 --db 指定的位置新建含一个网点的 BranchDesk 数据库。指定 --admin-user 时还会创建首位系统管理员，其密码取自 BRANCHDESK_PASSWORD（在终端中也可按提示输入）。已有数据、版本高于本程序、已损坏或不是 BranchDesk 数据库的文件将被拒绝，且不作任何改动。</translation>
    </message>
    <message>
        <source>Code of the branch (default: %1).</source>
        <translation>网点代码（默认：%1）。</translation>
    </message>
    <message>
        <source>Name of the branch (default: &quot;%1&quot;).</source>
        <translation>网点名称（默认：“%1”）。</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>营业部</translation>
    </message>
    <message>
        <source>City of the branch.</source>
        <translation>网点所在城市。</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>Also create this administrator (user name).</source>
        <translation>同时创建该系统管理员（用户名）。</translation>
    </message>
    <message>
        <source>Display name of the administrator (default: the user name).</source>
        <translation>系统管理员的显示名称（默认：与用户名相同）。</translation>
    </message>
    <message>
        <source>The branch needs a code and a name.</source>
        <translation>网点须有代码和名称。</translation>
    </message>
    <message>
        <source>%1 already holds a BranchDesk database with data. It was left untouched.</source>
        <translation>%1 已是含有数据的 BranchDesk 数据库，未作任何改动。</translation>
    </message>
    <message>
        <source>The branch could not be saved: %1</source>
        <translation>网点未能保存：%1</translation>
    </message>
    <message>
        <source>Created the BranchDesk database %1 (schema version %2) for branch %3 %4.</source>
        <translation>已为网点 %3 %4 创建 BranchDesk 数据库 %1（数据库结构版本 %2）。</translation>
    </message>
    <message>
        <source>The administrator %1 can sign in now.</source>
        <translation>系统管理员 %1 现在可以登录了。</translation>
    </message>
    <message>
        <source>It has no users yet: add the first administrator with
  branchdesk-admin user add --db %1 --username NAME --name &quot;Display name&quot; --role admin</source>
        <translation>数据库中尚无用户，请用以下命令添加首位系统管理员：
  branchdesk-admin user add --db %1 --username NAME --name &quot;显示名称&quot; --role admin</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 %5, %6 per second)</source>
        <translation>%1：%2%（%3/%4 %5，每秒 %6）</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Customer events</source>
        <translation>客户事件</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>客户接触记录</translation>
    </message>
    <message>
        <source>Lobby visits today</source>
        <translation>今日厅堂到访</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>未完成推荐</translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation>未完成外呼任务</translation>
    </message>
    <message>
        <source>Care tasks due</source>
        <translation>到期关怀任务</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>在用员工账户</translation>
    </message>
    <message>
        <source>Changes waiting for sync</source>
        <translation>待同步变更</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>There is no BranchDesk database at %1. Create one with &apos;branchdesk-admin init --db %1&apos;.</source>
        <translation>%1 处没有 BranchDesk 数据库。请用“branchdesk-admin init --db %1”创建。</translation>
    </message>
    <message>
        <source>Set-up and operations of a BranchDesk workstation database.</source>
        <translation>BranchDesk 工作站数据库的初始化与运维。</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.

Environment:
  BRANCHDESK_PASSWORD      password of --user (and of init&apos;s --admin-user)
  BRANCHDESK_NEW_PASSWORD  new password for &apos;user add&apos; and &apos;user passwd&apos;
  Without them, passwords are asked for at a terminal.

Exit status: 0 done, 1 failed or refused, 2 wrong usage.</source>
        <translation>运行“%1 &lt;命令&gt; --help”查看各命令的选项。

环境变量：
  BRANCHDESK_PASSWORD      --user 的密码（也用于 init 的 --admin-user）
  BRANCHDESK_NEW_PASSWORD  “user add”和“user passwd”的新密码
  未设置时，在终端中按提示输入密码。

退出状态：0 成功，1 失败或被拒绝，2 用法错误。</translation>
    </message>
    <message>
        <source>Check that no audit entry was edited, deleted or reordered.</source>
        <translation>检查是否有审计记录被修改、删除或调换顺序。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>审计日志完整：共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2.</source>
        <translation>审计日志在第 %1 条记录处断开：%2。</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain.</source>
        <translation>校验审计日志的哈希链。</translation>
    </message>
    <message>
        <source>The audit log is append-only and hash-chained: each entry&apos;s hash covers the entry before it, so editing or deleting any entry is detected.</source>
        <translation>审计日志只允许追加并以哈希链相连：每条记录的哈希值涵盖其前一条记录，因此任何记录被修改或删除都会被发现。</translation>
    </message>
    <message>
        <source>Customer commands need --user to sign in.</source>
        <translation>客户命令需用 --user 登录。</translation>
    </message>
    <message>
        <source>Find customers.</source>
        <translation>查找客户。</translation>
    </message>
    <message>
        <source>Finds customers by name (or part of it), mobile number (all of it or its last 4 digits), ID number (all of it or its last 4 or 6 characters) or CIF number. ID numbers and phones are masked.</source>
        <translation>按姓名（或部分姓名）、手机号码（完整号码或后 4 位）、身份证号码（完整号码或后 4 位、后 6 位）或客户号查找客户。身份证号码和手机号码均已脱敏显示。</translation>
    </message>
    <message>
        <source>Show at most N customers (default: 20).</source>
        <translation>最多显示 N 个客户（默认：20）。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>要查找的内容。</translation>
    </message>
    <message>
        <source>Give one QUERY (quote it if it has spaces).</source>
        <translation>请给出一个 QUERY（含空格时请加引号）。</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000.</source>
        <translation>--limit 须为 1 至 10000 之间的整数。</translation>
    </message>
    <message>
        <source>No customer matches &apos;%1&apos;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>客户号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管户经理</translation>
    </message>
    <message>
        <source>Show one customer&apos;s profile.</source>
        <translation>显示一个客户的资料。</translation>
    </message>
    <message>
        <source>Shows the profile of one customer, named by id or CIF number. ID number, phone and address are masked.</source>
        <translation>显示一个客户（按客户 ID 或客户号指定）的资料。身份证号码、手机号码和地址均已脱敏显示。</translation>
    </message>
    <message>
        <source>Customer id or CIF number.</source>
        <translation>客户 ID 或客户号。</translation>
    </message>
    <message>
        <source>Give one customer ID.</source>
        <translation>请给出一个客户 ID。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Change fields of a customer.</source>
        <translation>修改客户资料字段。</translation>
    </message>
    <message>
        <source>Changes profile fields of one customer, named by id or CIF number, validated like the workstation does: if any value is refused, nothing changes. Each change is recorded for sync and in the audit log. Editable fields: %1.</source>
        <translation>修改一个客户（按客户 ID 或客户号指定）的资料字段，校验规则与工作站相同：任一值被拒绝则不作任何修改。每项修改都会记录以待同步，并写入审计日志。可编辑字段：%1。</translation>
    </message>
    <message>
        <source>One or more FIELD=VALUE, e.g. phone=13812345678.</source>
        <translation>一个或多个 FIELD=VALUE，例如 phone=13812345678。</translation>
    </message>
    <message>
        <source>Give the customer ID and at least one FIELD=VALUE.</source>
        <translation>请给出客户 ID 以及至少一个 FIELD=VALUE。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE.</source>
        <translation>“%1”不符合 FIELD=VALUE 格式。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何修改。</translation>
    </message>
    <message>
        <source>Customer %1 updated: %2.</source>
        <translation>客户 %1 已更新：%2。</translation>
    </message>
    <message>
        <source>Find, show and edit customers (masked, audited).</source>
        <translation>查找、查看和编辑客户（已脱敏，留痕审计）。</translation>
    </message>
    <message>
        <source>Customers of the database, seen and changed as the signed-in user (--user, password from BRANCHDESK_PASSWORD or a prompt) may: personal data is masked, edits are validated, synced and audited.</source>
        <translation>按已登录用户（--user，密码取自 BRANCHDESK_PASSWORD 或按提示输入）的权限查看和修改数据库中的客户：个人信息已脱敏，修改经过校验、同步并记入审计日志。</translation>
    </message>
    <message>
        <source>Count what the database holds (no sign-in, no personal data).</source>
        <translation>统计数据库内容（无需登录，不含个人信息）。</translation>
    </message>
    <message>
        <source>Counts what the database holds: customers by tier, holdings, transactions, events, interactions, today&apos;s lobby visits, open referrals and call tasks, care tasks due, staff by role, changes waiting for sync, audit entries, schema version and file size. Only counts are shown, so no sign-in is needed.</source>
        <translation>统计数据库内容：按等级统计的客户、持仓、交易、客户事件、客户接触记录、今日厅堂到访、未完成的推荐和外呼任务、到期关怀任务、按角色统计的员工、待同步变更、审计记录、数据库结构版本和文件大小。只显示数量，因此无需登录。</translation>
    </message>
    <message>
        <source>The database could not be counted: %1</source>
        <translation>数据库未能统计：%1</translation>
    </message>
    <message>
        <source>Add a staff user.</source>
        <translation>添加员工用户。</translation>
    </message>
    <message>
        <source>User name of the new user.</source>
        <translation>新用户的用户名。</translation>
    </message>
    <message>
        <source>Display name of the new user.</source>
        <translation>新用户的显示名称。</translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation>DISPLAY</translation>
    </message>
    <message>
        <source>Role: one of %1.</source>
        <translation>角色，取值为以下之一：%1。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Code of the user&apos;s branch (default: the signed-in user&apos;s, or the only branch).</source>
        <translation>用户所属网点的代码（默认：已登录用户所属网点，或唯一的网点）。</translation>
    </message>
    <message>
        <source>--username, --name and --role are needed.</source>
        <translation>须提供 --username、--name 和 --role。</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Use one of: %2.</source>
        <translation>未知角色“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The first user of a database must be an administrator (--role admin), or nobody could add more users.</source>
        <translation>数据库的首个用户必须是系统管理员（--role admin），否则无人能再添加用户。</translation>
    </message>
    <message>
        <source>Sign in with --user to add users.</source>
        <translation>请用 --user 登录后再添加用户。</translation>
    </message>
    <message>
        <source>There is no branch %1.</source>
        <translation>不存在网点 %1。</translation>
    </message>
    <message>
        <source>The database has no branch yet: run init first.</source>
        <translation>数据库中尚无网点，请先运行 init。</translation>
    </message>
    <message>
        <source>Say which branch with --branch CODE.</source>
        <translation>请用 --branch CODE 指定网点。</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>已添加 %1（%2），角色为%3。</translation>
    </message>
    <message>
        <source>List the staff users.</source>
        <translation>列出员工用户。</translation>
    </message>
    <message>
        <source>Lists the staff users of the database (never their passwords). Needs --user with the permission to manage users.</source>
        <translation>列出数据库中的员工用户（不显示密码）。需用具有用户管理权限的 --user 登录。</translation>
    </message>
    <message>
        <source>Sign in with --user to list users.</source>
        <translation>请用 --user 登录后再列出用户。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
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
        <source>Set a staff user&apos;s password.</source>
        <translation>设置员工用户的密码。</translation>
    </message>
    <message>
        <source>Whose password to set.</source>
        <translation>要设置密码的用户。</translation>
    </message>
    <message>
        <source>--username is needed.</source>
        <translation>须提供 --username。</translation>
    </message>
    <message>
        <source>Sign in with --user to set passwords.</source>
        <translation>请用 --user 登录后再设置密码。</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>%1 的密码已设置。</translation>
    </message>
    <message>
        <source>Staff accounts of the database. These commands sign in with --user (an administrator), except adding the first user of a new database.</source>
        <translation>数据库的员工账户。这些命令需用 --user（系统管理员）登录，为新数据库添加首个用户时除外。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.</source>
        <translation>未知语言“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Check a KYC question bank file and list every problem.</source>
        <translation>检查 KYC 题库文件并列出全部错误。</translation>
    </message>
    <message>
        <source>Checks a KYC question bank (JSON): the nine cells, question ids, answer types, options, the KYC fields and the tag rules. Prints every problem with its JSON path and location; exits with 0 if the bank is usable, 1 if not.</source>
        <translation>检查 KYC 题库（JSON）：九宫格各格、问题 ID、答案类型、选项、KYC 字段和标签规则。逐条输出每处错误及其 JSON 路径和位置；题库可用时退出状态为 0，否则为 1。</translation>
    </message>
    <message>
        <source>The question bank file.</source>
        <translation>题库文件。</translation>
    </message>
    <message>
        <source>Name one question bank file.</source>
        <translation>请指定一个题库文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid question bank: %n question(s) in nine cells.</source>
        <translation>
            <numerusform>%1 是有效的题库：九宫格中共 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 有 %n 处错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check KYC question bank files.</source>
        <translation>检查 KYC 题库文件。</translation>
    </message>
    <message>
        <source>A bank may ship its own KYC question bank (set BRANCHDESK_KYC_BANK or the kyc/bankFile setting). The workstation refuses a broken file and uses the built-in bank; check a file here before shipping it.</source>
        <translation>银行可以部署自己的 KYC 题库（设置 BRANCHDESK_KYC_BANK 或 kyc/bankFile 配置项）。工作站会拒绝有错误的文件并改用内置题库；请在部署前先用此命令检查文件。</translation>
    </message>
    <message>
        <source>Send this workstation&apos;s changes to the sync server and fetch the branch&apos;s.</source>
        <translation>将本工作站的变更发送到同步服务器，并获取本网点的变更。</translation>
    </message>
    <message>
        <source>Runs one sync round with branchdesk-server: sends the changes waiting in this database, then fetches and applies the branch&apos;s changes. Prints what was sent, fetched and left in conflict. Nothing waiting is lost if the server cannot be reached.</source>
        <translation>与 branchdesk-server 执行一轮同步：先发送本数据库中待发送的变更，再获取并应用本网点的变更。输出已发送、已获取及存在冲突的变更。即使无法连接服务器，待发送的变更也不会丢失。</translation>
    </message>
    <message>
        <source>Address of the sync server, e.g. http://127.0.0.1:8470.</source>
        <translation>同步服务器地址，例如 http://127.0.0.1:8470。</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address.</source>
        <translation>--server 须为 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>须提供 --user。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Sent: %1 (already on the server: %2, refused: %3)</source>
        <translation>已发送：%1（服务器上已有：%2，被拒绝：%3）</translation>
    </message>
    <message>
        <source>Fetched: %1</source>
        <translation>已获取：%1</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 waiting for review</source>
        <translation>冲突：新增 %1 个，待处理 %2 个</translation>
    </message>
    <message>
        <source>The server was restored or replaced: the branch was downloaded again.</source>
        <translation>服务器已恢复或更换：已重新下载本网点数据。</translation>
    </message>
    <message>
        <source>Export all data of one customer, for that customer.</source>
        <translation>导出一个客户的全部数据，供该客户本人查阅。</translation>
    </message>
    <message>
        <source>Writes everything stored about one customer (every row of theirs in every table, unmasked) as readable JSON, for the customer&apos;s request to see their data. Needs the export_personal_data permission; audited.</source>
        <translation>将一个客户的全部存储数据（各表中与其相关的每一行，未脱敏）导出为易读的 JSON，用于响应客户查阅本人数据的请求。需具有 export_personal_data 权限；操作记入审计日志。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Personal data of customer %1 written to %2.</source>
        <translation>客户 %1 的个人信息已写入 %2。</translation>
    </message>
    <message>
        <source>Erase (anonymise) one customer&apos;s personal data on their request.</source>
        <translation>应客户本人要求，删除（匿名化）其个人信息。</translation>
    </message>
    <message>
        <source>Anonymises the customer and blanks their personal data in every table (notes, KYC answers, lobby visits, referrals, tags, consent, search keys, pending sync payloads and sync conflicts), recorded as synced changes so every workstation does the same. Amounts and product holdings stay, without a person. Cannot be undone. The audit log is kept. Needs the erase_personal_data permission.</source>
        <translation>将客户匿名化，并清空其在各表中的个人信息（备注、KYC 答案、厅堂到访、推荐、标签、授权记录、搜索键、待同步数据和同步冲突）；这些修改作为同步变更记录，使每个工作站执行相同操作。金额和产品持仓予以保留，但不再关联到个人。此操作不可撤销。审计日志予以保留。需具有 erase_personal_data 权限。</translation>
    </message>
    <message>
        <source>Reference of the customer&apos;s erasure request (required; no personal data).</source>
        <translation>客户删除申请的编号（必填；不得含个人信息）。</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Confirm: erase now, for good.</source>
        <translation>确认：立即永久删除。</translation>
    </message>
    <message>
        <source>Give the request reference with --request.</source>
        <translation>请用 --request 提供申请编号。</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>删除后无法撤销：请加上 --yes 以确认。</translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 erased: %n row(s) anonymised.</source>
        <translation>
            <numerusform>客户 %1 已删除：%n 行数据已匿名化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one masked field of a customer in full, with a reason.</source>
        <translation>说明原因后，完整显示客户的一个脱敏字段。</translation>
    </message>
    <message>
        <source>Shows the full ID number, mobile number or address of one customer. Needs the reveal_personal_data permission and a reason; audited with the reason.</source>
        <translation>显示一个客户完整的身份证号码、手机号码或地址。需具有 reveal_personal_data 权限并说明原因；操作连同原因记入审计日志。</translation>
    </message>
    <message>
        <source>Why you need to see it.</source>
        <translation>需要查看的原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>id_number, phone or address.</source>
        <translation>id_number、phone 或 address。</translation>
    </message>
    <message>
        <source>Give the customer ID and the FIELD.</source>
        <translation>请给出客户 ID 和 FIELD。</translation>
    </message>
    <message>
        <source>FIELD is id_number, phone or address.</source>
        <translation>FIELD 须为 id_number、phone 或 address。</translation>
    </message>
    <message>
        <source>Show or record a customer&apos;s consent per purpose.</source>
        <translation>按用途显示或登记客户的授权情况。</translation>
    </message>
    <message>
        <source>Without PURPOSE: shows the current consent per purpose and its history. With PURPOSE grant|withdraw: records it (needs manage_consent; a grant needs --evidence). Purposes: %1. Channels: %2.</source>
        <translation>不带 PURPOSE：显示各用途当前的授权状态及历史记录。带 PURPOSE grant|withdraw：登记授权或撤回（需具有 manage_consent 权限；登记授权须提供 --evidence）。用途：%1。渠道：%2。</translation>
    </message>
    <message>
        <source>Where the customer said so (default counter).</source>
        <translation>客户表示授权或撤回的渠道（默认 counter）。</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>Form number or call reference.</source>
        <translation>表单编号或通话录音编号。</translation>
    </message>
    <message>
        <source>The purpose.</source>
        <translation>授权用途。</translation>
    </message>
    <message>
        <source>Give the customer ID, optionally followed by PURPOSE and grant or withdraw.</source>
        <translation>请给出客户 ID，其后可选加上 PURPOSE 以及 grant 或 withdraw。</translation>
    </message>
    <message>
        <source>Unknown purpose &apos;%1&apos;.</source>
        <translation>未知用途“%1”。</translation>
    </message>
    <message>
        <source>Say grant or withdraw.</source>
        <translation>请指定 grant 或 withdraw。</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>授权已登记。</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权状态</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>从未授权</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Every row is checked; by default one rejected row means nothing is imported. Needs the import_data permission. Exit status 0 if the import was applied, 1 if rows were rejected (without --accept-valid) or the file was refused. Details: docs/PRIVACY.md.</source>
        <translation>每一行都会校验；默认情况下，只要有一行被拒绝，就不导入任何数据。需具有 import_data 权限。退出状态：导入成功为 0；有行被拒绝（未指定 --accept-valid）或文件被拒绝为 1。详见 docs/PRIVACY.md。</translation>
    </message>
    <message>
        <source>Import the valid rows even if others are rejected.</source>
        <translation>即使有行被拒绝，也导入有效行。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Give one FILE.</source>
        <translation>请给出一个 FILE。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Fix them, or run again with --accept-valid to import the %1 valid row(s).</source>
        <translation>
            <numerusform>%n 行被拒绝，未导入任何数据。请修正后重试，或加上 --accept-valid 重新运行，以导入 %1 行有效数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers from a core-banking CSV.</source>
        <translation>从核心系统导出的 CSV 导入客户。</translation>
    </message>
    <message>
        <source>Adds the customers of a core-banking export (CIF and ID numbers that are already in the database are rejected). Imported customers can be searched at once and are recorded for sync.</source>
        <translation>添加核心系统导出文件中的客户（数据库中已有的客户号和身份证号码将被拒绝）。导入的客户可立即搜索，并记录以待同步。</translation>
    </message>
    <message>
        <source>Import holdings from a core-banking CSV.</source>
        <translation>从核心系统导出的 CSV 导入持仓。</translation>
    </message>
    <message>
        <source>Adds the products customers hold, from a core-banking export; each customer (by cif_no) must already be in the database.</source>
        <translation>从核心系统导出文件添加客户持有的产品；每个客户（按 cif_no）都必须已在数据库中。</translation>
    </message>
    <message>
        <source>Import customers and holdings from core-banking CSV exports.</source>
        <translation>从核心系统导出的 CSV 文件导入客户和持仓。</translation>
    </message>
    <message>
        <source>Core-banking exports into the database, validated row by row and applied in one transaction, signed in as --user (import_data permission).</source>
        <translation>将核心系统导出的数据导入数据库：逐行校验，在一个事务中统一写入，以 --user 身份登录（需 import_data 权限）。</translation>
    </message>
    <message>
        <source>This command needs --user to sign in.</source>
        <translation>此命令需用 --user 登录。</translation>
    </message>
    <message>
        <source>PEM file of the certificate authority that signed the server&apos;s TLS certificate (https only).</source>
        <translation>签发服务器 TLS 证书的证书颁发机构（CA）的 PEM 文件（仅用于 https）。</translation>
    </message>
    <message>
        <source>--new makes a new database, but %1 exists.</source>
        <translation>--new 会新建数据库，但 %1 已存在。</translation>
    </message>
    <message>
        <source>Branch downloaded: %1 rows</source>
        <translation>网点数据已下载：%1 行</translation>
    </message>
    <message>
        <source>Make --db as a new workstation database of the branch: from the branch&apos;s snapshot on the server if it has one, else page by page.</source>
        <translation>将 --db 创建为该网点的新工作站数据库：服务器上有网点快照时从快照下载，否则分页下载。</translation>
    </message>
    <message>
        <source>Branch downloaded from its snapshot: %1 MB, as of change %2</source>
        <translation>已从快照下载网点数据：%1 MB，截至变更 %2</translation>
    </message>
    <message>
        <source>Move a customer, with their history, to another branch.</source>
        <translation>将客户及其历史记录迁移到其他网点。</translation>
    </message>
    <message>
        <source>Moves the customer to another branch: their manager assignment is cleared, and at the next sync they leave this branch&apos;s workstations and arrive, with their holdings, transactions, interactions, KYC, tags and tasks, on the new branch&apos;s. Needs the transfer_customer permission; audited with the reason.</source>
        <translation>将客户迁移到其他网点：清除其客户经理分配；下次同步时，客户将从本网点的工作站移除，并连同持仓、交易、联系记录、KYC、标签和任务一起出现在新网点的工作站上。需要 transfer_customer 权限；连同原因记入审计日志。</translation>
    </message>
    <message>
        <source>The new branch: its id or code.</source>
        <translation>新网点：编号或代码。</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Why the customer moves (required).</source>
        <translation>客户迁移的原因（必填）。</translation>
    </message>
    <message>
        <source>Give the new branch with --to.</source>
        <translation>请用 --to 指定新网点。</translation>
    </message>
    <message>
        <source>Give the reason with --reason.</source>
        <translation>请用 --reason 填写原因。</translation>
    </message>
    <message>
        <source>Customer %1 moved to branch %2 (%3 rows go with them at the next sync).</source>
        <translation>客户 %1 已迁移到网点 %2（下次同步时随之迁移 %3 行数据）。</translation>
    </message>
    <message>
        <source>Print what customer notes say, one JSON line per note.</source>
        <translation>分析客户备注内容，每条备注输出一行 JSON。</translation>
    </message>
    <message>
        <source>Reads notes, one per line, from FILE or standard input, and prints for each a JSON line: the note, its findings (kind, label, phrase, start and end in code points and in UTF-16 units, product family, amount in fen, date) and the amounts and dates it names. Needs no database and no sign-in: it sees only the text it is given.</source>
        <translation>从 FILE 或标准输入逐行读取备注，每条输出一行 JSON：备注原文、识别结果（类别、标签、原话、按码位和 UTF-16 单位计的起止位置、产品大类、以分计的金额、日期）以及其中提到的金额和日期。无需数据库，也无需登录：只分析给它的文字。</translation>
    </message>
    <message>
        <source>The day the notes were written, for relative dates such as 下周三 (default: today).</source>
        <translation>备注的书写日期，用于换算“下周三”这类相对日期（默认：今天）。</translation>
    </message>
    <message>
        <source>A lexicon file to use instead of the workstation&apos;s.</source>
        <translation>使用指定的词库文件，而不是工作站的词库。</translation>
    </message>
    <message>
        <source>Notes, one per line (default: standard input).</source>
        <translation>备注文件，每行一条（默认：标准输入）。</translation>
    </message>
    <message>
        <source>Name at most one file of notes.</source>
        <translation>最多只能指定一个备注文件。</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Check a customer-voice lexicon file and list every problem.</source>
        <translation>检查客户之声词库文件并列出所有问题。</translation>
    </message>
    <message>
        <source>Checks a customer-voice lexicon (JSON): format, cue lists, product families, labels, phrases, pairs and the lists they name, misspellings. Prints every problem with its JSON path; exits with 0 if the lexicon is usable, 1 if not.</source>
        <translation>检查客户之声词库（JSON）：格式、提示词列表、产品大类、标签、词语、词对及其引用的列表、错别字。逐条输出问题及其 JSON 路径；词库可用时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>The lexicon file.</source>
        <translation>词库文件。</translation>
    </message>
    <message>
        <source>Name one lexicon file.</source>
        <translation>请指定一个词库文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid customer-voice lexicon: %n label(s).</source>
        <translation>
            <numerusform>%1 是可用的客户之声词库：共 %n 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse customer notes; check customer-voice lexicon files.</source>
        <translation>分析客户备注；检查客户之声词库文件。</translation>
    </message>
    <message>
        <source>The customer-voice analyser reads what customers said in staff notes (interests, objections, competitors, praise, complaints, life events, follow-ups, amounts and dates). A bank may ship its own lexicon (set BRANCHDESK_VOICE_LEXICON or the voice/lexiconFile setting); the workstation refuses a broken file and uses the built-in one.</source>
        <translation>客户之声分析会读取员工备注中客户说过的话（兴趣、顾虑、同业、表扬、投诉、人生大事、回访约定、金额和日期）。银行可以使用自己的词库（设置 BRANCHDESK_VOICE_LEXICON 或 voice/lexiconFile 配置项）；词库有误时工作站会拒绝使用，改用内置词库。</translation>
    </message>
    <message>
        <source>Recomputes the hash chain of the audit log and holds it to the last checkpoint the sync server signed for it (kept at each sync). Exits with 0 if it is intact, with 1 and the first bad entry if any entry was edited, deleted or reordered, or if the chain was cut short or rewritten since the server vouched for it.</source>
        <translation>重新计算审计日志的哈希链，并与同步服务器为其签名的最近一个检查点（每次同步时保存）进行核对。日志完整时退出状态为 0；如有任何记录被修改、删除或调换顺序，或哈希链在服务器确认后被截断或改写，则退出状态为 1，并输出第一条有问题的记录。</translation>
    </message>
    <message>
        <source>Show a customer&apos;s next best offers and why.</source>
        <translation>查看客户的推荐产品及推荐理由。</translation>
    </message>
    <message>
        <source>Shows up to three products of the branch&apos;s shelf for the customer, each with its reasons, that pass the suitability gate as the customer stands (risk level, a current assessment, no product above R3 for customers of 65 or more) and the contact rules for a marketing contact; with --counter, as for a customer at the counter (only do-not-contact holds). Nothing is recorded.</source>
        <translation>从本网点产品货架中为客户列出最多三款产品，并附推荐理由；这些产品须按客户当前情况通过适当性校验（风险等级、有效的风险评估、65岁及以上客户不推荐高于R3的产品），并符合营销联系的接触规则；指定 --counter 时，按客户在柜面办理业务处理（仅“拒绝营销联系”标记有效）。不作任何记录。</translation>
    </message>
    <message>
        <source>The customer is at the counter, not called.</source>
        <translation>客户在柜面办理，非电话联系。</translation>
    </message>
    <message>
        <source>Nothing on the shelf fits this customer now.</source>
        <translation>产品货架上目前没有适合该客户的产品。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>双录</source>
        <translation>双录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Record a sale through the suitability gate.</source>
        <translation>经适当性校验登记一笔销售。</translation>
    </message>
    <message>
        <source>Records the sale of a product of the branch&apos;s shelf to the customer, as the workstation does: the suitability gate refuses it, with the reasons, when the customer&apos;s risk level is below the product&apos;s, the risk assessment is missing or older than 12 months, the customer is 65 or older and the product above R3 without --elderly-confirmation, the product needs 双录 and no --recording is given, or the amount, channel or sales window do not fit. A refusal is audited and exits with 1. Needs sell_products.</source>
        <translation>与工作站一样，登记向客户销售本网点产品货架上的一款产品：以下情况下适当性校验将拒绝该笔销售并说明原因：客户风险等级低于产品风险等级；风险评估缺失或已超过12个月；客户65岁及以上、产品高于R3且未提供 --elderly-confirmation；产品须双录但未提供 --recording；或金额、渠道、销售期不符合要求。拒绝的操作记入审计日志，退出状态为 1。需具有 sell_products 权限。</translation>
    </message>
    <message>
        <source>The amount, e.g. 50000 or 5万.</source>
        <translation>金额，如 50000 或 5万。</translation>
    </message>
    <message>
        <source>counter, ebanking, mobile or phone (default: counter).</source>
        <translation>counter（柜面）、ebanking（网上银行）、mobile（手机银行）或 phone（电话），默认为 counter。</translation>
    </message>
    <message>
        <source>The reference of the audio-video recording (双录).</source>
        <translation>录音录像（双录）编号。</translation>
    </message>
    <message>
        <source>The reference of the extra confirmation of a customer of 65 or more for a product above R3.</source>
        <translation>65岁及以上客户购买高于R3产品时的额外确认编号。</translation>
    </message>
    <message>
        <source>Product code of the shelf.</source>
        <translation>产品货架中的产品代码。</translation>
    </message>
    <message>
        <source>Give the customer ID and the PRODUCT code.</source>
        <translation>请给出客户 ID 和产品代码（PRODUCT）。</translation>
    </message>
    <message>
        <source>Give the amount with --amount, e.g. 50000.</source>
        <translation>请用 --amount 给出金额，如 50000。</translation>
    </message>
    <message>
        <source>The sale was refused:</source>
        <translation>该笔销售被拒绝：</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2 of %3 to customer %4.</source>
        <translation>销售 %1 已登记：向客户 %4 销售 %3，金额 %2。</translation>
    </message>
    <message>
        <source>Show a customer&apos;s household and suggested links.</source>
        <translation>查看客户的家庭及建议关联的客户。</translation>
    </message>
    <message>
        <source>Shows the customer&apos;s household: its members with their relation, tier and AUM, the household&apos;s AUM and how far the next tier is, and customers who may be of the same family (a shared address or mobile, compared through blind keys). Links are made on the workstation.</source>
        <translation>显示客户所在家庭：家庭成员及其关系、客户等级和 AUM，家庭资产及距下一等级的差额，以及可能属于同一家庭的客户（地址或手机号相同，通过盲索引比对）。关联操作须在工作站上进行。</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Possibly the same family: %1 (%2)</source>
        <translation>可能属于同一家庭：%1（%2）</translation>
    </message>
    <message>
        <source>same address and mobile</source>
        <translation>地址和手机号相同</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>地址相同</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>customers indexed</source>
        <translation>位客户已建立索引</translation>
    </message>
    <message>
        <source>The file is CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes), in the encoding --encoding declares: UTF-8 (the default, with or without a byte-order mark), GBK or GB18030. It is never guessed; bytes that do not decode are refused. The first line names the columns, in any order (* = required):</source>
        <translation>文件为 CSV 格式（RFC 4180：以逗号分隔，含逗号、引号或换行的字段须用双引号括起），编码由 --encoding 指定：UTF-8（默认，可带或不带字节顺序标记 BOM）、GBK 或 GB18030。程序不会自行猜测编码；无法解码的字节将被拒绝。第一行为列名，顺序不限（* 为必填）：</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8 (default), gbk or gb18030.</source>
        <translation>文件编码：utf-8（默认）、gbk 或 gb18030。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>--encoding is utf-8, gbk or gb18030.</source>
        <translation>--encoding 须为 utf-8、gbk 或 gb18030。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the file cannot be used.</source>
        <translation>
            <numerusform>共 %n 处错误：该文件无法使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a product shelf file and list every problem.</source>
        <translation>检查产品货架文件并列出全部错误。</translation>
    </message>
    <message>
        <source>Checks the bank&apos;s product shelf file (JSON or CSV) and prints every problem with its place; exits with 0 if the shelf is usable, 1 if not. Changes nothing.</source>
        <translation>检查总行的产品货架文件（JSON 或 CSV），逐条输出每处错误及其位置；货架可用时退出状态为 0，否则为 1。不作任何修改。</translation>
    </message>
    <message>
        <source>The shelf file.</source>
        <translation>产品货架文件。</translation>
    </message>
    <message>
        <source>Name one shelf file.</source>
        <translation>请指定一个产品货架文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid product shelf: %n product(s).</source>
        <translation>
            <numerusform>%1 是有效的产品货架：共 %n 款产品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a checked file the branch&apos;s product shelf.</source>
        <translation>将检查通过的文件设为本网点的产品货架。</translation>
    </message>
    <message>
        <source>Checks the file and, only if it has no problem at all, makes it the branch&apos;s product shelf (synced to the branch&apos;s workstations, audited). A file with problems changes nothing. Needs manage_product_shelf.</source>
        <translation>检查该文件，仅在没有任何错误时将其设为本网点的产品货架（同步到本网点各工作站，并记入审计日志）。有错误的文件不会改动任何内容。需具有 manage_product_shelf 权限。</translation>
    </message>
    <message numerus="yes">
        <source>The branch&apos;s product shelf now has %n product(s) from %1.</source>
        <translation>
            <numerusform>本网点产品货架现有 %n 款产品，来自 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the product shelf in force.</source>
        <translation>列出当前生效的产品货架。</translation>
    </message>
    <message>
        <source>Lists the branch&apos;s product shelf: the last file loaded, else the shelf built into BranchDesk.</source>
        <translation>列出本网点的产品货架：最近一次导入的文件；如未导入，则为 BranchDesk 内置的货架。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>起购金额</translation>
    </message>
    <message>
        <source>The branch&apos;s product shelf: check, load and list the bank&apos;s file.</source>
        <translation>本网点产品货架：检查、导入和列出总行的货架文件。</translation>
    </message>
    <message>
        <source>The products the branch offers and sells, with their risk rating, minimum, term, channels, 双录 and sales window, from the bank&apos;s file (JSON or CSV). Recommendations and sales are checked against it.</source>
        <translation>本网点推荐和销售的产品，包括风险等级、起购金额、期限、销售渠道、是否须双录及销售期，取自总行的文件（JSON 或 CSV）。推荐和销售均据此校验。</translation>
    </message>
    <message>
        <source>Check an event rule file and list every problem.</source>
        <translation>检查事件规则文件并列出全部错误。</translation>
    </message>
    <message>
        <source>Checks an event rule file (JSON, docs/EVENTS.md): format, contact rules, and for every rule its event, conditions, customers, opportunity, recipient and windows. Prints every problem with its JSON path; exits with 0 if the file can be installed, 1 if not.</source>
        <translation>检查事件规则文件（JSON，见 docs/EVENTS.md）：格式、接触规则，以及每条规则的事件、条件、客户、商机、接收人和时间窗口。逐条输出每处错误及其 JSON 路径；文件可以安装时退出状态为 0，否则为 1。</translation>
    </message>
    <message>
        <source>The rule file.</source>
        <translation>规则文件。</translation>
    </message>
    <message>
        <source>Name one rule file.</source>
        <translation>请指定一个规则文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid rule file (version %2): %n rule(s).</source>
        <translation>
            <numerusform>%1 是有效的规则文件（版本 %2）：共 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check event rule files.</source>
        <translation>检查事件规则文件。</translation>
    </message>
    <message>
        <source>Event rules turn a customer&apos;s events (a large transfer out, a maturing product, repeated browsing) into opportunities for the right manager. A rule file is checked whole: a file with any problem is never installed, and the rules in use stay as they were.</source>
        <translation>事件规则将客户事件（大额转出、产品到期、反复浏览等）转化为商机，推送给相应的经理。规则文件整体校验：只要有任何错误，文件就不会安装，当前使用的规则保持不变。</translation>
    </message>
    <message>
        <source>add %1 as %2</source>
        <translation>将 %1 添加为%2</translation>
    </message>
    <message>
        <source>set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>List requests that wait for a second person.</source>
        <translation>列出等待第二人审批的申请。</translation>
    </message>
    <message>
        <source>Lists the requests (privileged roles, other people&apos;s passwords) that wait for a second person&apos;s approval. Needs an administrator or the branch head.</source>
        <translation>列出等待第二人审批的申请（特权角色、为他人设置密码）。需由系统管理员或网点负责人操作。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Approve a request as the second person, setting the password.</source>
        <translation>以第二人身份审批申请并设置密码。</translation>
    </message>
    <message>
        <source>Carries out a request another administrator made: adds the user with a privileged role, or sets another person&apos;s password. The approver (--user) is another administrator or the branch head, not the one who asked nor the account concerned, and sets the password: it comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Both steps are in the audit log.</source>
        <translation>执行另一位系统管理员提出的申请：添加具有特权角色的用户，或为他人设置密码。审批人（--user）须为另一位系统管理员或网点负责人，不能是申请人或所涉账户本人，并由审批人设置密码：密码取自 BRANCHDESK_NEW_PASSWORD（在终端中也可按提示输入）。两个步骤均记入审计日志。</translation>
    </message>
    <message>
        <source>The request&apos;s id.</source>
        <translation>申请编号。</translation>
    </message>
    <message>
        <source>Give one REQUEST.</source>
        <translation>请给出一个申请编号（REQUEST）。</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>已审批：%1。</translation>
    </message>
    <message>
        <source>This needs a second person (%1). Request %2 is waiting: another administrator or the branch head approves it with `branchdesk-admin user approve %2` and sets the password.</source>
        <translation>此操作须经第二人审批（%1）。申请 %2 正在等待：须由另一位系统管理员或网点负责人执行 `branchdesk-admin user approve %2` 审批并设置密码。</translation>
    </message>
    <message>
        <source>Changes that could not be applied here, set aside with their reason: %1 (see the conflict review)</source>
        <translation>无法在本机应用的变更已连同原因暂存：%1（请查看冲突处理）</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minute(s) off the server&apos;s; changes are stamped with the server&apos;s time.</source>
        <translation>本机时钟与服务器相差 %1 分钟；变更以服务器时间为准。</translation>
    </message>
    <message>
        <source>Adds a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users, except for the first user of a new database, which must be an administrator. A role that may reveal, export or erase personal data (or the branch head&apos;s) is not granted at once: a request is filed, and a second person approves it with user approve, setting the password.</source>
        <translation>添加员工用户。新密码取自 BRANCHDESK_NEW_PASSWORD（在终端中也可按提示输入）。须用 --user 指定具有用户管理权限的用户；新数据库的第一个用户除外，该用户必须是系统管理员。可查看明文、导出或删除个人信息的角色（或网点负责人角色）不会立即授予：系统将提交申请，由第二人通过 user approve 审批并设置密码。</translation>
    </message>
    <message>
        <source>Sets the password of a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users. Another person&apos;s password is not set at once: a request is filed, and a second person sets it with user approve.</source>
        <translation>设置员工用户的密码。新密码取自 BRANCHDESK_NEW_PASSWORD（在终端中也可按提示输入）。须用 --user 指定具有用户管理权限的用户。为他人设置密码不会立即生效：系统将提交申请，由第二人通过 user approve 设置。</translation>
    </message>
    <message>
        <source>Add and list staff users, set passwords, approve requests.</source>
        <translation>添加和列出员工用户、设置密码、审批申请。</translation>
    </message>
    <message>
        <source>The customer data of this database stays locked: %1</source>
        <translation>此数据库的客户数据仍处于锁定状态：%1</translation>
    </message>
    <message>
        <source>The sync server refused the sign-in (%1): %2</source>
        <translation>同步服务器拒绝登录（%1）：%2</translation>
    </message>
    <message>
        <source>The sync server gave no token.</source>
        <translation>同步服务器未返回令牌。</translation>
    </message>
    <message>
        <source>Also compare the audit log with the latest checkpoint the sync server holds for this workstation (needs --user; the password from BRANCHDESK_PASSWORD or the prompt).</source>
        <translation>同时将审计日志与同步服务器为本工作站保存的最新检查点比对（需 --user；密码取自 BRANCHDESK_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>--server needs --user.</source>
        <translation>--server 需要同时指定 --user。</translation>
    </message>
    <message>
        <source>Changes waiting for a record that has not arrived: %1</source>
        <translation>正在等待尚未同步到本机的记录的变更：%1 条</translation>
    </message>
    <message>
        <source>Of these, waiting for more than %1 days: %2 (the record may never come to this workstation)</source>
        <translation>其中等待超过 %1 天的：%2 条（相关记录可能不会同步到本机）</translation>
    </message>
    <message>
        <source>Give the customers&apos; identifiers a new key (branch head).</source>
        <translation>为客户身份信息更换新密钥（网点负责人）。</translation>
    </message>
    <message>
        <source>Makes a new key to the ID numbers, birth dates, phones and addresses of this workstation&apos;s file, seals every one of them to it in one go and gives it to every account that may reveal them; the old key is gone from the file. Use it after someone who could reveal left or lost the right: a copy of the file they took still opens what it held then, nothing written after. Recorded in the audit log.</source>
        <translation>为本工作站数据文件中的身份证号、出生日期、手机号和地址生成新密钥，一次性全部改用新密钥加密，并交给所有有权查看这些信息的账户；旧密钥从文件中删除。适用于有查看权限的人员离职或失去该权限之后：其事先复制的文件仍能打开当时已有的内容，但打不开此后写入的任何内容。此操作记入审计日志。</translation>
    </message>
    <message>
        <source>New key made: %1 values sealed again, %2 accounts hold it.</source>
        <translation>已生成新密钥：%1 项信息已重新加密，%2 个账户持有新密钥。</translation>
    </message>
    <message>
        <source>Manage the keys to the customer data.</source>
        <translation>管理客户数据的密钥。</translation>
    </message>
    <message>
        <source>The customers&apos; identifiers are sealed to a key that only accounts which may reveal personal data hold (docs/SECURITY.md).</source>
        <translation>客户身份信息使用只有“可查看个人信息”的账户才持有的密钥加密（见 docs/SECURITY.md）。</translation>
    </message>
    <message>
        <source>List your open opportunities as of the last sync.</source>
        <translation>列出截至上次同步您名下待跟进的商机。</translation>
    </message>
    <message>
        <source>Lists the open opportunities the event rules found for the person signed in (a branch head also sees those for the branch head and the branch pool), as the last sync brought them to this file: customer, rule, reason and deadline, earliest deadline first.</source>
        <translation>列出事件规则为当前登录人员发现的待跟进商机（网点负责人还可看到交由网点负责人处理和网点公共池中的商机），以上次同步带到本文件的数据为准：客户、规则、原因和期限，期限最早的在前。</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>没有待跟进的商机。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>最晚联系时间</translation>
    </message>
    <message>
        <source>You can sign in on this workstation only while it reaches the server: %1</source>
        <translation>这台工作站只有连上服务器时才能登录：%1</translation>
    </message>
    <message>
        <source>Updating the branch&apos;s data for the new version: step %1 of %2</source>
        <translation>正在为新版本更新网点数据：第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>%1: done (%2 s)</source>
        <translation>%1：完成（%2 秒）</translation>
    </message>
    <message>
        <source>%1: %2 % (%3 s)</source>
        <translation>%1：%2%（%3 秒）</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1（%2 秒）</translation>
    </message>
</context>
<context>
    <name>bd::AdminWorkspace</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Latest audit entries</source>
        <translation>最新审计记录</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>磁盘占用：</translation>
    </message>
    <message>
        <source>Changes waiting to sync:</source>
        <translation>待同步变更：</translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation>审计链：</translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation>%1（本程序最高支持 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked</source>
        <translation>
            <numerusform>完整：已校验 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at entry %1: %2</source>
        <translation>在第 %1 条记录处断开：%2</translation>
    </message>
    <message>
        <source>Product shelf</source>
        <translation>产品货架</translation>
    </message>
</context>
<context>
    <name>bd::AllocationChart</name>
    <message>
        <source>Amount (10,000 yuan)</source>
        <translation>金额（万元）</translation>
    </message>
</context>
<context>
    <name>bd::AumHistoryChart</name>
    <message>
        <source>AUM, last 12 month-ends</source>
        <translation>近 12 个月末 AUM</translation>
    </message>
    <message>
        <source>AUM (10,000 CNY)</source>
        <translation>AUM（万元）</translation>
    </message>
    <message>
        <source>%1万</source>
        <translation>%1万</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 across %n customer(s)</source>
        <translation>
            <numerusform>%1：%n 位客户共 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::AumTrendChart</name>
    <message>
        <source>AUM (10,000 yuan)</source>
        <translation>AUM（万元）</translation>
    </message>
</context>
<context>
    <name>bd::BackgroundCarePlan</name>
    <message numerus="yes">
        <source>%n care task(s) made.</source>
        <translation>
            <numerusform>已生成 %n 条关怀任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care task(s) made; </source>
        <translation>
            <numerusform>已生成 %n 条关怀任务；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle stage(s) changed.</source>
        <translation>
            <numerusform>%n 位客户的生命周期阶段已变更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::BranchDashboard</name>
    <message>
        <source>Whole branch</source>
        <translation>全网点</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Branch dashboard</source>
        <translation>网点看板</translation>
    </message>
    <message>
        <source>Book of %1</source>
        <translation>%1 的管户客户</translation>
    </message>
</context>
<context>
    <name>bd::BranchHeadWorkspace</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>AUM of the branch</source>
        <translation>网点 AUM</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>贵宾客户</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>未完成推荐</translation>
    </message>
    <message>
        <source>Lobby visits today</source>
        <translation>今日厅堂到访</translation>
    </message>
    <message>
        <source>Staff of the branch</source>
        <translation>网点员工</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>各等级客户数</translation>
    </message>
    <message numerus="yes">
        <source>Branch floor, last %n days</source>
        <translation>
            <numerusform>网点厅堂，近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Call lists</source>
        <translation>外呼名单</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>客户心声</translation>
    </message>
    <message>
        <source>Offers made and taken</source>
        <translation>推荐与成交</translation>
    </message>
    <message>
        <source>Product shelf</source>
        <translation>产品货架</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>商机（%1）</translation>
    </message>
    <message>
        <source>What each rule did</source>
        <translation>各规则成效</translation>
    </message>
    <message>
        <source>Switch a rule off or change its thresholds</source>
        <translation>停用规则或调整阈值</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>营销规则</translation>
    </message>
</context>
<context>
    <name>bd::BranchLogListeners</name>
    <message>
        <source>Sign in first: the token is missing, expired or not valid.</source>
        <translation>请先登录：令牌缺失、已过期或无效。</translation>
    </message>
</context>
<context>
    <name>bd::BranchOpportunitiesView</name>
    <message>
        <source>Hand to mana&amp;ger</source>
        <translation>交给客户经理(&amp;G)</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>The selected opportunity becomes the chosen manager&apos;s: it is on their Today after their next sync</source>
        <translation>选中的商机交给所选客户经理，对方下次同步后出现在“今日”中</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>客户经理(&amp;M)：</translation>
    </message>
    <message>
        <source>Branch pool: customers without a manager</source>
        <translation>网点公共池：无专属客户经理的客户</translation>
    </message>
    <message>
        <source>Complaints: service recovery by you</source>
        <translation>投诉：由您亲自做服务补救</translation>
    </message>
    <message>
        <source>Held back or waiting, and why</source>
        <translation>暂缓或待联系的商机及原因</translation>
    </message>
    <message>
        <source>Select an opportunity of the pool and a manager first.</source>
        <translation>请先选中公共池中的商机和一位客户经理。</translation>
    </message>
    <message>
        <source>%1 now goes to %2.</source>
        <translation>%1 已交给 %2。</translation>
    </message>
    <message>
        <source>Escalated: past their deadline without a contact</source>
        <translation>已升级：已过期限仍未联系</translation>
    </message>
</context>
<context>
    <name>bd::CallListDialog</name>
    <message>
        <source>&amp;List mode: spread over the managers below</source>
        <translation>名单制：在下列理财经理之间分配(&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;wner mode: each customer&apos;s own manager</source>
        <translation>管户制：由各客户的管户经理负责(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>New call list (%n customer(s))</source>
        <translation>
            <numerusform>新建外呼名单（%n 位客户）</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. take over maturing funds, VIP uplift</source>
        <translation>例如：到期资金承接、贵宾提升</translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation>仍要外呼</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <source>Required to call ticked customers anyway (audited)</source>
        <translation>对已勾选的客户仍要外呼时必填（留痕审计）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配方式</translation>
    </message>
    <message>
        <source>Excluded by the contact rules</source>
        <translation>因联系规则被排除</translation>
    </message>
    <message>
        <source>&amp;Create call list</source>
        <translation>创建外呼名单(&amp;C)</translation>
    </message>
    <message>
        <source>%1 customer(s) will get a task; %2 excluded by the contact rules.</source>
        <translation>%1 位客户将生成任务；%2 位因联系规则被排除。</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>未找到该客户</translation>
    </message>
    <message>
        <source>Handing out the call list… %1%</source>
        <translation>正在下发名单… %1%</translation>
    </message>
    <message numerus="yes">
        <source>Checking the contact rules for %n customer(s)…</source>
        <translation>
            <numerusform>正在核对 %n 位客户的联系规则…</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing out the call list…</source>
        <translation>正在下发名单…</translation>
    </message>
    <message>
        <source>Stopping the hand-out: nothing will be saved…</source>
        <translation>正在停止下发：不会保存任何内容…</translation>
    </message>
    <message>
        <source>Call list handed out: %1 task(s) to %2 manager(s); %3 customer(s) excluded.</source>
        <translation>名单已下发：%1 条任务分给 %2 位客户经理；%3 位客户被排除。</translation>
    </message>
</context>
<context>
    <name>bd::CallListsView</name>
    <message>
        <source>Contact &amp;rules…</source>
        <translation>联系规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Plan &amp;care tasks</source>
        <translation>安排关怀任务(&amp;C)</translation>
    </message>
    <message>
        <source>Make the due care tasks of the branch (90-day plan, birthdays, maturities) and recompute lifecycle stages</source>
        <translation>生成本网点到期应办的关怀任务（90 天关怀计划、生日、产品到期），并重新计算生命周期阶段</translation>
    </message>
    <message>
        <source>Making the care plan and recomputing lifecycle stages…</source>
        <translation>正在生成关怀计划并重新计算生命周期阶段…</translation>
    </message>
</context>
<context>
    <name>bd::CallOutcomeChart</name>
    <message>
        <source>Call outcomes per call list</source>
        <translation>各外呼名单的外呼结果</translation>
    </message>
    <message>
        <source>Customers on the list</source>
        <translation>名单内客户数</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>尚未外呼</translation>
    </message>
    <message>
        <source>No outcome noted</source>
        <translation>未记录结果</translation>
    </message>
    <message>
        <source>%1 · %2% interested</source>
        <translation>%1 · 有意向 %2%</translation>
    </message>
    <message>
        <source>No call lists yet</source>
        <translation>暂无外呼名单</translation>
    </message>
    <message>
        <source>%1, %2 to %3
%4: %5 of %6 customers</source>
        <translation>%1，%2 至 %3
%4：%6 位客户中的 %5 位</translation>
    </message>
    <message>
        <source>An outcome this version of BranchDesk does not know</source>
        <translation>当前版本的 BranchDesk 无法识别的结果</translation>
    </message>
</context>
<context>
    <name>bd::CallOutcomeDialog</name>
    <message>
        <source>&amp;Follow up on</source>
        <translation>跟进日期(&amp;F)</translation>
    </message>
    <message>
        <source>Log care contact: %1</source>
        <translation>记录关怀接触：%1</translation>
    </message>
    <message>
        <source>Log call outcome: %1</source>
        <translation>记录外呼结果：%1</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>e.g. return too low, money tied up elsewhere</source>
        <translation>例如：收益率太低、资金已另有安排</translation>
    </message>
    <message>
        <source>Why the contact rules are overridden (audited)</source>
        <translation>突破联系规则的原因（留痕审计）</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Customer &amp;voice:</source>
        <translation>客户心声(&amp;V)：</translation>
    </message>
    <message>
        <source>O&amp;bjection:</source>
        <translation>异议(&amp;B)：</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>突破原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Contact rules: %1</source>
        <translation>联系规则：%1</translation>
    </message>
    <message>
        <source>Heard:</source>
        <translation>听到：</translation>
    </message>
    <message>
        <source>Call &amp;made at:</source>
        <translation>通话时间(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>bd::CallPrepSheetDialog</name>
    <message>
        <source>The prep sheet could not be made: %1</source>
        <translation>外呼准备单未能生成：%1</translation>
    </message>
    <message>
        <source>Call prep sheet: %1</source>
        <translation>外呼准备单：%1</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>打印为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the prep sheet as PDF</source>
        <translation>将外呼准备单保存为 PDF</translation>
    </message>
    <message>
        <source>prep-sheet-%1.pdf</source>
        <translation>外呼准备单-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>bd::ConflictReviewDialog</name>
    <message>
        <source>&amp;Keep the synced value</source>
        <translation>保留同步后的值(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Restore the other value</source>
        <translation>恢复另一个值(&amp;R)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>The same field was changed on two workstations, or a record was changed after it had been deleted elsewhere. Sync kept the later change; decide whether that is right.</source>
        <translation>同一字段在两台工作站上都被修改，或某条记录在其他工作站被删除后又被修改。同步已保留较晚的变更，请判断是否正确。</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Synced value (kept)</source>
        <translation>同步后的值（已保留）</translation>
    </message>
    <message>
        <source>Other value (lost)</source>
        <translation>另一个值（已丢弃）</translation>
    </message>
    <message>
        <source>Whole change set aside: %1</source>
        <translation>整项变更已暂存：%1</translation>
    </message>
</context>
<context>
    <name>bd::ConsentDialog</name>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Form number or call reference</source>
        <translation>表单编号或通话录音编号</translation>
    </message>
    <message>
        <source>Record a grant or withdrawal</source>
        <translation>登记授权或撤回</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>用途(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>变更(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>凭证(&amp;E)</translation>
    </message>
    <message>
        <source>Current consent</source>
        <translation>当前授权情况</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>从未授权</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>撤回</translation>
    </message>
</context>
<context>
    <name>bd::ContactRulesDialog</name>
    <message>
        <source>Marketing contacts need the customer&apos;s &amp;consent</source>
        <translation>营销联系须经客户授权(&amp;C)</translation>
    </message>
    <message>
        <source>Contact rules</source>
        <translation>联系规则</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>At most &amp;marketing contacts:</source>
        <translation>营销联系次数上限(&amp;M)：</translation>
    </message>
    <message>
        <source>Per &amp;period of:</source>
        <translation>统计周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Quiet hours (no calls or messages):</source>
        <translation>免打扰时段（不致电、不发消息）(&amp;Q)：</translation>
    </message>
    <message>
        <source>Do-not-contact always holds. Each change is audited.</source>
        <translation>“拒绝营销联系”标记始终有效。每次修改均留痕审计。</translation>
    </message>
</context>
<context>
    <name>bd::Customer360View</name>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>资产(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Behaviour</source>
        <translation>行为(&amp;B)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>记录接触(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑资料(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>删除标签(&amp;M)</translation>
    </message>
    <message>
        <source>Start &amp;KYC</source>
        <translation>开展 KYC(&amp;K)</translation>
    </message>
    <message>
        <source>Create re&amp;ferral</source>
        <translation>发起推荐(&amp;F)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>This customer cannot be shown: %1</source>
        <translation>无法显示该客户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries, %1 holdings</source>
        <translation>
            <numerusform>%n 条时间线记录，%1 笔持仓</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Customer 360</source>
        <translation>%1 — 客户360视图</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Select a tag first.</source>
        <translation>请先选择一个标签。</translation>
    </message>
    <message>
        <source>Move to &amp;branch…</source>
        <translation>迁移到其他网点(&amp;B)…</translation>
    </message>
    <message>
        <source>House&amp;hold</source>
        <translation>家庭(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>Co&amp;nsent…</source>
        <translation>客户授权(&amp;N)…</translation>
    </message>
    <message>
        <source>Heard &amp;in notes…</source>
        <translation>客户原话(&amp;I)…</translation>
    </message>
    <message>
        <source>Voi&amp;d contact…</source>
        <translation>作废联系记录(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>bd::CustomerAssetsPage</name>
    <message>
        <source>Allocation by product family</source>
        <translation>资产配置（按产品类别）</translation>
    </message>
    <message>
        <source>AUM, last 12 month-ends, with tier thresholds</source>
        <translation>近 12 个月末 AUM 及等级门槛</translation>
    </message>
    <message>
        <source>Holdings (red: matures within 30 days, amber: within 90)</source>
        <translation>持仓（红色：30 天内到期；黄色：90 天内到期）</translation>
    </message>
    <message>
        <source>Expected fund arrivals</source>
        <translation>预计到账资金</translation>
    </message>
</context>
<context>
    <name>bd::CustomerBehaviourPage</name>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Amount at least</source>
        <translation>最低金额</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>e.g. 5万</source>
        <translation>例如 5万</translation>
    </message>
</context>
<context>
    <name>bd::CustomerHeader</name>
    <message>
        <source>Re&amp;veal…</source>
        <translation>查看明文(&amp;V)…</translation>
    </message>
    <message>
        <source>Show the full ID number, mobile or address, with a reason (audited)</source>
        <translation>填写原因后查看完整的身份证号码、手机号码或地址（留痕审计）</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>身份证号码 %1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>手机号码 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>年龄不详</translation>
    </message>
    <message>
        <source>CIF %1</source>
        <translation>客户号 %1</translation>
    </message>
    <message>
        <source>AUM %1</source>
        <translation>AUM %1</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>风险等级：%1</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>未评定风险等级</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>生命周期：%1</translation>
    </message>
    <message>
        <source>Manager: %1 (%2)</source>
        <translation>管户经理：%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>拒绝营销联系</translation>
    </message>
    <message>
        <source>Marketing consent: yes</source>
        <translation>同意营销联系：是</translation>
    </message>
    <message>
        <source>Marketing consent: no</source>
        <translation>同意营销联系：否</translation>
    </message>
</context>
<context>
    <name>bd::CustomerMoveDialog</name>
    <message>
        <source>Move to another branch</source>
        <translation>迁移到其他网点</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>e.g. the customer moved house to the other district</source>
        <translation>例如：客户已搬家到另一个区</translation>
    </message>
    <message>
        <source>No other branch is known on this workstation.</source>
        <translation>本工作站上没有其他已知网点。</translation>
    </message>
    <message>
        <source>%1 moves with their holdings, transactions, contacts, KYC, tags and tasks. Their manager assignment is cleared; at the next sync they leave this branch&apos;s workstations. The move is recorded in the audit log with your reason.</source>
        <translation>%1 将连同其持仓、交易、联系记录、KYC、标签和任务一起迁移。其客户经理分配将被清除；下次同步时，客户将从本网点的工作站移除。此次迁移连同您填写的原因记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>New &amp;branch</source>
        <translation>新网点(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>原因(&amp;A)</translation>
    </message>
</context>
<context>
    <name>bd::CustomerOverviewPage</name>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>KYC completeness (PPF nine-grid)</source>
        <translation>KYC 完整度（PPF九宫格）</translation>
    </message>
    <message>
        <source>Profile tags</source>
        <translation>画像标签</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>今日无待关注事项。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>bd::CustomerSearchField</name>
    <message>
        <source>Find customer: name, pinyin, initials, mobile, ID or CIF (Ctrl+K)</source>
        <translation>查找客户：姓名、拼音、首字母、手机号码、身份证号码或客户号（Ctrl+K）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5 · %6</source>
        <translation>%1 · %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>no manager</source>
        <translation>未分配理财经理</translation>
    </message>
    <message>
        <source>CIF %1</source>
        <translation>客户号 %1</translation>
    </message>
</context>
<context>
    <name>bd::DashboardChart</name>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>bd::DashboardPanel</name>
    <message>
        <source>Save as picture…</source>
        <translation>另存为图片…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>各等级客户数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Customers per lifecycle stage</source>
        <translation>各生命周期阶段客户数</translation>
    </message>
    <message>
        <source>Customers with a final KYC, per tier</source>
        <translation>各等级 KYC 已定稿的客户</translation>
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation>客户占比（%）</translation>
    </message>
    <message>
        <source>KYC completeness per PPF cell</source>
        <translation>PPF 九宫格各格 KYC 完整度</translation>
    </message>
    <message>
        <source>Average completeness (%)</source>
        <translation>平均完整度（%）</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3% of all</source>
        <translation>%1：%2 位客户，占全部客户的 %3%</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1: %2 customers</source>
        <translation>%1：%2 位客户</translation>
    </message>
    <message>
        <source>%1: %2 of %3 customers have a final KYC</source>
        <translation>%1：%3 位客户中有 %2 位 KYC 已定稿</translation>
    </message>
    <message>
        <source>%1: on average %2% of its questions answered</source>
        <translation>%1：平均已回答 %2% 的问题</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>dashboard-%1.%2</source>
        <translation>看板-%1.%2</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>将看板保存为 PDF</translation>
    </message>
    <message>
        <source>Save the dashboard as a picture</source>
        <translation>将看板保存为图片</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Dashboard not saved</source>
        <translation>看板未保存</translation>
    </message>
</context>
<context>
    <name>bd::DemoBranchSetup</name>
    <message numerus="yes">
        <source>Creating a demo branch with %Ln customers…</source>
        <translation>
            <numerusform>正在创建含 %Ln 个客户的演示网点…</numerusform>
        </translation>
    </message>
    <message>
        <source>First start of BranchDesk</source>
        <translation>首次启动 BranchDesk</translation>
    </message>
</context>
<context>
    <name>bd::FirstRunDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Connect and download the branch</source>
        <translation>连接并下载网点数据(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Start with the &amp;demo branch</source>
        <translation>使用演示网点开始(&amp;D)</translation>
    </message>
    <message>
        <source>Set up this BranchDesk workstation</source>
        <translation>设置此 BranchDesk 工作站</translation>
    </message>
    <message>
        <source>This workstation has no branch data yet. Connect to your bank&apos;s BranchDesk server to download your branch, or explore a demo branch.</source>
        <translation>此工作站尚无网点数据。请连接贵行的 BranchDesk 服务器以下载本网点数据，或先体验演示网点。</translation>
    </message>
    <message>
        <source>only for a certificate of a private authority</source>
        <translation>仅用于私有证书机构签发的证书</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>CA &amp;file (optional):</source>
        <translation>CA 文件（可选）(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>A made-up branch with made-up customers, on this computer only; its sign-in lists the demo accounts.</source>
        <translation>虚构的网点和虚构的客户，仅保存在本机；登录界面会列出演示账户。</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Downloading the branch: %1 of %2 MB</source>
        <translation>正在下载网点数据：%1 / %2 MB</translation>
    </message>
    <message numerus="yes">
        <source>Downloading the branch: %n row(s) so far</source>
        <translation>
            <numerusform>正在下载网点数据：已下载 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was cancelled. It goes on from where it stopped when you connect again.</source>
        <translation>下载已取消。再次连接时将从中断处继续。</translation>
    </message>
    <message>
        <source>Opening the branch…</source>
        <translation>正在打开网点…</translation>
    </message>
</context>
<context>
    <name>bd::FloorReport</name>
    <message>
        <source>Referrals</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Referrals per day</source>
        <translation>每日推荐</translation>
    </message>
    <message>
        <source>Referrals per staff member</source>
        <translation>各员工推荐</translation>
    </message>
    <message>
        <source>% of services</source>
        <translation>占服务笔数的百分比</translation>
    </message>
    <message>
        <source>Teller seven steps</source>
        <translation>柜员七步曲</translation>
    </message>
    <message>
        <source>Escalated referrals</source>
        <translation>已升级的推荐</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
</context>
<context>
    <name>bd::HouseholdLinkDialog</name>
    <message>
        <source>Link a customer to the household</source>
        <translation>将客户关联到家庭</translation>
    </message>
    <message>
        <source>Name, mobile or ID ending, CIF</source>
        <translation>姓名、手机号或证件号后几位、客户号</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Relation to the head</source>
        <translation>与户主的关系(&amp;R)</translation>
    </message>
</context>
<context>
    <name>bd::HouseholdPanel</name>
    <message>
        <source>Change &amp;relation…</source>
        <translation>修改关系(&amp;R)…</translation>
    </message>
    <message>
        <source>Possibly the same family (a shared address or mobile, compared without opening either):</source>
        <translation>可能是同一家庭（地址或手机号相同，比对时未解除脱敏）：</translation>
    </message>
    <message>
        <source>The household cannot be shown: %1</source>
        <translation>无法显示家庭信息：%1</translation>
    </message>
    <message>
        <source>Not in a household. On their own: %1</source>
        <translation>未加入家庭。客户本人：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), together %1 (%2). %3</source>
        <translation>
            <numerusform>共 %n 名家庭成员，合计 %1（%2）。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Choose a suggested customer first.</source>
        <translation>请先选择一位建议关联的客户。</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>请先选择一位家庭成员。</translation>
    </message>
    <message>
        <source>How is %1 related to the head of this household?</source>
        <translation>%1 与该家庭户主是什么关系？</translation>
    </message>
    <message>
        <source>How is this customer related to the head of %1&apos;s household?</source>
        <translation>该客户与 %1 所在家庭的户主是什么关系？</translation>
    </message>
    <message>
        <source>Link as family</source>
        <translation>关联为家庭成员</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>设为户主</translation>
    </message>
    <message>
        <source>How is the present head related to %1?</source>
        <translation>现任户主与 %1 是什么关系？</translation>
    </message>
    <message>
        <source>Change relation</source>
        <translation>修改关系</translation>
    </message>
    <message>
        <source>How is %1 related to the head?</source>
        <translation>%1 与户主是什么关系？</translation>
    </message>
    <message>
        <source>Link a &amp;customer…</source>
        <translation>关联客户(&amp;C)…</translation>
    </message>
    <message>
        <source>Make head…</source>
        <translation>设为户主…</translation>
    </message>
    <message>
        <source>Take out of the household</source>
        <translation>移出家庭</translation>
    </message>
    <message>
        <source>Link as famil&amp;y…</source>
        <translation>关联为家庭成员(&amp;Y)…</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>非亲属</translation>
    </message>
</context>
<context>
    <name>bd::IdleLock</name>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Idle lock…</source>
        <translation>自动锁屏(&amp;I)…</translation>
    </message>
    <message>
        <source>How long the workstation waits without use before it locks</source>
        <translation>工作站无人操作多久后自动锁定</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>自动锁屏</translation>
    </message>
    <message>
        <source>Lock the workstation after this many minutes without use:</source>
        <translation>无操作达到以下分钟数后锁定工作站：</translation>
    </message>
</context>
<context>
    <name>bd::InteractionDialog</name>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Log a contact with %1</source>
        <translation>记录与 %1 的接触</translation>
    </message>
    <message>
        <source>e.g. maturity take-over, birthday greeting</source>
        <translation>例如：到期承接、生日问候</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Customer &amp;voice:</source>
        <translation>客户心声(&amp;V)：</translation>
    </message>
    <message>
        <source>O&amp;bjection:</source>
        <translation>异议(&amp;B)：</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Marketing contacts need the customer&apos;s consent and count towards the contact limit; do-not-contact holds for every kind</source>
        <translation>营销联系需要客户同意，并计入联系次数上限；“拒绝营销联系”对所有类型均有效</translation>
    </message>
    <message>
        <source>Why the contact rules are overridden (audited)</source>
        <translation>越过联系规则的原因（将记入审计）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>越过原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Contact rules: %1
Saving needs an override reason.</source>
        <translation>联系规则：%1
保存需要填写越过原因。</translation>
    </message>
</context>
<context>
    <name>bd::KycCellPage</name>
    <message>
        <source>Every answer is saved to the draft at once. Answers already known are shown; change them only if they changed.</source>
        <translation>每个回答都会立即保存到草稿。已知的回答会直接显示，仅在情况有变时才需修改。</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>返回九宫格</translation>
    </message>
    <message>
        <source>Next suggested cell</source>
        <translation>建议的下一格</translation>
    </message>
</context>
<context>
    <name>bd::KycGrid</name>
    <message>
        <source>Past</source>
        <translation>过去</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>%1 · %2: open the KYC questions</source>
        <translation>%1 · %2：打开 KYC 问题</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Personal &amp; career</source>
        <translation>个人与事业</translation>
    </message>
    <message>
        <source>Finance &amp; investment</source>
        <translation>财务与投资</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>已完成 %1%</translation>
    </message>
    <message>
        <source>suggested next</source>
        <translation>建议下一格</translation>
    </message>
</context>
<context>
    <name>bd::KycHistoryDialog</name>
    <message>
        <source>KYC history</source>
        <translation>KYC 历史版本</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>版本 %1（%2）</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>格</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>The KYC history of this customer cannot be shown: %1</source>
        <translation>无法显示该客户的 KYC 历史：%1</translation>
    </message>
    <message>
        <source>The two versions cannot be compared: %1</source>
        <translation>无法比较这两个版本：%1</translation>
    </message>
</context>
<context>
    <name>bd::KycQuestionEditor</name>
    <message>
        <source>Change answer</source>
        <translation>修改回答</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Amount, e.g. 50000 or 5万</source>
        <translation>金额，例如 50000 或 5万</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>尚未询问。</translation>
    </message>
    <message>
        <source>this draft</source>
        <translation>本草稿</translation>
    </message>
    <message>
        <source>KYC version %1</source>
        <translation>KYC 版本 %1</translation>
    </message>
    <message>
        <source>Known: %1 — given %2 (%3)</source>
        <translation>已知：%1 — 于 %2 获取（%3）</translation>
    </message>
</context>
<context>
    <name>bd::KycWizard</name>
    <message>
        <source>KYC nine-grid</source>
        <translation>KYC 九宫格</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>不存在 ID 为 %1 的客户。</translation>
    </message>
    <message>
        <source>KYC of %1 (CIF %2)</source>
        <translation>%1 的 KYC（客户号 %2）</translation>
    </message>
    <message>
        <source>History and changes…</source>
        <translation>历史与变更…</translation>
    </message>
    <message>
        <source>Summary to PDF…</source>
        <translation>导出摘要 PDF…</translation>
    </message>
    <message>
        <source>Finish: save as new KYC version</source>
        <translation>完成：保存为新 KYC 版本</translation>
    </message>
    <message>
        <source>Close (draft is kept)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <source>Continue with the suggested cell: %1</source>
        <translation>继续填写建议的下一格：%1</translation>
    </message>
    <message>
        <source>Every cell is complete</source>
        <translation>所有格均已填写完整</translation>
    </message>
    <message>
        <source>Current KYC: version %1 of %2, risk profile %3.</source>
        <translation>当前 KYC：版本 %1（%2），风险等级：%3。</translation>
    </message>
    <message>
        <source>No KYC version yet.</source>
        <translation>尚无 KYC 版本。</translation>
    </message>
    <message numerus="yes">
        <source>Draft of version %1 open with %n new answer(s), saved as you go.</source>
        <translation>
            <numerusform>已打开版本 %1 的草稿，含 %n 个新回答，随填随存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to the draft at %1.</source>
        <translation>已于 %1 保存到草稿。</translation>
    </message>
    <message numerus="yes">
        <source>KYC version %1 saved. Risk profile: %2%3. %n tag(s) from KYC, %4 fund arrival(s).</source>
        <translation>
            <numerusform>KYC 版本 %1 已保存。风险等级：%2%3。由 KYC 生成 %n 个标签、%4 笔预计到账资金。</numerusform>
        </translation>
    </message>
    <message>
        <source> (driven by %1)</source>
        <translation>（决定因素：%1）</translation>
    </message>
    <message>
        <source>Summary written to %1.</source>
        <translation>摘要已写入 %1。</translation>
    </message>
    <message>
        <source>KYC summary as PDF</source>
        <translation>将 KYC 摘要导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>bd::LobbyWorkspace</name>
    <message>
        <source>VIP customers today</source>
        <translation>今日贵宾客户</translation>
    </message>
    <message>
        <source>Potential VIPs today</source>
        <translation>今日潜在贵宾客户</translation>
    </message>
    <message>
        <source>Ordinary customers today</source>
        <translation>今日普通客户</translation>
    </message>
    <message>
        <source>Referrals waiting</source>
        <translation>待处理推荐</translation>
    </message>
    <message>
        <source>Today&apos;s walk-ins</source>
        <translation>今日到店客户</translation>
    </message>
    <message>
        <source>Open referral queue</source>
        <translation>未完成推荐队列</translation>
    </message>
    <message>
        <source>Log a walk-in</source>
        <translation>登记到店客户</translation>
    </message>
    <message>
        <source>&amp;Print the walk-in&apos;s form...</source>
        <translation>打印到店客户的推荐表(&amp;P)…</translation>
    </message>
    <message>
        <source>Ne&amp;w referral form...</source>
        <translation>新建推荐表(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>bd::LockScreen</name>
    <message>
        <source>Workstation locked</source>
        <translation>工作站已锁定</translation>
    </message>
    <message>
        <source>Locked after a time without use. %1, type your password to continue.</source>
        <translation>因长时间无操作，工作站已锁定。%1，请输入密码继续。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign this user out, so that someone else can sign in</source>
        <translation>退出当前用户，以便其他人登录</translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>BranchDesk — %1</source>
        <translation>BranchDesk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>Sign out and leave the workstation at the sign-in screen</source>
        <translation>退出登录，工作站返回登录界面</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BranchDesk</source>
        <translation>关于 BranchDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Branch %1 %2</source>
        <translation>网点 %1 %2</translation>
    </message>
    <message>
        <source>The local database of this workstation</source>
        <translation>本工作站的本地数据库</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Open a BranchDesk database</source>
        <translation>打开 BranchDesk 数据库</translation>
    </message>
    <message>
        <source>BranchDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>BranchDesk 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About BranchDesk</source>
        <translation>关于 BranchDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BranchDesk %1&lt;/h3&gt;&lt;p&gt;The workstation of a bank branch: lobby, counter, wealth management and branch dashboards, working offline on a local database.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BranchDesk %1&lt;/h3&gt;&lt;p&gt;银行网点工作站：厅堂、柜面、理财经营和网点看板，基于本地数据库离线工作。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>客户360视图</translation>
    </message>
</context>
<context>
    <name>bd::ManagerDashboard</name>
    <message>
        <source>My book</source>
        <translation>我的管户客户</translation>
    </message>
    <message>
        <source>Book of %1</source>
        <translation>%1 的管户客户</translation>
    </message>
</context>
<context>
    <name>bd::ObservedSignals</name>
    <message>
        <source>Also ticked at &quot;%1&quot;: %2</source>
        <translation>在“%1”时已勾选：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>bd::OfferAnswerDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <source>Reference of the audio-video recording</source>
        <translation>录音录像（双录）编号</translation>
    </message>
    <message>
        <source>&amp;Dual recording (双录) reference</source>
        <translation>双录编号(&amp;D)</translation>
    </message>
</context>
<context>
    <name>bd::OfferDashboard</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 offers made, %2 taken (%3%).</source>
        <translation>推荐 %1 次，成交 %2 次（%3%）。</translation>
    </message>
</context>
<context>
    <name>bd::OfferPanel</name>
    <message>
        <source>Record a &amp;sale…</source>
        <translation>登记销售(&amp;S)…</translation>
    </message>
    <message>
        <source>What the customer holds, against the product shelf:</source>
        <translation>客户持仓与产品货架对照：</translation>
    </message>
    <message>
        <source>The offers cannot be shown: %1</source>
        <translation>无法显示推荐产品：%1</translation>
    </message>
    <message>
        <source>Nothing on the shelf fits this customer now.</source>
        <translation>产品货架上暂无适合该客户的产品。</translation>
    </message>
    <message>
        <source>Choose an offer first.</source>
        <translation>请先选择推荐产品。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未登记：%1</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2.</source>
        <translation>已登记：%1 — %2。</translation>
    </message>
    <message>
        <source>Sale recorded.</source>
        <translation>销售已登记。</translation>
    </message>
    <message>
        <source>Accepted…</source>
        <translation>接受…</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Not now…</source>
        <translation>暂不考虑…</translation>
    </message>
</context>
<context>
    <name>bd::PotentialVipRoute</name>
    <message>
        <source>&amp;No time</source>
        <translation>没有时间(&amp;N)</translation>
    </message>
    <message>
        <source>Manager busy: customer waits in the waiting area</source>
        <translation>理财经理正忙：客户在等候区等候</translation>
    </message>
    <message>
        <source>Experience card and manager&apos;s card handed over</source>
        <translation>已递贵宾服务体验卡和理财经理名片</translation>
    </message>
    <message>
        <source>Agrees to leave contact details</source>
        <translation>同意留下联系方式</translation>
    </message>
    <message>
        <source>What the customer asked about or needs (required)</source>
        <translation>客户咨询的内容或需求（必填）</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>理财经理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>关注内容(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (busy)</source>
        <translation>%1（忙碌）</translation>
    </message>
    <message>
        <source>%1 (free)</source>
        <translation>%1（空闲）</translation>
    </message>
    <message>
        <source>Has time n&amp;ow</source>
        <translation>当前有时间(&amp;O)</translation>
    </message>
</context>
<context>
    <name>bd::ProductShelfView</name>
    <message>
        <source>&amp;Load the bank&apos;s shelf file…</source>
        <translation>导入总行产品货架文件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Declined:</source>
        <translation>拒绝：</translation>
    </message>
    <message>
        <source>Not now:</source>
        <translation>暂不考虑：</translation>
    </message>
    <message>
        <source>A product is not offered again to the same customer for</source>
        <translation>同一产品再次向同一客户推荐的间隔</translation>
    </message>
    <message>
        <source>The shelf cannot be read: %1</source>
        <translation>无法读取产品货架：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) from %1, loaded by %2 on %3.</source>
        <translation>
            <numerusform>共 %n 个产品，来自 %1，由 %2 于 %3 导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) of the shelf built into BranchDesk (%1): no bank file loaded yet.</source>
        <translation>
            <numerusform>BranchDesk 内置产品货架（%1）共 %n 个产品：尚未导入总行文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The shelf now has %n product(s).</source>
        <translation>
            <numerusform>产品货架现有 %n 个产品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was refused: %n problem(s), listed below. The shelf in force is unchanged.</source>
        <translation>
            <numerusform>文件未被接受：共 %n 个问题，见下方列表。现行产品货架保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank&apos;s product shelf</source>
        <translation>本行产品货架</translation>
    </message>
    <message>
        <source>Product shelf (*.json *.csv);;All files (*)</source>
        <translation>产品货架 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>bd::ProfileEditDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Edit the profile of %1</source>
        <translation>编辑 %1 的资料</translation>
    </message>
    <message>
        <source>%1 — type a new value to replace it</source>
        <translation>%1 — 输入新值以替换</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>bd::ReferralFormDialog</name>
    <message>
        <source>The customer has time now</source>
        <translation>客户当前有时间</translation>
    </message>
    <message>
        <source>The customer agrees to leave contact details</source>
        <translation>客户同意留下联系方式</translation>
    </message>
    <message>
        <source>VIP experience card and manager&apos;s card handed over</source>
        <translation>已递贵宾服务体验卡和理财经理名片</translation>
    </message>
    <message>
        <source>e.g. man of about 35, office worker nearby</source>
        <translation>例如：35 岁左右男士，在附近上班</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>%1 (busy)</source>
        <translation>%1（忙碌）</translation>
    </message>
    <message>
        <source>e.g. asked about 1-year wealth products</source>
        <translation>例如：咨询 1 年期理财产品</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <source>Wealth manager *</source>
        <translation>理财经理 *</translation>
    </message>
    <message>
        <source>Interest or need *</source>
        <translation>关注内容或需求 *</translation>
    </message>
    <message>
        <source>Funds mentioned</source>
        <translation>提及资金</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点检查</translation>
    </message>
    <message>
        <source>Save and print to PDF...</source>
        <translation>保存并打印为 PDF…</translation>
    </message>
    <message>
        <source>Print the form to PDF</source>
        <translation>将表单打印为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>PDF 文件未能写入。</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Filed with the walk-in; printing does not file it again.</source>
        <translation>已随到店登记提交，打印不会重复提交。</translation>
    </message>
</context>
<context>
    <name>bd::ReferralFunnelChart</name>
    <message numerus="yes">
        <source>Referral funnel, last %n days</source>
        <translation>
            <numerusform>推荐漏斗（近 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>推荐数</translation>
    </message>
    <message>
        <source>No referrals in this period</source>
        <translation>该期间内没有推荐</translation>
    </message>
    <message>
        <source>%1 of %2 referrals were declined or expired</source>
        <translation>%2 条推荐中有 %1 条已拒绝或已过期</translation>
    </message>
    <message>
        <source>%1 referrals made, %2 still open</source>
        <translation>共发起 %1 条推荐，%2 条尚未完成</translation>
    </message>
    <message>
        <source>%1 of %2 referrals accepted by a manager</source>
        <translation>%2 条推荐中有 %1 条已被理财经理接收</translation>
    </message>
    <message>
        <source>%1 of %2 referrals completed, bringing in %3</source>
        <translation>%2 条推荐中有 %1 条已完成，带来 %3</translation>
    </message>
</context>
<context>
    <name>bd::ReferralInbox</name>
    <message>
        <source>&amp;Accept</source>
        <translation>接收(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>已面谈(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>已拒绝(&amp;D)</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>New AUM the customer brought in (CNY):</source>
        <translation>客户带来的新增 AUM（元）：</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <translation>输入的不是有效金额。</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n 条新推荐</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a referral first.</source>
        <translation>请先选择一条推荐。</translation>
    </message>
    <message>
        <source>Co&amp;ntacted</source>
        <translation>已联系(&amp;N)</translation>
    </message>
    <message>
        <source>Conver&amp;ted...</source>
        <translation>已转化(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>bd::RevealDialog</name>
    <message>
        <source>Reveal personal data</source>
        <translation>查看个人信息明文</translation>
    </message>
    <message>
        <source>e.g. identity check for a counter transaction</source>
        <translation>例如：柜面业务身份核验</translation>
    </message>
    <message>
        <source>Revealing is recorded in the audit log with your reason.</source>
        <translation>查看明文的操作将连同您填写的原因记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>查看明文(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>字段(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>原因(&amp;A)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>bd::RuleDashboard</name>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fired, %2 delivered, %3 converted, %4 new AUM.</source>
        <translation>触发 %1 次，派发 %2 条，成交 %3 笔，新增资产 %4。</translation>
    </message>
</context>
<context>
    <name>bd::RuleEditor</name>
    <message>
        <source>S&amp;witch off</source>
        <translation>停用(&amp;W)</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
    <message>
        <source>Off, the rule makes no opportunities from the next event on, on every workstation after its sync</source>
        <translation>停用后，各工作站同步后，从下一个事件起该规则不再生成商机</translation>
    </message>
    <message>
        <source>New va&amp;lue:</source>
        <translation>新数值(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>启用(&amp;W)</translation>
    </message>
    <message>
        <source>%1 is on: it runs from the next event after the next sync.</source>
        <translation>“%1”已启用：下次同步后从下一个事件起生效。</translation>
    </message>
    <message>
        <source>%1 is off from the next event after the next sync.</source>
        <translation>“%1”已停用：下次同步后从下一个事件起不再触发。</translation>
    </message>
    <message>
        <source>Select a rule and one of its thresholds first.</source>
        <translation>请先选中一条规则及其一个阈值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>%1: %2 is now %3, from the next event after the next sync.</source>
        <translation>“%1”：%2 已改为 %3，下次同步后从下一个事件起生效。</translation>
    </message>
    <message>
        <source>&amp;Install rule file…</source>
        <translation>安装规则文件(&amp;I)…</translation>
    </message>
    <message>
        <source>A whole rule file (JSON) in place of the branch&apos;s rules, checked first: a file with any problem is not installed</source>
        <translation>用完整的规则文件（JSON）替换本网点的规则，安装前先检查：有任何问题的文件都不会安装</translation>
    </message>
    <message>
        <source>Install a rule file</source>
        <translation>安装规则文件</translation>
    </message>
    <message>
        <source>Rule files (*.json);;All files (*)</source>
        <translation>规则文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is installed (%n rule(s)): it runs from the next event after the next sync.</source>
        <translation>
            <numerusform>已安装 %1（%n 条规则）：下次同步后，从下一个事件起生效。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to the shipped rules…</source>
        <translation>恢复内置规则(&amp;B)…</translation>
    </message>
    <message>
        <source>The rules that came with BranchDesk in force again, in place of the installed rule file and every changed rule</source>
        <translation>重新启用 BranchDesk 内置的规则，取代已安装的规则文件和所有修改过的规则</translation>
    </message>
    <message>
        <source>Back to the shipped rules</source>
        <translation>恢复内置规则</translation>
    </message>
    <message>
        <source>Put the rules that came with BranchDesk back in force for the whole branch? The installed rule file and every changed rule are withdrawn; every workstation runs the shipped rules from the next event after its sync.</source>
        <translation>是否为全网点重新启用 BranchDesk 内置的规则？已安装的规则文件和所有修改过的规则将被撤回；各工作站同步后，从下一个事件起执行内置规则。</translation>
    </message>
    <message>
        <source>The shipped rules are in force already; nothing changed.</source>
        <translation>当前执行的已是内置规则，未作任何更改。</translation>
    </message>
    <message>
        <source>The shipped rules are back: they run from the next event after the next sync, on every workstation.</source>
        <translation>已恢复内置规则：各工作站下次同步后，从下一个事件起执行。</translation>
    </message>
</context>
<context>
    <name>bd::RuleSectionReader</name>
    <message>
        <source>must be a group of conditions (&quot;match&quot; and &quot;conditions&quot;).</source>
        <translation>必须是条件组（“match”和“conditions”）。</translation>
    </message>
    <message>
        <source>must be an object (kind, priority, contact_within_hours, ...).</source>
        <translation>必须是对象（kind、priority、contact_within_hours 等）。</translation>
    </message>
    <message>
        <source>must be 1-40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>须为 1 至 40 个小写字母、数字或 _，并以字母开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; events have no &quot;%2&quot;.</source>
        <translation>“%1”事件没有“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the customer&apos;s profile; conditions on what happened belong in &quot;when&quot;.</source>
        <translation>“%1”不是客户资料中的字段；针对事件内容的条件应写在“when”中。</translation>
    </message>
</context>
<context>
    <name>bd::SaleDialog</name>
    <message>
        <source>&amp;Record the sale</source>
        <translation>登记销售(&amp;R)</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>登记销售</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>e.g. 50000 or 5万</source>
        <translation>如 50000 或 5万</translation>
    </message>
    <message>
        <source>Reference of the audio-video recording</source>
        <translation>录音录像（双录）编号</translation>
    </message>
    <message>
        <source>Only for customers of 65 or more, products above R3</source>
        <translation>仅适用于 65 岁及以上客户购买高于 R3 的产品</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Extra confirmation (65+)</source>
        <translation>额外确认（65 岁及以上）(&amp;E)</translation>
    </message>
    <message>
        <source>The suitability check passes.</source>
        <translation>适当性检查通过。</translation>
    </message>
    <message>
        <source>Not yet:
%1</source>
        <translation>暂不可销售：
%1</translation>
    </message>
    <message>
        <source>The sale was refused:
%1</source>
        <translation>销售被拒绝：
%1</translation>
    </message>
    <message>
        <source>&amp;Dual recording (双录) reference</source>
        <translation>双录编号(&amp;D)</translation>
    </message>
</context>
<context>
    <name>bd::SegmentConditionEditor</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加条件组</translation>
    </message>
    <message>
        <source>All of these (and)</source>
        <translation>满足以下全部条件（且）</translation>
    </message>
    <message>
        <source>Any of these (or)</source>
        <translation>满足以下任一条件（或）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
</context>
<context>
    <name>bd::SegmentCsvExport</name>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Unmasked</source>
        <translation>不脱敏</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Exporting: %v of %m</source>
        <translation>正在导出：%v / %m</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n customer(s)...</source>
        <translation>
            <numerusform>正在导出 %n 位客户...</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>正在取消导出...</translation>
    </message>
</context>
<context>
    <name>bd::SegmentFamilyPicker</name>
    <message>
        <source>Count only holdings of the product families ticked</source>
        <translation>仅统计所勾选产品类别的持仓</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
</context>
<context>
    <name>bd::SegmentPicker</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Start from a target group...</source>
        <translation>从目标客群开始…</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>客群名称</translation>
    </message>
    <message>
        <source>Saved segments...</source>
        <translation>已保存的客群…</translation>
    </message>
    <message>
        <source>Saved by %1 on %2</source>
        <translation>由 %1 于 %2 保存</translation>
    </message>
</context>
<context>
    <name>bd::SegmentResultTable</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>bd::SegmentValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>多个值，用逗号分隔</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>amount in yuan, e.g. 5万</source>
        <translation>金额（元），例如 5万</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
</context>
<context>
    <name>bd::SegmentWorkbench</name>
    <message>
        <source>Ma&amp;ke call list...</source>
        <translation>生成外呼名单(&amp;K)…</translation>
    </message>
    <message>
        <source>Choose a target group or add conditions.</source>
        <translation>请选择目标客群或添加条件。</translation>
    </message>
    <message>
        <source>Add a condition to see who is in the segment.</source>
        <translation>添加条件后即可查看客群中有哪些客户。</translation>
    </message>
    <message>
        <source>Not counted yet: %1</source>
        <translation>尚未统计：%1</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; everyone at the branch can run it.</source>
        <translation>已保存“%1”，本网点所有人员均可使用。</translation>
    </message>
    <message>
        <source>Choose a saved segment to delete.</source>
        <translation>请选择要删除的已保存客群。</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除客群</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot; for everyone at the branch?</source>
        <translation>确定删除客群“%1”吗？删除后本网点所有人员均无法再使用。</translation>
    </message>
    <message>
        <source>Segment deleted.</source>
        <translation>客群已删除。</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位客户导出至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment has no customers to call.</source>
        <translation>该客群中没有可外呼的客户。</translation>
    </message>
</context>
<context>
    <name>bd::SevenStepPanel</name>
    <message>
        <source>Stand up as the customer reaches the counter.</source>
        <translation>客户走近柜台时起身相迎。</translation>
    </message>
    <message>
        <source>&quot;Good morning, what can I do for you today?&quot;</source>
        <translation>“您好，请问今天需要办理什么业务？”</translation>
    </message>
    <message>
        <source>Take the documents with both hands; tell them roughly how long it takes.</source>
        <translation>双手接过证件和单据，告知客户大约需要多长时间。</translation>
    </message>
    <message>
        <source>Work promptly; meanwhile weigh assets, business, questions and manner.</source>
        <translation>及时办理；同时根据资产、业务、询问内容和言谈举止判断客户价值。</translation>
    </message>
    <message>
        <source>&quot;About five more minutes; here is our newest service to look at.&quot;</source>
        <translation>“大约还需要五分钟，这是我们的最新服务，您可以先看看。”</translation>
    </message>
    <message>
        <source>Mention VIP services; refer a potential VIP to a wealth manager.</source>
        <translation>介绍贵宾服务；将潜在贵宾客户转介给理财经理。</translation>
    </message>
    <message>
        <source>Return the documents, ask for a rating, say goodbye.</source>
        <translation>归还证件和单据，邀请客户评价，礼貌道别。</translation>
    </message>
    <message>
        <source>&amp;Start service</source>
        <translation>开始服务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refer now</source>
        <translation>立即推荐(&amp;R)</translation>
    </message>
    <message>
        <source>Customer at the counter</source>
        <translation>当前柜台客户</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>下次建议：%1</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>业务类型(&amp;B)</translation>
    </message>
    <message>
        <source>Seven steps</source>
        <translation>七步曲</translation>
    </message>
    <message>
        <source>Step 4: is this a potential VIP?</source>
        <translation>第 4 步：是否为潜在贵宾客户？</translation>
    </message>
    <message>
        <source>Amount of the business, CNY</source>
        <translation>业务金额（元）</translation>
    </message>
    <message>
        <source>What they asked, how they behave</source>
        <translation>客户询问内容及言谈举止</translation>
    </message>
    <message>
        <source>&amp;Weigh</source>
        <translation>判断(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>Step 6 and 7</source>
        <translation>第 6、7 步</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Record ra&amp;ting</source>
        <translation>记录评价(&amp;T)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>%1 (busy)</source>
        <translation>%1（忙碌）</translation>
    </message>
    <message>
        <source>Assets at the bank: %1 (%2)</source>
        <translation>在本行资产：%1（%2）</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>散客</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>业务类型：%1</translation>
    </message>
    <message>
        <source>Potential VIP: introduce our VIP services and refer the customer to a wealth manager at step 6.</source>
        <translation>潜在贵宾客户：请介绍本行贵宾服务，并在第 6 步将客户转介给理财经理。</translation>
    </message>
    <message>
        <source>Referred to %1.</source>
        <translation>已转介至 %1。</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>服务已记录。</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <source>Asked about wealth &amp;products</source>
        <translation>咨询理财产品(&amp;P)</translation>
    </message>
    <message>
        <source>(choose the business)</source>
        <translation>（请选择业务）</translation>
    </message>
    <message>
        <source>B&amp;ehaviour</source>
        <translation>言谈举止(&amp;E)</translation>
    </message>
    <message>
        <source>The amount must be a positive number of yuan, such as 80000 or 8万; &quot;%1&quot; is not.</source>
        <translation>金额须为正数（元），如 80000 或 8万；“%1”不是有效金额。</translation>
    </message>
    <message>
        <source>This customer&apos;s service from %1 stopped at %2 of 7 steps: Start service continues it.</source>
        <translation>该客户 %1 开始的服务停在第 %2 步（共 7 步）：点“开始服务”即可接着办理。</translation>
    </message>
    <message>
        <source>Continuing the service started at %1: %2 of 7 steps done.</source>
        <translation>接着办理 %1 开始的服务：7 步中已完成 %2 步。</translation>
    </message>
</context>
<context>
    <name>bd::SignInDialog</name>
    <message>
        <source>Demo branch: sign in as</source>
        <translation>演示网点：选择登录身份</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to BranchDesk</source>
        <translation>登录 BranchDesk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Click an account to fill in the fields; double-click to sign in.</source>
        <translation>单击账户可填入用户名和密码；双击直接登录。</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1（网点 %2）</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>bd::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>Working offline (no sync server set) · %n change(s) waiting</source>
        <translation>
            <numerusform>离线工作（未设置同步服务器）· %n 项变更待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>离线 · %n 项变更待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet · %n change(s) waiting</source>
        <translation>
            <numerusform>尚未同步 · %n 项变更待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>已于 %1 同步 · %n 项变更待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the server&apos;s; changes are stamped with the server&apos;s time</source>
        <translation>
            <numerusform>本机时钟与服务器相差 %n 分钟；变更以服务器时间为准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server waiting for a record that has not arrived</source>
        <translation>
            <numerusform>%n 条服务器变更在等待尚未同步到本机的记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::TellerWorkspace</name>
    <message>
        <source>Customers served today</source>
        <translation>今日服务客户</translation>
    </message>
    <message>
        <source>Served with all seven steps</source>
        <translation>完整执行七步曲</translation>
    </message>
    <message>
        <source>Referrals made today</source>
        <translation>今日推荐</translation>
    </message>
    <message>
        <source>Today&apos;s counter services</source>
        <translation>今日柜面服务</translation>
    </message>
    <message>
        <source>My referrals today</source>
        <translation>我今日的推荐</translation>
    </message>
    <message>
        <source>Seven steps at the counter</source>
        <translation>柜员七步曲</translation>
    </message>
</context>
<context>
    <name>bd::TierChart</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>bd::VoiceReportView</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>外呼名单</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>听到的内容</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Objections and competitors heard from</source>
        <translation>客户顾虑与同业情况</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Double-click a row for the notes behind it (masked).</source>
        <translation>双击一行可查看相应备注（已脱敏）。</translation>
    </message>
    <message>
        <source>(no call list)</source>
        <translation>（无名单）</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Notes behind the count</source>
        <translation>相应备注</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>听到</translation>
    </message>
    <message>
        <source>Note (masked)</source>
        <translation>备注（已脱敏）</translation>
    </message>
    <message>
        <source>Reading the notes behind the count…</source>
        <translation>正在读取这个数字背后的备注…</translation>
    </message>
</context>
<context>
    <name>bd::VoiceSuggestionsBox</name>
    <message>
        <source>Nothing heard yet: the customer&apos;s interests, objections and promises show here as you type.</source>
        <translation>暂无识别结果：输入时，客户的兴趣、顾虑和约定会显示在这里。</translation>
    </message>
    <message>
        <source>Tick what the customer really said: it becomes a tag (or a task for a promised follow-up) when the outcome is saved.</source>
        <translation>请勾选客户确实说过的内容：保存结果时会生成标签（约定回访则生成任务）。</translation>
    </message>
    <message>
        <source>Heard: %1 - %2</source>
        <translation>听到：%1 - %2</translation>
    </message>
    <message>
        <source>(hedged)</source>
        <translation>（语气不确定）</translation>
    </message>
</context>
<context>
    <name>bd::VoiceSuggestionsDialog</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>不采纳(&amp;D)</translation>
    </message>
    <message>
        <source>Heard in notes</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>The customer said so: make the tag, or the task for a promised follow-up.</source>
        <translation>客户确实这么说：生成标签，约定回访则生成任务。</translation>
    </message>
    <message>
        <source>Misheard: leave it out of suggestions and counts.</source>
        <translation>识别有误：不再作为建议，也不计入统计。</translation>
    </message>
    <message>
        <source>Suggestions from what the customer said (nothing counts until you confirm it):</source>
        <translation>根据客户原话给出的建议（确认后才生效）：</translation>
    </message>
    <message>
        <source>Nothing waiting: every suggestion was confirmed or dismissed.</source>
        <translation>没有待处理的建议：全部已确认或不采纳。</translation>
    </message>
</context>
<context>
    <name>bd::VoidContactDialog</name>
    <message>
        <source>Void a contact with %1</source>
        <translation>作废与%1的联系记录</translation>
    </message>
    <message>
        <source>Void a contact logged for this customer by mistake. It stays on record, marked void, and no longer counts: not towards the contact limit, not as the last contact, and its call task is open again.</source>
        <translation>作废误记在该客户名下的联系记录。记录仍会保留并标为作废，但不再计入：不计入联系次数上限，不算作最近一次联系，对应的外呼任务重新打开。</translation>
    </message>
    <message>
        <source>e.g. logged for the wrong customer</source>
        <translation>例如：记到了别的客户名下</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>联系记录(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Void contact</source>
        <translation>作废(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>No contact with this customer can be voided now: a contact is voided within %n day(s) of it, by whoever logged it or by the branch head.</source>
        <translation>
            <numerusform>目前没有可作废的联系记录：联系记录只能在 %n 天内由记录人或网点负责人作废。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::WalkInLog</name>
    <message>
        <source>&amp;Save walk-in (Ctrl+Enter)</source>
        <translation>保存到店登记(&amp;S)（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Customer: name, pinyin, phone or ID suffix</source>
        <translation>客户：姓名、拼音、手机号码或身份证号码后几位</translation>
    </message>
    <message>
        <source>or describe: e.g. woman of about 50 with a driver</source>
        <translation>或描述客户：例如 50 岁左右女士，有司机陪同</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Why you judge differently (required)</source>
        <translation>判断不同的原因（必填）</translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation>（尚未询问）</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>排队号(&amp;T)</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>识别时机</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>业务类型(&amp;B)</translation>
    </message>
    <message>
        <source>Signals observed</source>
        <translation>观察到的识别信号</translation>
    </message>
    <message>
        <source>Value judgement</source>
        <translation>价值判断</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>客户类别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>分流去向</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested: %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;建议：%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Speaks against: %1</source>
        <translation>不支持此建议：%1</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2，%3到期</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Due within %n day(s):&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n天内到期：&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The holdings of this customer falling due could not be read, so they are neither shown nor counted in the suggestion: %1</source>
        <translation>无法读取该客户即将到期的持仓，因此既未显示，也未计入建议：%1</translation>
    </message>
    <message>
        <source>Whether this customer has an open referral could not be read: %1</source>
        <translation>无法查询该客户是否有未结的推荐：%1</translation>
    </message>
    <message>
        <source>no manager yet</source>
        <translation>尚未指定理财经理</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open referral&lt;/b&gt; to %1, filed %2, %3. This walk-in, whatever the class, is added to it for the manager; no second referral is filed.</source>
        <translation>&lt;b&gt;未结推荐&lt;/b&gt;：推荐给%1，%2 提交，%3。本次到店无论评估为哪一类，都会补充到这条推荐中告知理财经理，不会再提交第二条推荐。</translation>
    </message>
</context>
<context>
    <name>bd::WalkInRoute</name>
    <message>
        <source>Say</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Div&amp;ert to</source>
        <translation>分流至(&amp;E)</translation>
    </message>
</context>
<context>
    <name>bd::WealthManagerWorkspace</name>
    <message>
        <source>My customers</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <source>AUM of my customers</source>
        <translation>我的客户 AUM</translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation>未完成外呼任务</translation>
    </message>
    <message numerus="yes">
        <source>Money arriving in %n days</source>
        <translation>
            <numerusform>%n 天内预计到账资金</numerusform>
        </translation>
    </message>
    <message>
        <source>Care tasks due</source>
        <translation>到期关怀任务</translation>
    </message>
    <message numerus="yes">
        <source>Maturities and fund arrivals in %n days</source>
        <translation>
            <numerusform>%n 天内产品到期与资金到账</numerusform>
        </translation>
    </message>
    <message>
        <source>My customers by AUM</source>
        <translation>我的客户（按 AUM）</translation>
    </message>
    <message>
        <source>My customers by AUM (largest %1 of %2)</source>
        <translation>我的客户（按 AUM，前 %1 名，共 %2 名）</translation>
    </message>
    <message>
        <source>My customers by AUM (%1)</source>
        <translation>我的客户（按 AUM，%1）</translation>
    </message>
    <message>
        <source>Referral inbox</source>
        <translation>收到的推荐</translation>
    </message>
    <message>
        <source>&amp;Prep sheet</source>
        <translation>外呼准备单(&amp;P)</translation>
    </message>
    <message>
        <source>One page on the selected customer: money, interests, last contacts, talking points (Ctrl+Shift+P)</source>
        <translation>所选客户的一页式概览：资金、兴趣、最近接触、沟通要点（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Log &amp;outcome…</source>
        <translation>记录结果(&amp;O)…</translation>
    </message>
    <message>
        <source>What came of the call to the selected customer (Ctrl+Shift+O)</source>
        <translation>记录对所选客户的外呼结果（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Open &amp;360</source>
        <translation>打开客户360视图(&amp;3)</translation>
    </message>
    <message>
        <source>The selected customer&apos;s 360 (Enter)</source>
        <translation>打开所选客户的客户360视图（Enter）</translation>
    </message>
    <message>
        <source>Today: easiest to close now</source>
        <translation>今日：当前最易成交的客户</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>我的看板</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Record &amp;contact…</source>
        <translation>登记联系结果(&amp;C)…</translation>
    </message>
    <message>
        <source>What came of the contact with the selected opportunity&apos;s customer</source>
        <translation>登记所选商机客户的联系结果</translation>
    </message>
    <message>
        <source>Opportunities: contact by the deadline</source>
        <translation>商机：请在期限前联系</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日（%1）</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <source>No answer: try again</source>
        <translation>未接通，稍后再联系</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <source>Bought or signed up</source>
        <translation>已购买/已办理</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系结果</translation>
    </message>
    <message>
        <source>What came of the contact with %1?</source>
        <translation>与%1联系的结果如何？</translation>
    </message>
    <message>
        <source>Contact not recorded</source>
        <translation>联系结果未保存</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>新商机</translation>
    </message>
    <message numerus="yes">
        <source>%n new opportunities on Today</source>
        <translation>
            <numerusform>“今日”新增 %n 条商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing your care plan: %1 %</source>
        <translation>正在准备您的关怀计划：%1%</translation>
    </message>
</context>
<context>
    <name>bd::Workstation</name>
    <message>
        <source>Database not opened</source>
        <translation>数据库未打开</translation>
    </message>
</context>
<context>
    <name>bd::WorkstationEnrolment</name>
    <message>
        <source>Type the server&apos;s address, e.g. https://branchdesk.example:8470.</source>
        <translation>请输入服务器地址，例如 https://branchdesk.example:8470。</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be read.</source>
        <translation>无法读取证书颁发机构文件。</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>%1 holds data already; a branch download never replaces it.</source>
        <translation>%1 已有数据；网点下载绝不会覆盖它。</translation>
    </message>
    <message>
        <source>The branch download was cancelled; it goes on from here at the next try.</source>
        <translation>网点下载已取消；下次尝试时将从此处继续。</translation>
    </message>
    <message>
        <source>%1 could not be put in place; the download is kept as %2.</source>
        <translation>%1 无法就位；下载的文件保留为 %2。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BranchDesk</source>
        <translation>BranchDesk</translation>
    </message>
    <message>
        <source>The database %1 cannot be used.

%2</source>
        <translation>无法使用数据库 %1。

%2</translation>
    </message>
    <message>
        <source>The demo branch could not be created.

%1</source>
        <translation>演示网点未能创建。

%1</translation>
    </message>
    <message>
        <source>BranchDesk, the workstation of a bank branch.</source>
        <translation>BranchDesk 银行网点工作站。</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt; instead of the workstation&apos;s own.</source>
        <translation>打开数据库文件 &lt;path&gt;，而不是本工作站的数据库。</translation>
    </message>
    <message>
        <source>Use the language &lt;lang&gt; (zh_CN or en).</source>
        <translation>使用语言 &lt;lang&gt;（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt; (remembered; an empty value switches sync off).</source>
        <translation>与位于 &lt;url&gt; 的服务器同步（设置会被保存；值为空时关闭同步）。</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the sync server&apos;s certificate (remembered).</source>
        <translation>签发同步服务器证书的证书颁发机构的 PEM 文件（会被记住）。</translation>
    </message>
    <message>
        <source>Sign in as &lt;user&gt; with the password read from the first line of standard input.</source>
        <translation>以 &lt;用户名&gt; 登录，密码从标准输入的第一行读取。</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>TCP port (default 8470; 0 picks a free one).</source>
        <translation>TCP 端口（默认 8470；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>无法在 %1:%2 上监听。</translation>
    </message>
    <message>
        <source>Branch %1 is set up.</source>
        <translation>网点 %1 已创建。</translation>
    </message>
    <message>
        <source>Unknown role %1.</source>
        <translation>未知角色 %1。</translation>
    </message>
    <message>
        <source>Set BRANCHDESK_NEW_PASSWORD to a password of at least 8 characters.</source>
        <translation>请将 BRANCHDESK_NEW_PASSWORD 设置为至少 8 个字符的密码。</translation>
    </message>
    <message>
        <source>Unknown branch %1.</source>
        <translation>未知网点 %1。</translation>
    </message>
    <message>
        <source>User %1 can sign in.</source>
        <translation>用户 %1 现在可以登录了。</translation>
    </message>
    <message>
        <source>Unknown set-up command; see --help.</source>
        <translation>未知的初始化命令，请参阅 --help。</translation>
    </message>
    <message>
        <source>%1 holds no branch.</source>
        <translation>%1 中没有网点数据。</translation>
    </message>
    <message>
        <source>Branch %1 (%2): %3 rows in %4 pages imported as its baseline, as of change %5.</source>
        <translation>网点 %1（%2）：已将 %3 行数据（共 %4 页）导入为该网点的基线，截至变更 %5。</translation>
    </message>
    <message>
        <source>BranchDesk central sync server. Each setting comes from the command line, else its environment variable, else the configuration file, else the default (docs/SYNC_PROTOCOL.md lists them).</source>
        <translation>BranchDesk 中央同步服务器。每项设置依次取自命令行、对应的环境变量、配置文件，均未设置时使用默认值（详见 docs/SYNC_PROTOCOL.md）。</translation>
    </message>
    <message>
        <source>INI configuration file (or BRANCHDESK_SERVER_CONFIG).</source>
        <translation>INI 配置文件（或 BRANCHDESK_SERVER_CONFIG）。</translation>
    </message>
    <message>
        <source>info (default), warning or off.</source>
        <translation>info（默认）、warning 或 off。</translation>
    </message>
    <message>
        <source>PEM certificate: serve HTTPS.</source>
        <translation>PEM 证书：启用 HTTPS 服务。</translation>
    </message>
    <message>
        <source>PEM private key of the certificate.</source>
        <translation>证书的 PEM 私钥。</translation>
    </message>
    <message>
        <source>PostgreSQL host (default 127.0.0.1).</source>
        <translation>PostgreSQL 主机（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>PostgreSQL port (default 5432).</source>
        <translation>PostgreSQL 端口（默认 5432）。</translation>
    </message>
    <message>
        <source>PostgreSQL user (password from BRANCHDESK_PG_PASSWORD or the file).</source>
        <translation>PostgreSQL 用户（密码取自 BRANCHDESK_PG_PASSWORD 或配置文件）。</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation>无法读取 TLS 证书或私钥。</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a valid PEM file (RSA key), or TLS is not available.</source>
        <translation>TLS 证书或私钥不是有效的 PEM 文件（RSA 密钥），或 TLS 不可用。</translation>
    </message>
    <message>
        <source>Snapshot for new workstations: %1 (%2 MB, %3 ms: copy %4, clean-up %5, checksum %6).</source>
        <translation>新工作站快照：%1（%2 MB，%3 毫秒：复制 %4，清理 %5，校验 %6）。</translation>
    </message>
    <message>
        <source>Folder of the branch snapshots that import-branch makes for new workstations.</source>
        <translation>import-branch 为新工作站生成的网点快照所在文件夹。</translation>
    </message>
    <message>
        <source>sqlite (one embedded file, for a trial) or postgres (production); default: postgres if --pg-database is given, else sqlite.</source>
        <translation>sqlite（单个内嵌文件，用于试用）或 postgres（生产环境）；默认：提供了 --pg-database 时为 postgres，否则为 sqlite。</translation>
    </message>
    <message>
        <source>The SQLite file (default: branchdesk-server.db in the app data folder, or in $STATE_DIRECTORY).</source>
        <translation>SQLite 文件（默认：应用数据文件夹或 $STATE_DIRECTORY 中的 branchdesk-server.db）。</translation>
    </message>
    <message>
        <source>PostgreSQL database: the store is PostgreSQL (without one, the embedded SQLite file).</source>
        <translation>PostgreSQL 数据库：使用 PostgreSQL 存储（不提供时使用内嵌 SQLite 文件）。</translation>
    </message>
    <message>
        <source>Set-up commands need a database (--pg-database, or --db-driver sqlite).</source>
        <translation>设置命令需要数据库（--pg-database，或 --db-driver sqlite）。</translation>
    </message>
    <message>
        <source>Service account %1. Its key (shown only now; send it as &quot;Authorization: Bearer KEY&quot;):</source>
        <translation>服务账户 %1。其密钥如下（仅显示这一次；发送时请使用“Authorization: Bearer KEY”）：</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2: %3%4</source>
        <translation>%1:%2: %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed event(s); nothing was imported.</source>
        <translation>
            <numerusform>有 %n 个事件格式错误，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events: %2 new, %3 sent before, %4 of unknown customers; %5 opportunities delivered, %6 held back (%7 ms, %8 events/s).</source>
        <translation>共 %1 个事件：新增 %2 个，此前已发送 %3 个，未知客户 %4 个；已派发商机 %5 个，暂缓 %6 个（耗时 %7 毫秒，每秒 %8 个事件）。</translation>
    </message>
    <message>
        <source>Use: add-service-account NAME, or events import FILE.</source>
        <translation>用法：add-service-account NAME，或 events import FILE。</translation>
    </message>
    <message>
        <source>Branch %1: changes %2 to %3 folded into its snapshot; its log starts after %3.</source>
        <translation>网点 %1：变更 %2 至 %3 已并入快照；其日志从 %3 之后开始。</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) compacted (retention %1 days).</source>
        <translation>
            <numerusform>已压缩 %n 个网点的日志（保留 %1 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds a name or address is locked out after 10 (50) failed sign-ins in a row; doubled each time (default 900).</source>
        <translation>用户名或地址连续登录失败 10（50）次后被锁定的秒数；每次锁定时间翻倍（默认 900）。</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s headers (default 10).</source>
        <translation>客户端发送请求头的时限（秒，默认 10）。</translation>
    </message>
    <message>
        <source>Seconds of silence before a connection is closed (default 30).</source>
        <translation>连接无数据往来多少秒后关闭（默认 30）。</translation>
    </message>
    <message>
        <source>Open connections one client address may hold (default 16).</source>
        <translation>单个客户端地址可保持的连接数上限（默认 16）。</translation>
    </message>
    <message>
        <source>On SIGTERM, milliseconds of answering not ready before no longer accepting connections (default 1000).</source>
        <translation>收到 SIGTERM 后，先以“未就绪”应答多少毫秒，再停止接受连接（默认 1000）。</translation>
    </message>
    <message>
        <source>The set-up command compact-log folds changes older than this into each branch&apos;s snapshot (default 0: keep all).</source>
        <translation>初始化命令 compact-log 将早于此天数的变更并入各网点的快照（默认 0：全部保留）。</translation>
    </message>
    <message>
        <source>Several PostgreSQL servers, HOST:PORT,HOST:PORT: the one that takes writes is used (failover).</source>
        <translation>多个 PostgreSQL 服务器，格式为 HOST:PORT,HOST:PORT：使用其中可写入的那一台（故障切换）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No temporary folder for a copy of %1.</source>
        <translation>没有可存放 %1 副本的临时目录。</translation>
    </message>
    <message>
        <source>add-user: the new account&apos;s password</source>
        <translation>add-user：新账号的密码</translation>
    </message>
    <message>
        <source>Environment variables:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <source>as --config</source>
        <translation>同 --config</translation>
    </message>
    <message>
        <source>as --%1</source>
        <translation>同 --%1</translation>
    </message>
    <message>
        <source>PostgreSQL password (never taken from the command line)</source>
        <translation>PostgreSQL 密码（不从命令行读取）</translation>
    </message>
    <message>
        <source>systemd&apos;s state folder: where the SQLite file is by default</source>
        <translation>systemd 状态目录：SQLite 文件默认存放处</translation>
    </message>
    <message>
        <source>The Ed25519 key that signs audit checkpoints, made at the first start (default: audit-signing.key in the snapshot folder).</source>
        <translation>签发审计检查点的 Ed25519 密钥，首次启动时生成（默认：快照目录中的 audit-signing.key）。</translation>
    </message>
    <message>
        <source>Set-up instead of serving: &apos;add-branch ID CODE NAME&apos;, &apos;add-user USERNAME BRANCH_ID ROLE&apos; (password from BRANCHDESK_NEW_PASSWORD), &apos;import-branch WORKSTATION_FILE&apos; (the file&apos;s branch becomes the baseline new workstations download; a file with encrypted customer data needs BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD) or &apos;compact-log&apos;.</source>
        <translation>不启动服务而执行设置命令：&apos;add-branch 编号 代码 名称&apos;、&apos;add-user 用户名 网点编号 角色&apos;（密码取自 BRANCHDESK_NEW_PASSWORD）、&apos;import-branch 工作站文件&apos;（该文件的网点成为新工作站下载的基线；客户资料已加密的文件须设置 BRANCHDESK_IMPORT_USER 和 BRANCHDESK_IMPORT_PASSWORD）或 &apos;compact-log&apos;。</translation>
    </message>
    <message>
        <source>%1 is not the branch head of %2, whose password opens its customer data.</source>
        <translation>%1 不是 %2 的网点负责人，无法用其密码打开该文件的客户资料。</translation>
    </message>
    <message>
        <source>%1 holds customer data encrypted under that workstation&apos;s own key (%2): the server cannot read it, and workstations loading the branch page by page could not either. Nothing was imported. Set BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD to the branch head of that file to import it readable.</source>
        <translation>%1 中的客户资料以该工作站自身的密钥加密（%2）：服务器无法读取，按页加载网点的工作站也无法读取。未导入任何内容。请将 BRANCHDESK_IMPORT_USER 和 BRANCHDESK_IMPORT_PASSWORD 设为该文件的网点负责人，以可读方式导入。</translation>
    </message>
    <message>
        <source>import-branch: the branch head of the workstation file, whose key opens its encrypted customer data</source>
        <translation>import-branch：该工作站文件的网点负责人，用其密钥打开加密的客户资料</translation>
    </message>
    <message>
        <source>import-branch: that person&apos;s password</source>
        <translation>import-branch：此人的密码</translation>
    </message>
    <message>
        <source>Usage: branchdesk-server [options] import-branch WORKSTATION_FILE
The file&apos;s branch becomes the baseline and snapshot new workstations download. The file is only read, never changed. A file whose customer data is encrypted under its own key is imported only with BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD set to the active branch head of that file.</source>
        <translation>用法：branchdesk-server [选项] import-branch 工作站文件
该文件所属网点成为新工作站下载的基线和快照。只读取该文件，从不修改。客户资料以该文件自身密钥加密的，须将 BRANCHDESK_IMPORT_USER 和 BRANCHDESK_IMPORT_PASSWORD 设为该文件在职的网点负责人方可导入。</translation>
    </message>
    <message>
        <source>&apos;off&apos;: opportunities the event rules find stay on the server (by default they reach the branch&apos;s change log)</source>
        <translation>off：事件规则发现的商机只留在服务器上（默认写入网点的变更日志）</translation>
    </message>
    <message>
        <source>transaction: PostgreSQL is reached through a pooler that lends sessions per transaction (PgBouncer); no statement is kept prepared.</source>
        <translation>transaction：经由按事务分配会话的连接池（PgBouncer）访问 PostgreSQL，不保留预编译语句。</translation>
    </message>
</context>
</TS>
