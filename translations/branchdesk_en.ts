<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>AuditSigningKey</name>
    <message>
        <source>Cannot create the audit signing key %1.</source>
        <translation>Cannot create the audit signing key %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit signing key %1.</source>
        <translation>Cannot write the audit signing key %1.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <source>Cannot read the audit signing key %1.</source>
        <translation>Cannot read the audit signing key %1.</translation>
    </message>
    <message>
        <source>The audit signing key %1 may be read by others; make it the server&apos;s own (chmod 600).</source>
        <translation>The audit signing key %1 may be read by others; make it the server&apos;s own (chmod 600).</translation>
    </message>
    <message>
        <source>%1 is not an audit signing key.</source>
        <translation>%1 is not an audit signing key.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>entry %1 follows entry %2: entries between them were deleted or reordered</source>
        <translation>entry %1 follows entry %2: entries between them were deleted or reordered</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>entry %1 does not link to the entry before it</translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3) was edited after it was written</source>
        <translation>entry %1 (%2 by %3) was edited after it was written</translation>
    </message>
    <message>
        <source>the sync server&apos;s checkpoint kept here does not verify with its key: the checkpoint or the key was altered</source>
        <translation>the sync server&apos;s checkpoint kept here does not verify with its key: the checkpoint or the key was altered</translation>
    </message>
    <message>
        <source>the audit log ends at entry %1, but the sync server vouched for entry %2: entries were cut off</source>
        <translation>the audit log ends at entry %1, but the sync server vouched for entry %2: entries were cut off</translation>
    </message>
    <message>
        <source>entry %1 is not the one the sync server vouched for: the chain was rewritten (entries inserted or hashes recomputed)</source>
        <translation>entry %1 is not the one the sync server vouched for: the chain was rewritten (entries inserted or hashes recomputed)</translation>
    </message>
</context>
<context>
    <name>AuditUpload</name>
    <message>
        <source>The sync server refused the audit entries (%1): %2</source>
        <translation>The sync server refused the audit entries (%1): %2</translation>
    </message>
    <message>
        <source>The sync server sent an audit checkpoint that is not for this workstation&apos;s chain.</source>
        <translation>The sync server sent an audit checkpoint that is not for this workstation&apos;s chain.</translation>
    </message>
    <message>
        <source>The sync server sent an audit checkpoint without its key.</source>
        <translation>The sync server sent an audit checkpoint without its key.</translation>
    </message>
    <message>
        <source>The sync server signs audit checkpoints with another key than before; ask your administrator to check the server.</source>
        <translation>The sync server signs audit checkpoints with another key than before; ask your administrator to check the server.</translation>
    </message>
    <message>
        <source>The sync server&apos;s audit checkpoint does not verify with its key.</source>
        <translation>The sync server&apos;s audit checkpoint does not verify with its key.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minutes.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n minutes.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>Too many wrong passwords: this account is locked until %1.</translation>
    </message>
    <message>
        <source>Signing in could not be recorded: %1</source>
        <translation>Signing in could not be recorded: %1</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>The user name or password is incorrect.</translation>
    </message>
    <message>
        <source>This account has been disabled. Ask your branch administrator.</source>
        <translation>This account has been disabled. Ask your branch administrator.</translation>
    </message>
    <message>
        <source>The sync server refused this account at its last sign-in (disabled, or its password was changed there). Sign in while connected to the server.</source>
        <translation>The sync server refused this account at its last sign-in (disabled, or its password was changed there). Sign in while connected to the server.</translation>
    </message>
    <message>
        <source>The server account %1 is not on this workstation&apos;s staff list yet. Ask your administrator to add it to the branch, then sync.</source>
        <translation>The server account %1 is not on this workstation&apos;s staff list yet. Ask your administrator to add it to the branch, then sync.</translation>
    </message>
</context>
<context>
    <name>BaselineDownload</name>
    <message>
        <source>The sync server refused the branch download (%1): %2</source>
        <translation>The sync server refused the branch download (%1): %2</translation>
    </message>
    <message>
        <source>The branch download stopped after %1 pages; it goes on at the next sync.</source>
        <translation>The branch download stopped after %1 pages; it goes on at the next sync.</translation>
    </message>
    <message>
        <source>The sync server refused a page of the branch download (%1): %2</source>
        <translation>The sync server refused a page of the branch download (%1): %2</translation>
    </message>
    <message>
        <source>The personal data of the branch download could not be sealed: %1</source>
        <translation>The personal data of the branch download could not be sealed: %1</translation>
    </message>
    <message>
        <source>The branch download could not be marked for sealing.</source>
        <translation>The branch download could not be marked for sealing.</translation>
    </message>
    <message>
        <source>The customer search index could not be rebuilt after the branch download: %1</source>
        <translation>The customer search index could not be rebuilt after the branch download: %1</translation>
    </message>
    <message>
        <source>The search index could not be marked for rebuilding.</source>
        <translation>The search index could not be marked for rebuilding.</translation>
    </message>
</context>
<context>
    <name>BaselineLoad</name>
    <message>
        <source>The indexes set aside for the branch download could not be made again: %1</source>
        <translation>The indexes set aside for the branch download could not be made again: %1</translation>
    </message>
    <message>
        <source>The indexes could not be set aside for the branch download: %1</source>
        <translation>The indexes could not be set aside for the branch download: %1</translation>
    </message>
    <message>
        <source>A page of the branch download could not be loaded: %1</source>
        <translation>A page of the branch download could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>A baseline page is not a CBOR map.</source>
        <translation>A baseline page is not a CBOR map.</translation>
    </message>
    <message>
        <source>A baseline page has a key that is not text.</source>
        <translation>A baseline page has a key that is not text.</translation>
    </message>
    <message>
        <source>A baseline page names table %1, which is not replicated.</source>
        <translation>A baseline page names table %1, which is not replicated.</translation>
    </message>
    <message>
        <source>A baseline page&apos;s columns are not a list.</source>
        <translation>A baseline page&apos;s columns are not a list.</translation>
    </message>
    <message>
        <source>A baseline page has rows before its table and columns.</source>
        <translation>A baseline page has rows before its table and columns.</translation>
    </message>
    <message>
        <source>A baseline page&apos;s rows are not a list.</source>
        <translation>A baseline page&apos;s rows are not a list.</translation>
    </message>
    <message>
        <source>A baseline row is not a list.</source>
        <translation>A baseline row is not a list.</translation>
    </message>
    <message>
        <source>A baseline page is damaged: %1</source>
        <translation>A baseline page is damaged: %1</translation>
    </message>
    <message>
        <source>A value of %1.%2 does not open with the file&apos;s data key.</source>
        <translation>A value of %1.%2 does not open with the file&apos;s data key.</translation>
    </message>
</context>
<context>
    <name>BranchOpportunityDesk</name>
    <message>
        <source>Only an active wealth manager of this branch can take an opportunity.</source>
        <translation>Only an active wealth manager of this branch can take an opportunity.</translation>
    </message>
    <message>
        <source>This opportunity is no longer in the branch pool: someone may have taken it already. Refresh and try again.</source>
        <translation>This opportunity is no longer in the branch pool: someone may have taken it already. Refresh and try again.</translation>
    </message>
    <message>
        <source>The hand-out could not be audited.</source>
        <translation>The hand-out could not be audited.</translation>
    </message>
</context>
<context>
    <name>BranchOpportunityModel</name>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Recover by</source>
        <translation>Recover by</translation>
    </message>
    <message>
        <source>Held back or waiting because</source>
        <translation>Held back or waiting because</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Was due</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <source>Escalated %1</source>
        <translation>Escalated %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Branch pool</source>
        <translation>Branch pool</translation>
    </message>
    <message>
        <source>Past its deadline without a contact: shown to every wealth manager</source>
        <translation>Past its deadline without a contact: shown to every wealth manager</translation>
    </message>
</context>
<context>
    <name>BranchRuleEditor</name>
    <message>
        <source>There is no rule %1.</source>
        <translation>There is no rule %1.</translation>
    </message>
    <message>
        <source>This value cannot be used: %1 must be from %2 to %3.</source>
        <translation>This value cannot be used: %1 must be from %2 to %3.</translation>
    </message>
    <message>
        <source>This value cannot be used: %1</source>
        <translation>This value cannot be used: %1</translation>
    </message>
    <message>
        <source>The rule change could not be audited.</source>
        <translation>The rule change could not be audited.</translation>
    </message>
</context>
<context>
    <name>BranchRuleFile</name>
    <message>
        <source>%1 is larger than a rule file can be (%2 MB); the rules in force stay.</source>
        <translation>%1 is larger than a rule file can be (%2 MB); the rules in force stay.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The rule file was not installed, the rules in force stay. Its problems:
%1</source>
        <translation>The rule file was not installed, the rules in force stay. Its problems:
%1</translation>
    </message>
    <message>
        <source>The rule file could not be kept: %1</source>
        <translation>The rule file could not be kept: %1</translation>
    </message>
    <message>
        <source>The rule file could not be audited.</source>
        <translation>The rule file could not be audited.</translation>
    </message>
    <message>
        <source>The shipped rules could not be put back: %1</source>
        <translation>The shipped rules could not be put back: %1</translation>
    </message>
    <message>
        <source>Going back to the shipped rules could not be audited.</source>
        <translation>Going back to the shipped rules could not be audited.</translation>
    </message>
</context>
<context>
    <name>BranchSnapshot</name>
    <message>
        <source>The snapshot folder %1 cannot be used for branch %2.</source>
        <translation>The snapshot folder %1 cannot be used for branch %2.</translation>
    </message>
    <message>
        <source>The snapshot of %1 could not be written: %2</source>
        <translation>The snapshot of %1 could not be written: %2</translation>
    </message>
    <message>
        <source>The snapshot could not be prepared: %1</source>
        <translation>The snapshot could not be prepared: %1</translation>
    </message>
    <message>
        <source>The snapshot could not be written to %1.</source>
        <translation>The snapshot could not be written to %1.</translation>
    </message>
    <message>
        <source>The branch download is not a BranchDesk database.</source>
        <translation>The branch download is not a BranchDesk database.</translation>
    </message>
    <message>
        <source>The branch download could not be closed cleanly.</source>
        <translation>The branch download could not be closed cleanly.</translation>
    </message>
</context>
<context>
    <name>CallListMaker</name>
    <message>
        <source>Give the call list a name.</source>
        <translation>Give the call list a name.</translation>
    </message>
    <message>
        <source>The call list has no customers.</source>
        <translation>The call list has no customers.</translation>
    </message>
    <message>
        <source>The call list needs a validity period that ends on or after its start.</source>
        <translation>The call list needs a validity period that ends on or after its start.</translation>
    </message>
    <message>
        <source>Choose list mode or owner mode.</source>
        <translation>Choose list mode or owner mode.</translation>
    </message>
    <message>
        <source>Choose at least one wealth manager for the list.</source>
        <translation>Choose at least one wealth manager for the list.</translation>
    </message>
    <message>
        <source>%1 is not a wealth manager of this branch.</source>
        <translation>%1 is not a wealth manager of this branch.</translation>
    </message>
    <message>
        <source>Say why the contact rules are overridden for the chosen customers.</source>
        <translation>Say why the contact rules are overridden for the chosen customers.</translation>
    </message>
    <message>
        <source>The call list could not be saved: %1</source>
        <translation>The call list could not be saved: %1</translation>
    </message>
    <message>
        <source>None of the %1 customers may be called now (contact rules, no manager or not of this branch): the list was not handed out.</source>
        <translation>None of the %1 customers may be called now (contact rules, no manager or not of this branch): the list was not handed out.</translation>
    </message>
    <message>
        <source>One of the wealth managers chosen is not a wealth manager of this branch any more: choose the managers again.</source>
        <translation>One of the wealth managers chosen is not a wealth manager of this branch any more: choose the managers again.</translation>
    </message>
    <message numerus="yes">
        <source>A call list named &quot;%1&quot; for these dates was already handed out with %n of these customers on it: they are not given out twice.</source>
        <translation>
            <numerusform>A call list named &quot;%1&quot; for these dates was already handed out with %n of these customers on it: they are not given out twice.</numerusform>
            <numerusform>A call list named &quot;%1&quot; for these dates was already handed out with %n of these customers on it: they are not given out twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hand-out was stopped: no call list was saved.</source>
        <translation>The hand-out was stopped: no call list was saved.</translation>
    </message>
</context>
<context>
    <name>CallListModel</name>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Managers</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Interested %</source>
        <translation>Interested %</translation>
    </message>
    <message>
        <source>Refused %</source>
        <translation>Refused %</translation>
    </message>
    <message>
        <source>Share of the reached customers (%1)</source>
        <translation>Share of the reached customers (%1)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>CallOutcomes</name>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Appointment made</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>Choose what came of the call.</translation>
    </message>
    <message>
        <source>Choose how you contacted the customer (channel).</source>
        <translation>Choose how you contacted the customer (channel).</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past.</source>
        <translation>The next follow-up cannot be in the past.</translation>
    </message>
    <message>
        <source>This contact breaks the contact rules:
%1
Give a reason to override them.</source>
        <translation>This contact breaks the contact rules:
%1
Give a reason to override them.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>The contact could not be saved: %1</translation>
    </message>
    <message>
        <source>This call task is no longer open.</source>
        <translation>This call task is no longer open.</translation>
    </message>
    <message>
        <source>Only the manager the call task is assigned to may log its outcome.</source>
        <translation>Only the manager the call task is assigned to may log its outcome.</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Someone else changed this call task meanwhile. Reload and try again.</source>
        <translation>Someone else changed this call task meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The call task could not be saved: %1</source>
        <translation>The call task could not be saved: %1</translation>
    </message>
    <message>
        <source>The call outcome could not be saved: %1</source>
        <translation>The call outcome could not be saved: %1</translation>
    </message>
    <message>
        <source>This care task is no longer open.</source>
        <translation>This care task is no longer open.</translation>
    </message>
    <message>
        <source>Only the manager the care task is assigned to may log it.</source>
        <translation>Only the manager the care task is assigned to may log it.</translation>
    </message>
    <message>
        <source>Someone else changed this care task meanwhile. Reload and try again.</source>
        <translation>Someone else changed this care task meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The care task could not be saved: %1</source>
        <translation>The care task could not be saved: %1</translation>
    </message>
    <message>
        <source>The care contact could not be saved: %1</source>
        <translation>The care contact could not be saved: %1</translation>
    </message>
    <message>
        <source>The call cannot have been made later than now.</source>
        <translation>The call cannot have been made later than now.</translation>
    </message>
    <message>
        <source>The call task could not be read: %1</source>
        <translation>The call task could not be read: %1</translation>
    </message>
    <message>
        <source>The care task could not be read: %1</source>
        <translation>The care task could not be read: %1</translation>
    </message>
</context>
<context>
    <name>CallPrepSheet</name>
    <message>
        <source>%1 of %2 matures on %3: offer a follow-on product before it leaves.</source>
        <translation>%1 of %2 matures on %3: offer a follow-on product before it leaves.</translation>
    </message>
    <message>
        <source>Expects %1 (%2) on %3: ask what the money is for.</source>
        <translation>Expects %1 (%2) on %3: ask what the money is for.</translation>
    </message>
    <message>
        <source>Recent interest: %1. Ask what caught their eye.</source>
        <translation>Recent interest: %1. Ask what caught their eye.</translation>
    </message>
    <message>
        <source>Last objection: &quot;%1&quot;. Prepare an answer; do not ask again what they already told us.</source>
        <translation>Last objection: &quot;%1&quot;. Prepare an answer; do not ask again what they already told us.</translation>
    </message>
    <message>
        <source>KYC: ask about %1 (%2% known).</source>
        <translation>KYC: ask about %1 (%2% known).</translation>
    </message>
    <message>
        <source>Call prep sheet: %1</source>
        <translation>Call prep sheet: %1</translation>
    </message>
    <message>
        <source>Contact rules: do not call unless overridden with a reason</source>
        <translation>Contact rules: do not call unless overridden with a reason</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>%1 (CIF %2), %3</source>
        <translation>%1 (CIF %2), %3</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n years</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tier and AUM</source>
        <translation>Tier and AUM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>Why now (score %1)</source>
        <translation>Why now (score %1)</translation>
    </message>
    <message>
        <source>Money and maturities</source>
        <translation>Money and maturities</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Matures</source>
        <translation>Matures</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Expected arrival</source>
        <translation>Expected arrival</translation>
    </message>
    <message>
        <source>Interests and tags</source>
        <translation>Interests and tags</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Last contacts and customer voice</source>
        <translation>Last contacts and customer voice</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>Customer voice</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>No contact logged yet.</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <source>Ask about plans for the coming months (PPF: future, finance).</source>
        <translation>Ask about plans for the coming months (PPF: future, finance).</translation>
    </message>
    <message>
        <source>Prepared %1. Personal data masked.</source>
        <translation>Prepared %1. Personal data masked.</translation>
    </message>
    <message>
        <source>Call prep sheet</source>
        <translation>Call prep sheet</translation>
    </message>
    <message>
        <source>What to talk about (heard in notes)</source>
        <translation>What to talk about (heard in notes)</translation>
    </message>
    <message>
        <source>Next best offers</source>
        <translation>Next best offers</translation>
    </message>
    <message>
        <source>Nothing on the shelf fits now.</source>
        <translation>Nothing on the shelf fits now.</translation>
    </message>
    <message>
        <source>, needs 双录</source>
        <translation>, needs 双录</translation>
    </message>
    <message>
        <source>not on file</source>
        <translation>not on file</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <source>No holdings at the bank and no money expected.</source>
        <translation>No holdings at the bank and no money expected.</translation>
    </message>
</context>
<context>
    <name>CallScoring</name>
    <message numerus="yes">
        <source>%1 became free %n day(s) ago</source>
        <translation>
            <numerusform>%1 became free %n day(s) ago</numerusform>
            <numerusform>%1 became free %n day(s) ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 arriving in %n day(s)</source>
        <translation>
            <numerusform>%1 arriving in %n day(s)</numerusform>
            <numerusform>%1 arriving in %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>large amount (CNY 500,000 or more)</source>
        <translation>large amount (CNY 500,000 or more)</translation>
    </message>
    <message>
        <source>amount of CNY 50,000 or more</source>
        <translation>amount of CNY 50,000 or more</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day(s) ago)</numerusform>
            <numerusform>%1 (%n day(s) ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>consulted %n day(s) ago</source>
        <translation>
            <numerusform>consulted %n day(s) ago</numerusform>
            <numerusform>consulted %n day(s) ago</numerusform>
        </translation>
    </message>
    <message>
        <source>last contact: %1</source>
        <translation>last contact: %1</translation>
    </message>
    <message>
        <source>follow-up due %1</source>
        <translation>follow-up due %1</translation>
    </message>
    <message>
        <source>KYC %1% known</source>
        <translation>KYC %1% known</translation>
    </message>
    <message>
        <source>care step: %1</source>
        <translation>care step: %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>contacted today</source>
        <translation>contacted today</translation>
    </message>
    <message numerus="yes">
        <source>contacted %n day(s) ago</source>
        <translation>
            <numerusform>contacted %n day(s) ago</numerusform>
            <numerusform>contacted %n day(s) ago</numerusform>
        </translation>
    </message>
    <message>
        <source>DO NOT CONTACT</source>
        <translation>DO NOT CONTACT</translation>
    </message>
    <message>
        <source>the household is %1 short of %2</source>
        <translation>the household is %1 short of %2</translation>
    </message>
</context>
<context>
    <name>CallTaskModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Why now</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <translation>Last outcome</translation>
    </message>
    <message>
        <source>Care: %1</source>
        <translation>Care: %1</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Call: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempts)</source>
        <translation>
            <numerusform>%1 (%n attempts)</numerusform>
            <numerusform>%1 (%n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePlanner</name>
    <message>
        <source>%1 maturing on %2: %3</source>
        <translation>%1 maturing on %2: %3</translation>
    </message>
    <message>
        <source>The care plan could not be saved: %1</source>
        <translation>The care plan could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>CareTaskModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Care task</source>
        <translation>Care task</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ChangePull</name>
    <message>
        <source>The sync server refused the download (%1): %2</source>
        <translation>The sync server refused the download (%1): %2</translation>
    </message>
    <message>
        <source>The sync server sent a malformed change: %1</source>
        <translation>The sync server sent a malformed change: %1</translation>
    </message>
    <message>
        <source>The search index could not be marked for rebuilding.</source>
        <translation>The search index could not be marked for rebuilding.</translation>
    </message>
    <message>
        <source>The search keys of a pulled customer could not be updated: %1</source>
        <translation>The search keys of a pulled customer could not be updated: %1</translation>
    </message>
    <message>
        <source>The clock offset to the sync server could not be stored.</source>
        <translation>The clock offset to the sync server could not be stored.</translation>
    </message>
    <message>
        <source>The consent of a pulled customer could not be brought up to date: %1</source>
        <translation>The consent of a pulled customer could not be brought up to date: %1</translation>
    </message>
    <message>
        <source>Duplicate opportunities could not be merged: %1</source>
        <translation>Duplicate opportunities could not be merged: %1</translation>
    </message>
</context>
<context>
    <name>ChangeValidation</name>
    <message>
        <source>id_number is not a valid resident ID number</source>
        <translation>id_number is not a valid resident ID number</translation>
    </message>
    <message>
        <source>phone is not a valid mobile number</source>
        <translation>phone is not a valid mobile number</translation>
    </message>
    <message>
        <source>%1 is not an amount in fen from 0 to 10 trillion yuan</source>
        <translation>%1 is not an amount in fen from 0 to 10 trillion yuan</translation>
    </message>
    <message>
        <source>%1 is not a customer tier</source>
        <translation>%1 is not a customer tier</translation>
    </message>
    <message>
        <source>risk_level must be 1 to 5</source>
        <translation>risk_level must be 1 to 5</translation>
    </message>
    <message>
        <source>gender must be M or F</source>
        <translation>gender must be M or F</translation>
    </message>
    <message>
        <source>marital_status is not one of the known states</source>
        <translation>marital_status is not one of the known states</translation>
    </message>
    <message>
        <source>lifecycle_stage is not one of the known stages</source>
        <translation>lifecycle_stage is not one of the known stages</translation>
    </message>
    <message>
        <source>assignment_mode must be owned or list</source>
        <translation>assignment_mode must be owned or list</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1</source>
        <translation>%1 must be 0 or 1</translation>
    </message>
    <message>
        <source>%1 may not delete or erase a customer (the branch head does)</source>
        <translation>%1 may not delete or erase a customer (the branch head does)</translation>
    </message>
    <message>
        <source>%1 may not set %2: it comes from core banking</source>
        <translation>%1 may not set %2: it comes from core banking</translation>
    </message>
    <message>
        <source>%1 may not move a customer into a book (the branch head does)</source>
        <translation>%1 may not move a customer into a book (the branch head does)</translation>
    </message>
    <message>
        <source>role is not a staff role</source>
        <translation>role is not a staff role</translation>
    </message>
    <message>
        <source>birth_year is not a year from 1900 to 2100</source>
        <translation>birth_year is not a year from 1900 to 2100</translation>
    </message>
    <message>
        <source>birth_year is not the year of birth_date</source>
        <translation>birth_year is not the year of birth_date</translation>
    </message>
    <message>
        <source>%1 may not delete an opportunity (the branch head erases one with its customer)</source>
        <translation>%1 may not delete an opportunity (the branch head erases one with its customer)</translation>
    </message>
    <message>
        <source>status is not an opportunity&apos;s status</source>
        <translation>status is not an opportunity&apos;s status</translation>
    </message>
    <message>
        <source>a workstation raises opportunities of origin desk only</source>
        <translation>a workstation raises opportunities of origin desk only</translation>
    </message>
    <message>
        <source>outcome is not an opportunity&apos;s outcome</source>
        <translation>outcome is not an opportunity&apos;s outcome</translation>
    </message>
    <message>
        <source>%1 of an opportunity is the rule&apos;s and may not be changed</source>
        <translation>%1 of an opportunity is the rule&apos;s and may not be changed</translation>
    </message>
    <message>
        <source>rule_json is not a rule that can run: %1</source>
        <translation>rule_json is not a rule that can run: %1</translation>
    </message>
    <message>
        <source>rule_json is rule %1, not %2</source>
        <translation>rule_json is rule %1, not %2</translation>
    </message>
    <message>
        <source>username is longer than a user name can be</source>
        <translation>username is longer than a user name can be</translation>
    </message>
    <message>
        <source>an opportunity of origin server is the server&apos;s: a workstation sends one back only as the server made it</source>
        <translation>an opportunity of origin server is the server&apos;s: a workstation sends one back only as the server made it</translation>
    </message>
    <message>
        <source>a new rule file needs its definition_json</source>
        <translation>a new rule file needs its definition_json</translation>
    </message>
    <message>
        <source>definition_json is not a rule file: it must be the file&apos;s JSON text</source>
        <translation>definition_json is not a rule file: it must be the file&apos;s JSON text</translation>
    </message>
    <message>
        <source>definition_json is not a rule file that can run:
%1</source>
        <translation>definition_json is not a rule file that can run:
%1</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>This conflict was already reviewed.</source>
        <translation>This conflict was already reviewed.</translation>
    </message>
    <message>
        <source>The field %1 of %2 no longer exists.</source>
        <translation>The field %1 of %2 no longer exists.</translation>
    </message>
    <message>
        <source>The review could not be written to the audit log.</source>
        <translation>The review could not be written to the audit log.</translation>
    </message>
    <message>
        <source>A change that could not be applied here cannot be written back; keep the synced record to close it.</source>
        <translation>A change that could not be applied here cannot be written back; keep the synced record to close it.</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <source>Marketing calls</source>
        <translation>Marketing calls</translation>
    </message>
    <message>
        <source>Marketing SMS</source>
        <translation>Marketing SMS</translation>
    </message>
    <message>
        <source>Marketing via WeChat</source>
        <translation>Marketing via WeChat</translation>
    </message>
    <message>
        <source>Marketing e-mail</source>
        <translation>Marketing e-mail</translation>
    </message>
    <message>
        <source>Sharing within the group</source>
        <translation>Sharing within the group</translation>
    </message>
    <message>
        <source>Sharing with partners</source>
        <translation>Sharing with partners</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>By phone (recorded call)</source>
        <translation>By phone (recorded call)</translation>
    </message>
    <message>
        <source>Signed paper form</source>
        <translation>Signed paper form</translation>
    </message>
    <message>
        <source>E-banking</source>
        <translation>E-banking</translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation>Mobile banking</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>Say where the customer gave or withdrew consent.</source>
        <translation>Say where the customer gave or withdrew consent.</translation>
    </message>
    <message>
        <source>A grant of consent needs its evidence: the form number or the reference of the recorded call.</source>
        <translation>A grant of consent needs its evidence: the form number or the reference of the recorded call.</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>The consent could not be saved: %1</source>
        <translation>The consent could not be saved: %1</translation>
    </message>
    <message>
        <source>The customer changed meanwhile.</source>
        <translation>The customer changed meanwhile.</translation>
    </message>
</context>
<context>
    <name>ContactPolicy</name>
    <message>
        <source>The customer asked not to be contacted.</source>
        <translation>The customer asked not to be contacted.</translation>
    </message>
    <message>
        <source>The customer has not consented to marketing contacts.</source>
        <translation>The customer has not consented to marketing contacts.</translation>
    </message>
    <message numerus="yes">
        <source>The customer had %1 marketing contacts in the last %n days (at most %2).</source>
        <translation>
            <numerusform>The customer had %1 marketing contacts in the last %n days (at most %2).</numerusform>
            <numerusform>The customer had %1 marketing contacts in the last %n days (at most %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Quiet hours: no calls or messages between %1 and %2.</source>
        <translation>Quiet hours: no calls or messages between %1 and %2.</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>No marketing consent</translation>
    </message>
    <message>
        <source>Contact limit reached</source>
        <translation>Contact limit reached</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>No owning manager</source>
        <translation>No owning manager</translation>
    </message>
    <message>
        <source>Not a customer of this branch</source>
        <translation>Not a customer of this branch</translation>
    </message>
    <message>
        <source>Marketing (offering products)</source>
        <translation>Marketing (offering products)</translation>
    </message>
    <message>
        <source>Care (relationship, greetings)</source>
        <translation>Care (relationship, greetings)</translation>
    </message>
    <message>
        <source>Service (the customer&apos;s own business)</source>
        <translation>Service (the customer&apos;s own business)</translation>
    </message>
</context>
<context>
    <name>ContactRulesService</name>
    <message>
        <source>The contact limit must be 0 or more and the period between 1 and 366 days.</source>
        <translation>The contact limit must be 0 or more and the period between 1 and 366 days.</translation>
    </message>
    <message>
        <source>The contact rules could not be saved: %1</source>
        <translation>The contact rules could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ContactVoidCheck</name>
    <message>
        <source>void_reason is changed only with the void, or by erasure</source>
        <translation>void_reason is changed only with the void, or by erasure</translation>
    </message>
    <message>
        <source>a voided contact stays void: its void cannot be changed</source>
        <translation>a voided contact stays void: its void cannot be changed</translation>
    </message>
    <message>
        <source>a void of a contact needs voided_at, voided_by and void_reason</source>
        <translation>a void of a contact needs voided_at, voided_by and void_reason</translation>
    </message>
    <message>
        <source>voided_by is not the signed-in user</source>
        <translation>voided_by is not the signed-in user</translation>
    </message>
    <message>
        <source>only whoever logged a contact, or the branch head, may void it</source>
        <translation>only whoever logged a contact, or the branch head, may void it</translation>
    </message>
    <message>
        <source>a contact can be voided only within %1 days of it</source>
        <translation>a contact can be voided only within %1 days of it</translation>
    </message>
    <message>
        <source>a contact new to the server is voided only by whoever logged it</source>
        <translation>a contact new to the server is voided only by whoever logged it</translation>
    </message>
    <message>
        <source>a contact older than %1 days by the server&apos;s clock cannot be voided</source>
        <translation>a contact older than %1 days by the server&apos;s clock cannot be voided</translation>
    </message>
</context>
<context>
    <name>ContactVoiding</name>
    <message>
        <source>Say why this contact is void (for example: logged for the wrong customer).</source>
        <translation>Say why this contact is void (for example: logged for the wrong customer).</translation>
    </message>
    <message>
        <source>The contact could not be read: %1</source>
        <translation>The contact could not be read: %1</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
    <message>
        <source>This contact is void already.</source>
        <translation>This contact is void already.</translation>
    </message>
    <message>
        <source>Only whoever logged this contact, or the branch head, may void it.</source>
        <translation>Only whoever logged this contact, or the branch head, may void it.</translation>
    </message>
    <message numerus="yes">
        <source>A contact can be voided only within %n day(s) of it; ask the branch head to review this one.</source>
        <translation>
            <numerusform>A contact can be voided only within %n day(s) of it; ask the branch head to review this one.</numerusform>
            <numerusform>A contact can be voided only within %n day(s) of it; ask the branch head to review this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this contact meanwhile. Reload and try again.</source>
        <translation>Someone else changed this contact meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The contact could not be voided: %1</source>
        <translation>The contact could not be voided: %1</translation>
    </message>
    <message>
        <source>The call task could not be read: %1</source>
        <translation>The call task could not be read: %1</translation>
    </message>
    <message>
        <source>Someone else changed the call task meanwhile. Reload and try again.</source>
        <translation>Someone else changed the call task meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The call task could not be saved: %1</source>
        <translation>The call task could not be saved: %1</translation>
    </message>
    <message>
        <source>The care task could not be read: %1</source>
        <translation>The care task could not be read: %1</translation>
    </message>
    <message>
        <source>Someone else changed the care task meanwhile. Reload and try again.</source>
        <translation>Someone else changed the care task meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The care task could not be saved: %1</source>
        <translation>The care task could not be saved: %1</translation>
    </message>
    <message>
        <source>The follow-up opportunity could not be read: %1</source>
        <translation>The follow-up opportunity could not be read: %1</translation>
    </message>
    <message>
        <source>Someone else changed the follow-up opportunity meanwhile. Reload and try again.</source>
        <translation>Someone else changed the follow-up opportunity meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The follow-up opportunity could not be withdrawn: %1</source>
        <translation>The follow-up opportunity could not be withdrawn: %1</translation>
    </message>
    <message>
        <source>What was heard in the contact&apos;s note could not be read: %1</source>
        <translation>What was heard in the contact&apos;s note could not be read: %1</translation>
    </message>
    <message>
        <source>What was heard in the contact&apos;s note could not be withdrawn: %1</source>
        <translation>What was heard in the contact&apos;s note could not be withdrawn: %1</translation>
    </message>
</context>
<context>
    <name>CoreBankingImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it.</source>
        <translation>%1 is larger than %2 MiB; split it.</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>The file is empty: the first line must name the columns.</translation>
    </message>
    <message>
        <source>Line 1: unknown column &apos;%1&apos;. Known columns: %2.</source>
        <translation>Line 1: unknown column &apos;%1&apos;. Known columns: %2.</translation>
    </message>
    <message>
        <source>Line 1: the column &apos;%1&apos; appears twice.</source>
        <translation>Line 1: the column &apos;%1&apos; appears twice.</translation>
    </message>
    <message>
        <source>Line 1: the required column &apos;%1&apos; is missing.</source>
        <translation>Line 1: the required column &apos;%1&apos; is missing.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header names %1.</source>
        <translation>
            <numerusform>%n field(s), but the header names %1.</numerusform>
            <numerusform>%n field(s), but the header names %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is larger than %1 MiB; split it.</source>
        <translation>The file is larger than %1 MiB; split it.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message>
        <source>The file holds binary data, not CSV text.</source>
        <translation>The file holds binary data, not CSV text.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>more than %1 fields.</source>
        <translation>more than %1 fields.</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>text after the closing quote of a field; a quote inside a quoted field is written twice (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quote in the middle of an unquoted field; quote the whole field and double the quote (&quot;&quot;).</source>
        <translation>a quote in the middle of an unquoted field; quote the whole field and double the quote (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file.</source>
        <translation>a quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>The file is not %1 text, as declared: check the encoding it was saved in; nothing was imported.</source>
        <translation>The file is not %1 text, as declared: check the encoding it was saved in; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (it may be GBK, as Excel saves CSV on Chinese Windows). Import it with --encoding gbk, or save it as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</source>
        <translation>The file is not UTF-8 text (it may be GBK, as Excel saves CSV on Chinese Windows). Import it with --encoding gbk, or save it as &quot;CSV UTF-8&quot; and import it again; nothing was imported.</translation>
    </message>
</context>
<context>
    <name>Customer360Queries</name>
    <message>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <source>%1 (a status this version of BranchDesk does not know)</source>
        <translation>%1 (a status this version of BranchDesk does not know)</translation>
    </message>
</context>
<context>
    <name>Customer360Service</name>
    <message>
        <source>Choose how you contacted the customer (channel).</source>
        <translation>Choose how you contacted the customer (channel).</translation>
    </message>
    <message>
        <source>The outcome &quot;%1&quot; is not one of the known outcomes.</source>
        <translation>The outcome &quot;%1&quot; is not one of the known outcomes.</translation>
    </message>
    <message>
        <source>Say what the contact was about (purpose).</source>
        <translation>Say what the contact was about (purpose).</translation>
    </message>
    <message>
        <source>The next follow-up cannot be in the past.</source>
        <translation>The next follow-up cannot be in the past.</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>The contact could not be saved: %1</source>
        <translation>The contact could not be saved: %1</translation>
    </message>
    <message>
        <source>The tag could not be added: %1</source>
        <translation>The tag could not be added: %1</translation>
    </message>
    <message>
        <source>The customer no longer has this tag.</source>
        <translation>The customer no longer has this tag.</translation>
    </message>
    <message>
        <source>The tag could not be removed: %1</source>
        <translation>The tag could not be removed: %1</translation>
    </message>
    <message>
        <source>Choose the kind of contact: marketing, care or service.</source>
        <translation>Choose the kind of contact: marketing, care or service.</translation>
    </message>
    <message>
        <source>This contact breaks the contact rules:
%1
Give a reason to override them.</source>
        <translation>This contact breaks the contact rules:
%1
Give a reason to override them.</translation>
    </message>
    <message numerus="yes">
        <source>Say in a few words why the contact rules are overridden (at least %n characters).</source>
        <translation>
            <numerusform>Say in a few words why the contact rules are overridden (at least %n characters).</numerusform>
            <numerusform>Say in a few words why the contact rules are overridden (at least %n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerAlerts</name>
    <message>
        <source>%1 left in the last 30 days (withdrawals and transfers out): call to retain.</source>
        <translation>%1 left in the last 30 days (withdrawals and transfers out): call to retain.</translation>
    </message>
    <message>
        <source>%1 short of %2 (threshold %3).</source>
        <translation>%1 short of %2 (threshold %3).</translation>
    </message>
    <message>
        <source>Downgraded from %1 to %2 on %3: win back.</source>
        <translation>Downgraded from %1 to %2 on %3: win back.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) worth %1 mature within %2 days, the first on %3: plan the take-over.</source>
        <translation>
            <numerusform>%n product(s) worth %1 mature within %2 days, the first on %3: plan the take-over.</numerusform>
            <numerusform>%n product(s) worth %1 mature within %2 days, the first on %3: plan the take-over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday today (%1 years).</source>
        <translation>Birthday today (%1 years).</translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %n day(s), on %1 (%2 years).</source>
        <translation>
            <numerusform>Birthday in %n day(s), on %1 (%2 years).</numerusform>
            <numerusform>Birthday in %n day(s), on %1 (%2 years).</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds only %1: offer a second product family.</source>
        <translation>Holds only %1: offer a second product family.</translation>
    </message>
    <message>
        <source>Care step &quot;%1&quot; overdue since %2.</source>
        <translation>Care step &quot;%1&quot; overdue since %2.</translation>
    </message>
    <message>
        <source>Care step &quot;%1&quot; due on %2.</source>
        <translation>Care step &quot;%1&quot; due on %2.</translation>
    </message>
</context>
<context>
    <name>CustomerBookModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <source>Next maturity</source>
        <translation>Next maturity</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Customer no. %1</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>Annual income</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation>Use yes or no.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>A name cannot be empty.</translation>
    </message>
    <message>
        <source>A name has at most 40 characters.</source>
        <translation>A name has at most 40 characters.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The birth date must lie between 1900 and today.</source>
        <translation>The birth date must lie between 1900 and today.</translation>
    </message>
    <message>
        <source>An address has at most 200 characters.</source>
        <translation>An address has at most 200 characters.</translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation>At most 60 characters.</translation>
    </message>
    <message>
        <source>Write an amount such as 120000, 120,000.00 or 12万.</source>
        <translation>Write an amount such as 120000, 120,000.00 or 12万.</translation>
    </message>
    <message>
        <source>An income cannot be negative.</source>
        <translation>An income cannot be negative.</translation>
    </message>
    <message>
        <source>This field cannot be edited: %1.</source>
        <translation>This field cannot be edited: %1.</translation>
    </message>
    <message>
        <source>Control characters (such as terminal escape sequences) are not allowed.</source>
        <translation>Control characters (such as terminal escape sequences) are not allowed.</translation>
    </message>
    <message>
        <source>A name is written in letters only (Chinese characters, the middle dot · of minority names, or Latin letters); no digits, symbols or emoji.</source>
        <translation>A name is written in letters only (Chinese characters, the middle dot · of minority names, or Latin letters); no digits, symbols or emoji.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar.</source>
        <translation>%1 is not a day of the calendar.</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>customer number in core banking, 4-32 letters or digits, unique</source>
        <translation>customer number in core banking, 4-32 letters or digits, unique</translation>
    </message>
    <message>
        <source>full name, at most 50 characters</source>
        <translation>full name, at most 50 characters</translation>
    </message>
    <message>
        <source>18-character resident ID number (GB 11643 check digit), unique</source>
        <translation>18-character resident ID number (GB 11643 check digit), unique</translation>
    </message>
    <message>
        <source>M or F; must agree with the ID number</source>
        <translation>M or F; must agree with the ID number</translation>
    </message>
    <message>
        <source>YYYY-MM-DD; must agree with the ID number</source>
        <translation>YYYY-MM-DD; must agree with the ID number</translation>
    </message>
    <message>
        <source>11-digit mainland mobile number</source>
        <translation>11-digit mainland mobile number</translation>
    </message>
    <message>
        <source>postal address, at most 200 characters</source>
        <translation>postal address, at most 200 characters</translation>
    </message>
    <message>
        <source>free text, at most 50 characters</source>
        <translation>free text, at most 50 characters</translation>
    </message>
    <message>
        <source>yuan with at most two decimals, e.g. 250000.00</source>
        <translation>yuan with at most two decimals, e.g. 250000.00</translation>
    </message>
    <message>
        <source>assets under management in yuan with at most two decimals</source>
        <translation>assets under management in yuan with at most two decimals</translation>
    </message>
    <message>
        <source>ordinary, silver, gold, platinum or diamond (default ordinary)</source>
        <translation>ordinary, silver, gold, platinum or diamond (default ordinary)</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1 to 5</translation>
    </message>
    <message>
        <source>date the customer relationship began, YYYY-MM-DD, not in the future</source>
        <translation>date the customer relationship began, YYYY-MM-DD, not in the future</translation>
    </message>
    <message>
        <source>user name of the owning wealth manager</source>
        <translation>user name of the owning wealth manager</translation>
    </message>
    <message>
        <source>cif_no &apos;%1&apos; is not 4 to 32 letters or digits.</source>
        <translation>cif_no &apos;%1&apos; is not 4 to 32 letters or digits.</translation>
    </message>
    <message>
        <source>cif_no %1 already appears on line %2.</source>
        <translation>cif_no %1 already appears on line %2.</translation>
    </message>
    <message>
        <source>cif_no %1 is already in the database.</source>
        <translation>cif_no %1 is already in the database.</translation>
    </message>
    <message>
        <source>name is empty or longer than 50 characters.</source>
        <translation>name is empty or longer than 50 characters.</translation>
    </message>
    <message>
        <source>id_number: %1</source>
        <translation>id_number: %1</translation>
    </message>
    <message>
        <source>id_number already appears on line %1.</source>
        <translation>id_number already appears on line %1.</translation>
    </message>
    <message>
        <source>id_number belongs to a customer already in the database.</source>
        <translation>id_number belongs to a customer already in the database.</translation>
    </message>
    <message>
        <source>gender &apos;%1&apos; disagrees with the ID number (%2).</source>
        <translation>gender &apos;%1&apos; disagrees with the ID number (%2).</translation>
    </message>
    <message>
        <source>birth_date %1 disagrees with the ID number (%2).</source>
        <translation>birth_date %1 disagrees with the ID number (%2).</translation>
    </message>
    <message>
        <source>mobile: %1</source>
        <translation>mobile: %1</translation>
    </message>
    <message>
        <source>address is longer than 200 characters.</source>
        <translation>address is longer than 200 characters.</translation>
    </message>
    <message>
        <source>occupation is longer than 50 characters.</source>
        <translation>occupation is longer than 50 characters.</translation>
    </message>
    <message>
        <source>tier &apos;%1&apos; is not one of %2.</source>
        <translation>tier &apos;%1&apos; is not one of %2.</translation>
    </message>
    <message>
        <source>risk_level &apos;%1&apos; is not a whole number from 1 to 5.</source>
        <translation>risk_level &apos;%1&apos; is not a whole number from 1 to 5.</translation>
    </message>
    <message>
        <source>opened_on %1 is in the future.</source>
        <translation>opened_on %1 is in the future.</translation>
    </message>
    <message>
        <source>manager &apos;%1&apos; is not a user of this database.</source>
        <translation>manager &apos;%1&apos; is not a user of this database.</translation>
    </message>
    <message>
        <source>%1 holds control characters (such as terminal escape sequences).</source>
        <translation>%1 holds control characters (such as terminal escape sequences).</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>This field does not exist or cannot be edited. Editable fields: %1.</source>
        <translation>This field does not exist or cannot be edited. Editable fields: %1.</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. Reload and try again.</source>
        <translation>Someone else changed this customer meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>Too many searches by mobile or ID number: at most %1 in %2 minutes. Search by name or CIF number, or wait.</source>
        <translation>Too many searches by mobile or ID number: at most %1 in %2 minutes. Search by name or CIF number, or wait.</translation>
    </message>
    <message>
        <source>The search could not be recorded in the audit log.</source>
        <translation>The search could not be recorded in the audit log.</translation>
    </message>
    <message>
        <source>No customer has the CIF number %1.</source>
        <translation>No customer has the CIF number %1.</translation>
    </message>
    <message>
        <source>The ID number says %1. Correct the gender or the ID number.</source>
        <translation>The ID number says %1. Correct the gender or the ID number.</translation>
    </message>
    <message>
        <source>The ID number says born on %1. Correct the birth date or the ID number.</source>
        <translation>The ID number says born on %1. Correct the birth date or the ID number.</translation>
    </message>
</context>
<context>
    <name>CustomerTier</name>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold VIP</source>
        <translation>Gold VIP</translation>
    </message>
    <message>
        <source>Platinum VIP</source>
        <translation>Platinum VIP</translation>
    </message>
    <message>
        <source>Diamond VIP</source>
        <translation>Diamond VIP</translation>
    </message>
</context>
<context>
    <name>CustomerTransferCopy</name>
    <message>
        <source>%1 is not in the customer data map.</source>
        <translation>%1 is not in the customer data map.</translation>
    </message>
</context>
<context>
    <name>CustomerTransferService</name>
    <message>
        <source>Give the reason for the move.</source>
        <translation>Give the reason for the move.</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>This customer is not kept by your branch.</source>
        <translation>This customer is not kept by your branch.</translation>
    </message>
    <message>
        <source>The customer is already at that branch: choose another one.</source>
        <translation>The customer is already at that branch: choose another one.</translation>
    </message>
    <message>
        <source>There is no branch %1 on this workstation.</source>
        <translation>There is no branch %1 on this workstation.</translation>
    </message>
    <message>
        <source>The customer was not moved: %1</source>
        <translation>The customer was not moved: %1</translation>
    </message>
    <message>
        <source>someone changed the customer meanwhile; try again</source>
        <translation>someone changed the customer meanwhile; try again</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>The dashboard could not be read: %1</translation>
    </message>
</context>
<context>
    <name>DashboardSheet</name>
    <message>
        <source>%1
As of %2</source>
        <translation>%1
As of %2</translation>
    </message>
    <message>
        <source>Counts and sums only, no personal data. Prepared by %1.</source>
        <translation>Counts and sums only, no personal data. Prepared by %1.</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>The picture could not be written to %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>The PDF could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>DataUpgradeProgress</name>
    <message>
        <source>Upgrading the customer data</source>
        <translation>Upgrading the customer data</translation>
    </message>
    <message>
        <source>This is done once on this workstation, after an upgrade. You may stop it: what is done is kept and it goes on at the next sign-in.</source>
        <translation>This is done once on this workstation, after an upgrade. You may stop it: what is done is kept and it goes on at the next sign-in.</translation>
    </message>
    <message>
        <source>Preparing...</source>
        <translation>Preparing...</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Stopping after the current batch...</translation>
    </message>
</context>
<context>
    <name>DemoBranchGenerator</name>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>A demo branch needs 0 to 10,000,000 customers and a branch code of 4 to 12 digits.</source>
        <translation>A demo branch needs 0 to 10,000,000 customers and a branch code of 4 to 12 digits.</translation>
    </message>
    <message>
        <source>The demo branch needs an SQLite database.</source>
        <translation>The demo branch needs an SQLite database.</translation>
    </message>
    <message>
        <source>This database already has customers; demo data is only written into an empty branch.</source>
        <translation>This database already has customers; demo data is only written into an empty branch.</translation>
    </message>
    <message>
        <source>This database already has a user %1; demo data is only written into a new database.</source>
        <translation>This database already has a user %1; demo data is only written into a new database.</translation>
    </message>
    <message>
        <source>The demo branch could not be written: %1</source>
        <translation>The demo branch could not be written: %1</translation>
    </message>
    <message>
        <source>The customer data of this database is locked: sign in before adding a demo branch.</source>
        <translation>The customer data of this database is locked: sign in before adding a demo branch.</translation>
    </message>
    <message>
        <source>Generating customers</source>
        <translation>Generating customers</translation>
    </message>
    <message>
        <source>Writing today&apos;s work (visits, queue, call lists)</source>
        <translation>Writing today&apos;s work (visits, queue, call lists)</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Building the search index</translation>
    </message>
    <message>
        <source>Saving the branch file</source>
        <translation>Saving the branch file</translation>
    </message>
    <message>
        <source>Reading the customers&apos; notes for what they said</source>
        <translation>Reading the customers&apos; notes for what they said</translation>
    </message>
    <message>
        <source>Placing the customers in their lifecycle stages</source>
        <translation>Placing the customers in their lifecycle stages</translation>
    </message>
</context>
<context>
    <name>DomainTerms</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Termination</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>Wealth products</source>
        <translation>Wealth products</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Precious metals</source>
        <translation>Precious metals</translation>
    </message>
    <message>
        <source>Bonds</source>
        <translation>Bonds</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Trusts</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation>Cash deposit</translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation>Cash withdrawal</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <source>Investment purchase</source>
        <translation>Investment purchase</translation>
    </message>
    <message>
        <source>Investment redemption</source>
        <translation>Investment redemption</translation>
    </message>
    <message>
        <source>Loan repayment</source>
        <translation>Loan repayment</translation>
    </message>
    <message>
        <source>Loan drawdown</source>
        <translation>Loan drawdown</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Salary credit</source>
        <translation>Salary credit</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>ATM</source>
        <translation>ATM</translation>
    </message>
    <message>
        <source>E-banking</source>
        <translation>E-banking</translation>
    </message>
    <message>
        <source>Mobile banking</source>
        <translation>Mobile banking</translation>
    </message>
    <message>
        <source>Phone banking</source>
        <translation>Phone banking</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Service request</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>Address change</translation>
    </message>
    <message>
        <source>Account closing</source>
        <translation>Account closing</translation>
    </message>
    <message>
        <source>Campaign attendance</source>
        <translation>Campaign attendance</translation>
    </message>
    <message>
        <source>Seminar attendance</source>
        <translation>Seminar attendance</translation>
    </message>
    <message>
        <source>Browsed funds in mobile banking</source>
        <translation>Browsed funds in mobile banking</translation>
    </message>
    <message>
        <source>Browsed insurance in mobile banking</source>
        <translation>Browsed insurance in mobile banking</translation>
    </message>
    <message>
        <source>Browsed precious metals in mobile banking</source>
        <translation>Browsed precious metals in mobile banking</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>At the branch</source>
        <translation>At the branch</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Appointment made</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <source>Considering</source>
        <translation>Considering</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Potential VIP</source>
        <translation>Potential VIP</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Relationship-owned</source>
        <translation>Relationship-owned</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Entering</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consulting</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Well-kept, quality clothing</source>
        <translation>Well-kept, quality clothing</translation>
    </message>
    <message>
        <source>Assured posture</source>
        <translation>Assured posture</translation>
    </message>
    <message>
        <source>Looks around with purpose</source>
        <translation>Looks around with purpose</translation>
    </message>
    <message>
        <source>Calm, confident expression</source>
        <translation>Calm, confident expression</translation>
    </message>
    <message>
        <source>Acts like a regular of banks</source>
        <translation>Acts like a regular of banks</translation>
    </message>
    <message>
        <source>Notable companions (driver, assistant, family)</source>
        <translation>Notable companions (driver, assistant, family)</translation>
    </message>
    <message>
        <source>Carries or uses premium brands</source>
        <translation>Carries or uses premium brands</translation>
    </message>
    <message>
        <source>Says the business is about investing</source>
        <translation>Says the business is about investing</translation>
    </message>
    <message>
        <source>Asks about sensitive business</source>
        <translation>Asks about sensitive business</translation>
    </message>
    <message>
        <source>Asks about a product and states an amount</source>
        <translation>Asks about a product and states an amount</translation>
    </message>
    <message>
        <source>Business voucher shows a large amount</source>
        <translation>Business voucher shows a large amount</translation>
    </message>
    <message>
        <source>Asks about corporate business</source>
        <translation>Asks about corporate business</translation>
    </message>
    <message>
        <source>Glances at product displays and leaves</source>
        <translation>Glances at product displays and leaves</translation>
    </message>
    <message>
        <source>Comes back to the displays after the business</source>
        <translation>Comes back to the displays after the business</translation>
    </message>
    <message>
        <source>Stops and reads product displays closely</source>
        <translation>Stops and reads product displays closely</translation>
    </message>
    <message>
        <source>Reads the FX rate or fund NAV boards</source>
        <translation>Reads the FX rate or fund NAV boards</translation>
    </message>
    <message>
        <source>VIP service guidance</source>
        <translation>VIP service guidance</translation>
    </message>
    <message>
        <source>Introduced to a wealth manager</source>
        <translation>Introduced to a wealth manager</translation>
    </message>
    <message>
        <source>Seated in the waiting area</source>
        <translation>Seated in the waiting area</translation>
    </message>
    <message>
        <source>Experience card, referral form</source>
        <translation>Experience card, referral form</translation>
    </message>
    <message>
        <source>Self-service machine</source>
        <translation>Self-service machine</translation>
    </message>
    <message>
        <source>E-banking / mobile banking</source>
        <translation>E-banking / mobile banking</translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <source>VIP area</source>
        <translation>VIP area</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>Wealth manager</translation>
    </message>
    <message>
        <source>Small cash deposit</source>
        <translation>Small cash deposit</translation>
    </message>
    <message>
        <source>Small cash withdrawal</source>
        <translation>Small cash withdrawal</translation>
    </message>
    <message>
        <source>Bill payment</source>
        <translation>Bill payment</translation>
    </message>
    <message>
        <source>Transfer / remittance</source>
        <translation>Transfer / remittance</translation>
    </message>
    <message>
        <source>Account opening</source>
        <translation>Account opening</translation>
    </message>
    <message>
        <source>Card service</source>
        <translation>Card service</translation>
    </message>
    <message>
        <source>Wealth consultation</source>
        <translation>Wealth consultation</translation>
    </message>
    <message>
        <source>Large deposit</source>
        <translation>Large deposit</translation>
    </message>
    <message>
        <source>Large transfer</source>
        <translation>Large transfer</translation>
    </message>
    <message>
        <source>Other business</source>
        <translation>Other business</translation>
    </message>
    <message>
        <source>Confirmed the manager has time</source>
        <translation>Confirmed the manager has time</translation>
    </message>
    <message>
        <source>Briefed the manager on the customer</source>
        <translation>Briefed the manager on the customer</translation>
    </message>
    <message>
        <source>Introduced the manager&apos;s credentials</source>
        <translation>Introduced the manager&apos;s credentials</translation>
    </message>
    <message>
        <source>Introduced the two</source>
        <translation>Introduced the two</translation>
    </message>
    <message>
        <source>Marked as referred on the form</source>
        <translation>Marked as referred on the form</translation>
    </message>
    <message>
        <source>Handed over to a manager</source>
        <translation>Handed over to a manager</translation>
    </message>
    <message>
        <source>Stand to greet</source>
        <translation>Stand to greet</translation>
    </message>
    <message>
        <source>Smile and ask</source>
        <translation>Smile and ask</translation>
    </message>
    <message>
        <source>Receive politely</source>
        <translation>Receive politely</translation>
    </message>
    <message>
        <source>Process promptly</source>
        <translation>Process promptly</translation>
    </message>
    <message>
        <source>Remind and hand over</source>
        <translation>Remind and hand over</translation>
    </message>
    <message>
        <source>Recommend skilfully</source>
        <translation>Recommend skilfully</translation>
    </message>
    <message>
        <source>See off</source>
        <translation>See off</translation>
    </message>
    <message>
        <source>Asked about wealth products</source>
        <translation>Asked about wealth products</translation>
    </message>
    <message>
        <source>High assets at the bank</source>
        <translation>High assets at the bank</translation>
    </message>
    <message>
        <source>Welcome on opening day</source>
        <translation>Welcome on opening day</translation>
    </message>
    <message>
        <source>Care SMS within two weeks</source>
        <translation>Care SMS within two weeks</translation>
    </message>
    <message>
        <source>KYC within 90 days</source>
        <translation>KYC within 90 days</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>Birthday greeting</translation>
    </message>
    <message>
        <source>Maturity follow-up</source>
        <translation>Maturity follow-up</translation>
    </message>
    <message>
        <source>Retention call</source>
        <translation>Retention call</translation>
    </message>
    <message>
        <source>Product maturity</source>
        <translation>Product maturity</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salary</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Money at another bank</source>
        <translation>Money at another bank</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>Business income</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>Conservative</translation>
    </message>
    <message>
        <source>Moderately conservative</source>
        <translation>Moderately conservative</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>Aggressive</translation>
    </message>
    <message>
        <source>Growth-oriented</source>
        <translation>Growth-oriented</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>Customer voice</translation>
    </message>
    <message>
        <source>VIP service</source>
        <translation>VIP service</translation>
    </message>
    <message>
        <source>Waiting area</source>
        <translation>Waiting area</translation>
    </message>
    <message>
        <source>Experience card</source>
        <translation>Experience card</translation>
    </message>
    <message>
        <source>Potential-VIP record</source>
        <translation>Potential-VIP record</translation>
    </message>
    <message>
        <source>Potential-VIP referral</source>
        <translation>Potential-VIP referral</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Lobby</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Promised follow-up</source>
        <translation>Promised follow-up</translation>
    </message>
    <message>
        <source>Investment experience</source>
        <translation>Investment experience</translation>
    </message>
    <message>
        <source>Financial strength</source>
        <translation>Financial strength</translation>
    </message>
    <message>
        <source>Family role</source>
        <translation>Family role</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <source>Service need</source>
        <translation>Service need</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Expected return</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Product interest</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>Investment horizon</translation>
    </message>
    <message>
        <source>Purpose of the money</source>
        <translation>Purpose of the money</translation>
    </message>
    <message>
        <source>Channels used</source>
        <translation>Channels used</translation>
    </message>
    <message>
        <source>When money comes in</source>
        <translation>When money comes in</translation>
    </message>
    <message>
        <source>Social circle</source>
        <translation>Social circle</translation>
    </message>
    <message>
        <source>Deal cycle</source>
        <translation>Deal cycle</translation>
    </message>
    <message>
        <source>Hobby</source>
        <translation>Hobby</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Contact time</translation>
    </message>
    <message>
        <source>Contact method</source>
        <translation>Contact method</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Business channel</source>
        <translation>Business channel</translation>
    </message>
    <message>
        <source>Return preference</source>
        <translation>Return preference</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Heard: interest</source>
        <translation>Heard: interest</translation>
    </message>
    <message>
        <source>Heard: objection</source>
        <translation>Heard: objection</translation>
    </message>
    <message>
        <source>Heard: competitor</source>
        <translation>Heard: competitor</translation>
    </message>
    <message>
        <source>Heard: praise</source>
        <translation>Heard: praise</translation>
    </message>
    <message>
        <source>Heard: complaint</source>
        <translation>Heard: complaint</translation>
    </message>
    <message>
        <source>Heard: life event</source>
        <translation>Heard: life event</translation>
    </message>
    <message>
        <source>Heard: follow-up</source>
        <translation>Heard: follow-up</translation>
    </message>
    <message>
        <source>Has a deposit or product maturing soon</source>
        <translation>Has a deposit or product maturing soon</translation>
    </message>
    <message>
        <source>an outcome this version of BranchDesk does not know</source>
        <translation>an outcome this version of BranchDesk does not know</translation>
    </message>
    <message>
        <source>a stage this version of BranchDesk does not know</source>
        <translation>a stage this version of BranchDesk does not know</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Salary credited</source>
        <translation>Salary credited</translation>
    </message>
    <message>
        <source>Product maturing</source>
        <translation>Product maturing</translation>
    </message>
    <message>
        <source>Mobile-banking browsing</source>
        <translation>Mobile-banking browsing</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Address or employer change</source>
        <translation>Address or employer change</translation>
    </message>
    <message>
        <source>Mobile-banking sign-in</source>
        <translation>Mobile-banking sign-in</translation>
    </message>
    <message>
        <source>Birthday coming</source>
        <translation>Birthday coming</translation>
    </message>
    <message>
        <source>Counter business</source>
        <translation>Counter business</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Call outcome</translation>
    </message>
</context>
<context>
    <name>EventParser</name>
    <message>
        <source>The first line of a CSV file must name the columns (event_id, kind, cif_no, occurred_at, ...).</source>
        <translation>The first line of a CSV file must name the columns (event_id, kind, cif_no, occurred_at, ...).</translation>
    </message>
    <message>
        <source>a quote is left open.</source>
        <translation>a quote is left open.</translation>
    </message>
    <message>
        <source>has %1 cells; the header names %2.</source>
        <translation>has %1 cells; the header names %2.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>is missing.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>must be at most %1 printable ASCII characters without spaces.</source>
        <translation>must be at most %1 printable ASCII characters without spaces.</translation>
    </message>
    <message>
        <source>must be a whole number of fen.</source>
        <translation>must be a whole number of fen.</translation>
    </message>
    <message>
        <source>must be between 1 and %1 fen.</source>
        <translation>must be between 1 and %1 fen.</translation>
    </message>
    <message>
        <source>must be a date like 2026-12-31.</source>
        <translation>must be a date like 2026-12-31.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>is longer than %1 characters.</translation>
    </message>
    <message>
        <source>contains a control character.</source>
        <translation>contains a control character.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; is not one of: %2.</translation>
    </message>
    <message>
        <source>must be a customer&apos;s row id.</source>
        <translation>must be a customer&apos;s row id.</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with its zone, like 2026-12-01T09:30:00+08:00.</source>
        <translation>must be an ISO 8601 time with its zone, like 2026-12-01T09:30:00+08:00.</translation>
    </message>
    <message>
        <source>lies in the future.</source>
        <translation>lies in the future.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; events are raised by workstations, not sent.</source>
        <translation>&quot;%1&quot; events are raised by workstations, not sent.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; event has no such field.</source>
        <translation>a &quot;%1&quot; event has no such field.</translation>
    </message>
    <message>
        <source>is missing (a &quot;%1&quot; event needs it).</source>
        <translation>is missing (a &quot;%1&quot; event needs it).</translation>
    </message>
    <message>
        <source>unknown field.</source>
        <translation>unknown field.</translation>
    </message>
    <message>
        <source>The body is not JSON (at byte %1: %2).</source>
        <translation>The body is not JSON (at byte %1: %2).</translation>
    </message>
    <message>
        <source>The body must be an object with a list &quot;events&quot;.</source>
        <translation>The body must be an object with a list &quot;events&quot;.</translation>
    </message>
    <message>
        <source>A batch holds at most %1 events; this one has %2.</source>
        <translation>A batch holds at most %1 events; this one has %2.</translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation>is not a JSON object.</translation>
    </message>
    <message>
        <source>is not one JSON object (%1).</source>
        <translation>is not one JSON object (%1).</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>another JSON value</translation>
    </message>
</context>
<context>
    <name>ExpectedArrivalModel</name>
    <message>
        <source>Expected on</source>
        <translation>Expected on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrived</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
</context>
<context>
    <name>FieldKeyAccess</name>
    <message>
        <source>The customer data of this workstation could not be encrypted: %1</source>
        <translation>The customer data of this workstation could not be encrypted: %1</translation>
    </message>
    <message>
        <source>Your account has no key to the encrypted customer data on this workstation yet. Ask an administrator to set your password here once.</source>
        <translation>Your account has no key to the encrypted customer data on this workstation yet. Ask an administrator to set your password here once.</translation>
    </message>
    <message>
        <source>Your key to the customer data on this workstation was made with another password (changed elsewhere?). Ask an administrator to set your password here once.</source>
        <translation>Your key to the customer data on this workstation was made with another password (changed elsewhere?). Ask an administrator to set your password here once.</translation>
    </message>
    <message>
        <source>The customer data of this workstation could not be opened: %1</source>
        <translation>The customer data of this workstation could not be opened: %1</translation>
    </message>
    <message>
        <source>The customer data key is not open here, so this user gets no key to it.</source>
        <translation>The customer data key is not open here, so this user gets no key to it.</translation>
    </message>
    <message>
        <source>Encrypting the customer data</source>
        <translation>Encrypting the customer data</translation>
    </message>
    <message>
        <source>Rebuilding the customer search</source>
        <translation>Rebuilding the customer search</translation>
    </message>
    <message>
        <source>Encrypting the customer data was stopped. What is done is kept: it goes on at the next sign-in.</source>
        <translation>Encrypting the customer data was stopped. What is done is kept: it goes on at the next sign-in.</translation>
    </message>
</context>
<context>
    <name>FileChoice</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
</context>
<context>
    <name>FloorRecords</name>
    <message>
        <source>the service is no longer on this desk</source>
        <translation>the service is no longer on this desk</translation>
    </message>
</context>
<context>
    <name>HeldBackWording</name>
    <message>
        <source>No marketing consent (not given or withdrawn)</source>
        <translation>No marketing consent (not given or withdrawn)</translation>
    </message>
    <message>
        <source>Customer asked not to be contacted</source>
        <translation>Customer asked not to be contacted</translation>
    </message>
    <message>
        <source>Contacted often enough this period (frequency cap)</source>
        <translation>Contacted often enough this period (frequency cap)</translation>
    </message>
    <message>
        <source>Rule is for the customer&apos;s manager, and there is none</source>
        <translation>Rule is for the customer&apos;s manager, and there is none</translation>
    </message>
    <message>
        <source>Quiet hours: delivered, contact after %1 %2</source>
        <translation>Quiet hours: delivered, contact after %1 %2</translation>
    </message>
    <message>
        <source>In a state this version of BranchDesk does not know</source>
        <translation>In a state this version of BranchDesk does not know</translation>
    </message>
</context>
<context>
    <name>HoldingImport</name>
    <message>
        <source>customer number; the customer must already be in the database</source>
        <translation>customer number; the customer must already be in the database</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>product code, at most 32 characters</source>
        <translation>product code, at most 32 characters</translation>
    </message>
    <message>
        <source>product name, at most 100 characters</source>
        <translation>product name, at most 100 characters</translation>
    </message>
    <message>
        <source>amount held in yuan with at most two decimals</source>
        <translation>amount held in yuan with at most two decimals</translation>
    </message>
    <message>
        <source>expected annual return in percent, e.g. 3.25</source>
        <translation>expected annual return in percent, e.g. 3.25</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, not before opened_on; empty for open-ended products</source>
        <translation>YYYY-MM-DD, not before opened_on; empty for open-ended products</translation>
    </message>
    <message>
        <source>active, matured or closed (default active)</source>
        <translation>active, matured or closed (default active)</translation>
    </message>
    <message>
        <source>cif_no &apos;%1&apos; is not a customer in the database.</source>
        <translation>cif_no &apos;%1&apos; is not a customer in the database.</translation>
    </message>
    <message>
        <source>product_family &apos;%1&apos; is not one of %2.</source>
        <translation>product_family &apos;%1&apos; is not one of %2.</translation>
    </message>
    <message>
        <source>product_code is empty or longer than 32 characters.</source>
        <translation>product_code is empty or longer than 32 characters.</translation>
    </message>
    <message>
        <source>product_name is empty or longer than 100 characters.</source>
        <translation>product_name is empty or longer than 100 characters.</translation>
    </message>
    <message>
        <source>rate_percent &apos;%1&apos; is not a percentage from 0 to 100 with at most two decimals.</source>
        <translation>rate_percent &apos;%1&apos; is not a percentage from 0 to 100 with at most two decimals.</translation>
    </message>
    <message>
        <source>maturity_date %1 is before opened_on %2.</source>
        <translation>maturity_date %1 is before opened_on %2.</translation>
    </message>
    <message>
        <source>status &apos;%1&apos; is not one of %2.</source>
        <translation>status &apos;%1&apos; is not one of %2.</translation>
    </message>
    <message>
        <source>the same product, customer and opening date already appear on line %1.</source>
        <translation>the same product, customer and opening date already appear on line %1.</translation>
    </message>
    <message>
        <source>this holding (customer, product, opening date) is already in the database.</source>
        <translation>this holding (customer, product, opening date) is already in the database.</translation>
    </message>
</context>
<context>
    <name>HoldingModel</name>
    <message>
        <source>Product family</source>
        <translation>Product family</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Expected return</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Matures within 30 days</source>
        <translation>Matures within 30 days</translation>
    </message>
    <message>
        <source>Matures within 90 days</source>
        <translation>Matures within 90 days</translation>
    </message>
</context>
<context>
    <name>HoldingOnShelfModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Matures</source>
        <translation>Matures</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>not on the shelf</source>
        <translation>not on the shelf</translation>
    </message>
    <message>
        <source>above the customer&apos;s risk level now</source>
        <translation>above the customer&apos;s risk level now</translation>
    </message>
</context>
<context>
    <name>HouseholdMemberModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
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
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Business partner</source>
        <translation>Business partner</translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Someone changed this household meanwhile; look again and retry.</source>
        <translation>Someone changed this household meanwhile; look again and retry.</translation>
    </message>
    <message>
        <source>This customer is already in a household.</source>
        <translation>This customer is already in a household.</translation>
    </message>
    <message>
        <source>A household has one head: make the member head instead.</source>
        <translation>A household has one head: make the member head instead.</translation>
    </message>
    <message>
        <source>That household no longer exists.</source>
        <translation>That household no longer exists.</translation>
    </message>
    <message>
        <source>This customer is not in a household.</source>
        <translation>This customer is not in a household.</translation>
    </message>
    <message>
        <source>The head&apos;s relation is &quot;head&quot;: make another member head first.</source>
        <translation>The head&apos;s relation is &quot;head&quot;: make another member head first.</translation>
    </message>
    <message>
        <source>Say how the former head is related to the new one.</source>
        <translation>Say how the former head is related to the new one.</translation>
    </message>
</context>
<context>
    <name>HouseholdService</name>
    <message>
        <source>The household is %1, the top tier.</source>
        <translation>The household is %1, the top tier.</translation>
    </message>
    <message>
        <source>The household is %1 short of %2.</source>
        <translation>The household is %1 short of %2.</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>No customer of this branch has the id %1.</source>
        <translation>No customer of this branch has the id %1.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was erased: they cannot be linked.</source>
        <translation>This customer&apos;s personal data was erased: they cannot be linked.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log.</source>
        <translation>The change could not be recorded in the audit log.</translation>
    </message>
    <message>
        <source>A customer cannot be linked to themselves.</source>
        <translation>A customer cannot be linked to themselves.</translation>
    </message>
    <message>
        <source>Choose how the customer is related to the head of the household.</source>
        <translation>Choose how the customer is related to the head of the household.</translation>
    </message>
    <message>
        <source>That customer is already in a household: take them out of it first.</source>
        <translation>That customer is already in a household: take them out of it first.</translation>
    </message>
    <message>
        <source>The link was not saved.</source>
        <translation>The link was not saved.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>The change was not saved.</translation>
    </message>
    <message>
        <source>Choose how the former head is related to the new one.</source>
        <translation>Choose how the former head is related to the new one.</translation>
    </message>
    <message>
        <source>This customer is not in a household.</source>
        <translation>This customer is not in a household.</translation>
    </message>
</context>
<context>
    <name>HouseholdSuggestionModel</name>
    <message>
        <source>Same address and mobile</source>
        <translation>Same address and mobile</translation>
    </message>
    <message>
        <source>Same address</source>
        <translation>Same address</translation>
    </message>
    <message>
        <source>Same mobile</source>
        <translation>Same mobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>in a household</source>
        <translation>in a household</translation>
    </message>
</context>
<context>
    <name>HttpFront</name>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>The request did not arrive in time.</translation>
    </message>
    <message>
        <source>Too many connections from this address.</source>
        <translation>Too many connections from this address.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>The request&apos;s headers are too large.</translation>
    </message>
    <message>
        <source>The request is not well-formed HTTP/1.1.</source>
        <translation>The request is not well-formed HTTP/1.1.</translation>
    </message>
    <message>
        <source>Send the body with a Content-Length.</source>
        <translation>Send the body with a Content-Length.</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation>The request is larger than the server accepts.</translation>
    </message>
    <message>
        <source>Sign in first: the token is missing, expired or not valid.</source>
        <translation>Sign in first: the token is missing, expired or not valid.</translation>
    </message>
    <message>
        <source>The server is busy; try again shortly.</source>
        <translation>The server is busy; try again shortly.</translation>
    </message>
    <message>
        <source>Send one request per connection.</source>
        <translation>Send one request per connection.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>%1 &apos;%2&apos; is not an amount in yuan with at most two decimals (e.g. 12345.67).</source>
        <translation>%1 &apos;%2&apos; is not an amount in yuan with at most two decimals (e.g. 12345.67).</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date YYYY-MM-DD.</source>
        <translation>%1 &apos;%2&apos; is not a date YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>KycBankValidator</name>
    <message>
        <source>a text needs &quot;zh&quot; and &quot;en&quot;</source>
        <translation>a text needs &quot;zh&quot; and &quot;en&quot;</translation>
    </message>
    <message>
        <source>the text is missing or empty</source>
        <translation>the text is missing or empty</translation>
    </message>
    <message>
        <source>must be &quot;branchdesk-kyc-bank&quot;</source>
        <translation>must be &quot;branchdesk-kyc-bank&quot;</translation>
    </message>
    <message>
        <source>the cells are missing</source>
        <translation>the cells are missing</translation>
    </message>
    <message>
        <source>the cell %1 is missing</source>
        <translation>the cell %1 is missing</translation>
    </message>
    <message>
        <source>a cell must be an object</source>
        <translation>a cell must be an object</translation>
    </message>
    <message>
        <source>unknown cell &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown cell &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>duplicate cell id &quot;%1&quot;</source>
        <translation>duplicate cell id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a cell needs at least one question</source>
        <translation>a cell needs at least one question</translation>
    </message>
    <message>
        <source>a question must be an object</source>
        <translation>a question must be an object</translation>
    </message>
    <message>
        <source>the id is missing</source>
        <translation>the id is missing</translation>
    </message>
    <message>
        <source>duplicate question id &quot;%1&quot; (first at %2)</source>
        <translation>duplicate question id &quot;%1&quot; (first at %2)</translation>
    </message>
    <message>
        <source>the id must start with its cell id &quot;%1.&quot;</source>
        <translation>the id must start with its cell id &quot;%1.&quot;</translation>
    </message>
    <message>
        <source>unknown answer type &quot;%1&quot;</source>
        <translation>unknown answer type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown KYC field &quot;%1&quot;</source>
        <translation>unknown KYC field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown fund arrival source &quot;%1&quot;</source>
        <translation>unknown fund arrival source &quot;%1&quot;</translation>
    </message>
    <message>
        <source>min is larger than max</source>
        <translation>min is larger than max</translation>
    </message>
    <message>
        <source>tags must be a list of rules</source>
        <translation>tags must be a list of rules</translation>
    </message>
    <message>
        <source>a choice question needs options</source>
        <translation>a choice question needs options</translation>
    </message>
    <message>
        <source>only choice, multi_choice and range questions have options</source>
        <translation>only choice, multi_choice and range questions have options</translation>
    </message>
    <message>
        <source>the option code is missing</source>
        <translation>the option code is missing</translation>
    </message>
    <message>
        <source>duplicate option code &quot;%1&quot;</source>
        <translation>duplicate option code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a risk score must be 1 to 5</source>
        <translation>a risk score must be 1 to 5</translation>
    </message>
    <message>
        <source>risk_weight must be 0 to 10</source>
        <translation>risk_weight must be 0 to 10</translation>
    </message>
    <message>
        <source>only choice questions can drive the risk profile</source>
        <translation>only choice questions can drive the risk profile</translation>
    </message>
    <message>
        <source>a tag rule must be an object</source>
        <translation>a tag rule must be an object</translation>
    </message>
    <message>
        <source>&quot;when&quot; is missing (an option code or &quot;*&quot;)</source>
        <translation>&quot;when&quot; is missing (an option code or &quot;*&quot;)</translation>
    </message>
    <message>
        <source>the rule refers to unknown option &quot;%1&quot;</source>
        <translation>the rule refers to unknown option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>amount bounds only apply to amount questions</source>
        <translation>amount bounds only apply to amount questions</translation>
    </message>
    <message>
        <source>an amount bound must be a number of fen &gt;= 0</source>
        <translation>an amount bound must be a number of fen &gt;= 0</translation>
    </message>
    <message>
        <source>unknown tag dimension &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown tag dimension &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>the tag %1 is missing</source>
        <translation>the tag %1 is missing</translation>
    </message>
    <message>
        <source>confidence must be a whole number from 0 to 100</source>
        <translation>confidence must be a whole number from 0 to 100</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>offset %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>the bank must be a JSON object</source>
        <translation>the bank must be a JSON object</translation>
    </message>
</context>
<context>
    <name>KycFields</name>
    <message>
        <source>Career history</source>
        <translation>Career history</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Business experience</source>
        <translation>Business experience</translation>
    </message>
    <message>
        <source>Local or moved here</source>
        <translation>Local or moved here</translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Past large expenses</source>
        <translation>Past large expenses</translation>
    </message>
    <message>
        <source>Last investment</source>
        <translation>Last investment</translation>
    </message>
    <message>
        <source>Investment experience</source>
        <translation>Investment experience</translation>
    </message>
    <message>
        <source>Investment channels</source>
        <translation>Investment channels</translation>
    </message>
    <message>
        <source>Reaction to a loss</source>
        <translation>Reaction to a loss</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer type</source>
        <translation>Employer type</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>Annual income</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <source>Social circle</source>
        <translation>Social circle</translation>
    </message>
    <message>
        <source>Family decision-maker</source>
        <translation>Family decision-maker</translation>
    </message>
    <message>
        <source>Family members looked after</source>
        <translation>Family members looked after</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Money available now</source>
        <translation>Money available now</translation>
    </message>
    <message>
        <source>Products held elsewhere</source>
        <translation>Products held elsewhere</translation>
    </message>
    <message>
        <source>Where assets are held</source>
        <translation>Where assets are held</translation>
    </message>
    <message>
        <source>Liquidity need</source>
        <translation>Liquidity need</translation>
    </message>
    <message>
        <source>What they value in a bank</source>
        <translation>What they value in a bank</translation>
    </message>
    <message>
        <source>Salary arrival</source>
        <translation>Salary arrival</translation>
    </message>
    <message>
        <source>Maturity arrival</source>
        <translation>Maturity arrival</translation>
    </message>
    <message>
        <source>Bonus arrival</source>
        <translation>Bonus arrival</translation>
    </message>
    <message>
        <source>Money from another bank</source>
        <translation>Money from another bank</translation>
    </message>
    <message>
        <source>Business income arrival</source>
        <translation>Business income arrival</translation>
    </message>
    <message>
        <source>Years to retirement</source>
        <translation>Years to retirement</translation>
    </message>
    <message>
        <source>Preferred contact time</source>
        <translation>Preferred contact time</translation>
    </message>
    <message>
        <source>Preferred contact channel</source>
        <translation>Preferred contact channel</translation>
    </message>
    <message>
        <source>Preferred meeting place</source>
        <translation>Preferred meeting place</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Family plans</translation>
    </message>
    <message>
        <source>Purpose of the money</source>
        <translation>Purpose of the money</translation>
    </message>
    <message>
        <source>Next large expense</source>
        <translation>Next large expense</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Expected return</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>Investment horizon</translation>
    </message>
    <message>
        <source>Risk attitude</source>
        <translation>Risk attitude</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Product interest</translation>
    </message>
</context>
<context>
    <name>KycQuestionBank</name>
    <message numerus="yes">
        <source>The question bank has %n problem(s):</source>
        <translation>
            <numerusform>The question bank has %n problem(s):</numerusform>
            <numerusform>The question bank has %n problem(s):</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the question bank %1: %2</source>
        <translation>Cannot read the question bank %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The configured KYC question bank was refused and the built-in bank is used instead.
%1</source>
        <translation>The configured KYC question bank was refused and the built-in bank is used instead.
%1</translation>
    </message>
</context>
<context>
    <name>KycService</name>
    <message>
        <source>The question bank has no question %1.</source>
        <translation>The question bank has no question %1.</translation>
    </message>
    <message>
        <source>This is not a complete answer to &quot;%1&quot;.</source>
        <translation>This is not a complete answer to &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>The answer could not be saved: %1</source>
        <translation>The answer could not be saved: %1</translation>
    </message>
    <message>
        <source>The answer could not be removed: %1</source>
        <translation>The answer could not be removed: %1</translation>
    </message>
    <message>
        <source>The KYC could not be finished: %1</source>
        <translation>The KYC could not be finished: %1</translation>
    </message>
    <message>
        <source>KYC: %1</source>
        <translation>KYC: %1</translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation>audit entry</translation>
    </message>
</context>
<context>
    <name>KycSummary</name>
    <message>
        <source>KYC summary</source>
        <translation>KYC summary</translation>
    </message>
    <message>
        <source>no final version yet</source>
        <translation>no final version yet</translation>
    </message>
    <message>
        <source>Customer %1 · CIF %2 · KYC version %3 (%4) · by %5</source>
        <translation>Customer %1 · CIF %2 · KYC version %3 (%4) · by %5</translation>
    </message>
    <message>
        <source>Risk profile:</source>
        <translation>Risk profile:</translation>
    </message>
    <message>
        <source>%1: %2 (score %3, weight %4)</source>
        <translation>%1: %2 (score %3, weight %4)</translation>
    </message>
    <message>
        <source>Driven by:</source>
        <translation>Driven by:</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
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
        <translation>closed an account within a year and holds almost nothing</translation>
    </message>
    <message>
        <source>no assets and no transaction for a year</source>
        <translation>no assets and no transaction for a year</translation>
    </message>
    <message>
        <source>downgraded a tier within six months</source>
        <translation>downgraded a tier within six months</translation>
    </message>
    <message>
        <source>AUM fell by 30% or more in six months</source>
        <translation>AUM fell by 30% or more in six months</translation>
    </message>
    <message>
        <source>opened within the last six months</source>
        <translation>opened within the last six months</translation>
    </message>
    <message>
        <source>under CNY 50,000 in at most one product family</source>
        <translation>under CNY 50,000 in at most one product family</translation>
    </message>
    <message>
        <source>AUM grew by 10% or more in six months</source>
        <translation>AUM grew by 10% or more in six months</translation>
    </message>
    <message>
        <source>fewer than three product families</source>
        <translation>fewer than three product families</translation>
    </message>
    <message>
        <source>stable assets in three or more product families</source>
        <translation>stable assets in three or more product families</translation>
    </message>
</context>
<context>
    <name>LifecycleUpdater</name>
    <message>
        <source>The lifecycle stages could not be saved: %1</source>
        <translation>The lifecycle stages could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>LobbyRouting</name>
    <message>
        <source>With your bank card the machine over there handles this in a minute, no queue. Let me show you.</source>
        <translation>With your bank card the machine over there handles this in a minute, no queue. Let me show you.</translation>
    </message>
    <message>
        <source>Bills can be paid at the self-service terminal or on your phone; I can set up mobile banking with you now so next time you need not come in.</source>
        <translation>Bills can be paid at the self-service terminal or on your phone; I can set up mobile banking with you now so next time you need not come in.</translation>
    </message>
    <message>
        <source>Our wealth manager can go through the options with you; let me see who is free.</source>
        <translation>Our wealth manager can go through the options with you; let me see who is free.</translation>
    </message>
    <message>
        <source>Transfers are free and instant in mobile banking; shall I help you try it while you wait?</source>
        <translation>Transfers are free and instant in mobile banking; shall I help you try it while you wait?</translation>
    </message>
    <message>
        <source>Please take a number for the open counter; my colleague will help you shortly.</source>
        <translation>Please take a number for the open counter; my colleague will help you shortly.</translation>
    </message>
    <message>
        <source>Greet the customer by name and take them to the VIP area or their manager.</source>
        <translation>Greet the customer by name and take them to the VIP area or their manager.</translation>
    </message>
    <message>
        <source>Confirm the manager is free, brief them, introduce the manager&apos;s background and introduce the two; fill in the information record.</source>
        <translation>Confirm the manager is free, brief them, introduce the manager&apos;s background and introduce the two; fill in the information record.</translation>
    </message>
    <message>
        <source>The manager is busy: seat the customer in the waiting area with a product leaflet and tell the manager who is waiting.</source>
        <translation>The manager is busy: seat the customer in the waiting area with a product leaflet and tell the manager who is waiting.</translation>
    </message>
    <message>
        <source>Hand over the VIP experience card and the manager&apos;s card, ask whether the manager may call, and fill in the referral form.</source>
        <translation>Hand over the VIP experience card and the manager&apos;s card, ask whether the manager may call, and fill in the referral form.</translation>
    </message>
</context>
<context>
    <name>LobbyVisitLog</name>
    <message>
        <source>Choose the moment: entering, consulting or waiting.</source>
        <translation>Choose the moment: entering, consulting or waiting.</translation>
    </message>
    <message>
        <source>Link the customer or describe them in a few words.</source>
        <translation>Link the customer or describe them in a few words.</translation>
    </message>
    <message>
        <source>Confirm or choose the value class.</source>
        <translation>Confirm or choose the value class.</translation>
    </message>
    <message>
        <source>Say why you judge the customer differently from the suggestion.</source>
        <translation>Say why you judge the customer differently from the suggestion.</translation>
    </message>
    <message>
        <source>The route does not fit the value class.</source>
        <translation>The route does not fit the value class.</translation>
    </message>
    <message>
        <source>A potential VIP needs the record or the referral form.</source>
        <translation>A potential VIP needs the record or the referral form.</translation>
    </message>
    <message>
        <source>This route needs the %1.</source>
        <translation>This route needs the %1.</translation>
    </message>
    <message>
        <source>The visit could not be saved: %1</source>
        <translation>The visit could not be saved: %1</translation>
    </message>
    <message>
        <source>The signal %1 is not one the lobby knows.</source>
        <translation>The signal %1 is not one the lobby knows.</translation>
    </message>
    <message>
        <source>The customer&apos;s open referrals could not be read: %1</source>
        <translation>The customer&apos;s open referrals could not be read: %1</translation>
    </message>
    <message>
        <source>Came in: %1</source>
        <translation>Came in: %1</translation>
    </message>
</context>
<context>
    <name>LobbyVisitModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>Value class</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
</context>
<context>
    <name>LobbyVisitRepeat</name>
    <message>
        <source>Today&apos;s walk-ins could not be read to check for a repeat: %1</source>
        <translation>Today&apos;s walk-ins could not be read to check for a repeat: %1</translation>
    </message>
    <message>
        <source>Ticket %1 was already logged at %2 for another walk-in: check the number.</source>
        <translation>Ticket %1 was already logged at %2 for another walk-in: check the number.</translation>
    </message>
    <message>
        <source>This walk-in was already logged at %1 and is in today&apos;s list: it is not logged twice.</source>
        <translation>This walk-in was already logged at %1 and is in today&apos;s list: it is not logged twice.</translation>
    </message>
</context>
<context>
    <name>LogCompaction</name>
    <message>
        <source>Branch %1 has no snapshot: its log is kept whole.</source>
        <translation>Branch %1 has no snapshot: its log is kept whole.</translation>
    </message>
    <message>
        <source>Branch %1 has no snapshot to fold its log into.</source>
        <translation>Branch %1 has no snapshot to fold its log into.</translation>
    </message>
    <message>
        <source>The snapshot of branch %1 cannot be copied to %2.</source>
        <translation>The snapshot of branch %1 cannot be copied to %2.</translation>
    </message>
    <message>
        <source>The snapshot folder %1 cannot be written.</source>
        <translation>The snapshot folder %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>ManagerChoice</name>
    <message>
        <source>The customer&apos;s own wealth manager (with a customer now).</source>
        <translation>The customer&apos;s own wealth manager (with a customer now).</translation>
    </message>
    <message>
        <source>The customer&apos;s own wealth manager.</source>
        <translation>The customer&apos;s own wealth manager.</translation>
    </message>
    <message numerus="yes">
        <source>%n open referral(s)</source>
        <translation>
            <numerusform>%n open referral(s)</numerusform>
            <numerusform>%n open referral(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every wealth manager is with a customer; %1 has the fewest open referrals (%2).</source>
        <translation>Every wealth manager is with a customer; %1 has the fewest open referrals (%2).</translation>
    </message>
    <message>
        <source>The least busy wealth manager: free now, %1.</source>
        <translation>The least busy wealth manager: free now, %1.</translation>
    </message>
</context>
<context>
    <name>ManagerDay</name>
    <message>
        <source>also on call list %1</source>
        <translation>also on call list %1</translation>
    </message>
</context>
<context>
    <name>MarketingRuleModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Switched</source>
        <translation>Switched</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Upgrading the database to version %1 failed: %2. The database was left at version %3.</source>
        <translation>Upgrading the database to version %1 failed: %2. The database was left at version %3.</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation>A mobile number has 11 digits and starts with 13 to 19.</translation>
    </message>
</context>
<context>
    <name>MoneyArrivalModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Product / note</source>
        <translation>Product / note</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>MoneyText</name>
    <message>
        <source> billion</source>
        <translation> billion</translation>
    </message>
    <message>
        <source> million</source>
        <translation> million</translation>
    </message>
</context>
<context>
    <name>MovedCustomers</name>
    <message>
        <source>A customer moved to another branch could not be removed here: %1</source>
        <translation>A customer moved to another branch could not be removed here: %1</translation>
    </message>
</context>
<context>
    <name>OfferCountModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Taken %</source>
        <translation>Taken %</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
</context>
<context>
    <name>OfferEngine</name>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>The customer&apos;s personal data was erased.</translation>
    </message>
    <message>
        <source>No risk assessment on file: assess the customer&apos;s risk tolerance (KYC) before offering products.</source>
        <translation>No risk assessment on file: assess the customer&apos;s risk tolerance (KYC) before offering products.</translation>
    </message>
    <message numerus="yes">
        <source>The risk assessment of %1 is older than %n month(s): assess again before offering products.</source>
        <translation>
            <numerusform>The risk assessment of %1 is older than %n month(s): assess again before offering products.</numerusform>
            <numerusform>The risk assessment of %1 is older than %n month(s): assess again before offering products.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 matures on %3: keep it with us</source>
        <translation>%1 of %2 matures on %3: keep it with us</translation>
    </message>
    <message>
        <source>%1 arriving on %2 (%3)</source>
        <translation>%1 arriving on %2 (%3)</translation>
    </message>
    <message>
        <source>said at KYC: interested in %1</source>
        <translation>said at KYC: interested in %1</translation>
    </message>
    <message>
        <source>in the customer&apos;s own words: interested in %1</source>
        <translation>in the customer&apos;s own words: interested in %1</translation>
    </message>
    <message>
        <source>tagged as interested in %1</source>
        <translation>tagged as interested in %1</translation>
    </message>
    <message numerus="yes">
        <source>looked at %1 in mobile banking %n day(s) ago</source>
        <translation>
            <numerusform>looked at %1 in mobile banking %n day(s) ago</numerusform>
            <numerusform>looked at %1 in mobile banking %n day(s) ago</numerusform>
        </translation>
    </message>
    <message>
        <source>fits what the customer wants: %1</source>
        <translation>fits what the customer wants: %1</translation>
    </message>
    <message>
        <source>%1 more makes the customer %2</source>
        <translation>%1 more makes the customer %2</translation>
    </message>
    <message>
        <source>the household is %1 short of %2</source>
        <translation>the household is %1 short of %2</translation>
    </message>
    <message>
        <source>%1% of similar customers here (%2, %3) hold it</source>
        <translation>%1% of similar customers here (%2, %3) hold it</translation>
    </message>
    <message>
        <source>a second product family (holds only %1)</source>
        <translation>a second product family (holds only %1)</translation>
    </message>
    <message>
        <source>a current account</source>
        <translation>a current account</translation>
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>双录</source>
        <translation>双录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>needed</translation>
    </message>
</context>
<context>
    <name>OfferService</name>
    <message>
        <source>No customer of this branch has the id %1.</source>
        <translation>No customer of this branch has the id %1.</translation>
    </message>
    <message>
        <source>The contact rules hold the offers back: %1</source>
        <translation>The contact rules hold the offers back: %1</translation>
    </message>
    <message>
        <source>A product rests from 0 to %1 days.</source>
        <translation>A product rests from 0 to %1 days.</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>The settings were not saved.</translation>
    </message>
</context>
<context>
    <name>OfferTerms</name>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>No spare money</source>
        <translation>No spare money</translation>
    </message>
    <message>
        <source>Too risky for them</source>
        <translation>Too risky for them</translation>
    </message>
    <message>
        <source>Term too long</source>
        <translation>Term too long</translation>
    </message>
    <message>
        <source>Return too low</source>
        <translation>Return too low</translation>
    </message>
    <message>
        <source>Holds something like it elsewhere</source>
        <translation>Holds something like it elsewhere</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>Customer 360</translation>
    </message>
    <message>
        <source>Call prep sheet</source>
        <translation>Call prep sheet</translation>
    </message>
    <message>
        <source>Counter, step 6</source>
        <translation>Counter, step 6</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>A holding matures</source>
        <translation>A holding matures</translation>
    </message>
    <message>
        <source>Money arriving</source>
        <translation>Money arriving</translation>
    </message>
    <message>
        <source>Interest from KYC or tags</source>
        <translation>Interest from KYC or tags</translation>
    </message>
    <message>
        <source>The customer&apos;s own words</source>
        <translation>The customer&apos;s own words</translation>
    </message>
    <message>
        <source>Browsed in mobile banking</source>
        <translation>Browsed in mobile banking</translation>
    </message>
    <message>
        <source>Fits a stated need</source>
        <translation>Fits a stated need</translation>
    </message>
    <message>
        <source>Close to the next tier</source>
        <translation>Close to the next tier</translation>
    </message>
    <message>
        <source>Household close to the next tier</source>
        <translation>Household close to the next tier</translation>
    </message>
    <message>
        <source>Held by similar customers</source>
        <translation>Held by similar customers</translation>
    </message>
    <message>
        <source>A second product family</source>
        <translation>A second product family</translation>
    </message>
</context>
<context>
    <name>OnePagePdf</name>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>The PDF %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>OpportunityFollowThrough</name>
    <message>
        <source>The contact could not be audited.</source>
        <translation>The contact could not be audited.</translation>
    </message>
    <message>
        <source>The escalation could not be audited.</source>
        <translation>The escalation could not be audited.</translation>
    </message>
</context>
<context>
    <name>OpportunityModel</name>
    <message>
        <source>Contact by</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Service: not held back by marketing consent</source>
        <translation>Service: not held back by marketing consent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Past its deadline without a contact: shown to every wealth manager and the branch head</source>
        <translation>Past its deadline without a contact: shown to every wealth manager and the branch head</translation>
    </message>
</context>
<context>
    <name>OpportunityReason</name>
    <message>
        <source>%1 out through %2</source>
        <translation>%1 out through %2</translation>
    </message>
    <message>
        <source>%1 in through %2</source>
        <translation>%1 in through %2</translation>
    </message>
    <message>
        <source>, counterparty %1</source>
        <translation>, counterparty %1</translation>
    </message>
    <message>
        <source>Salary of %1 credited</source>
        <translation>Salary of %1 credited</translation>
    </message>
    <message>
        <source>%1 mature on %2</source>
        <translation>%1 mature on %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Viewed %1 pages %2 times in %3 days</source>
        <translation>Viewed %1 pages %2 times in %3 days</translation>
    </message>
    <message>
        <source>Viewed %1 pages</source>
        <translation>Viewed %1 pages</translation>
    </message>
    <message>
        <source>Complaint: %1</source>
        <translation>Complaint: %1</translation>
    </message>
    <message>
        <source>Complaint lodged</source>
        <translation>Complaint lodged</translation>
    </message>
    <message>
        <source>Employer changed</source>
        <translation>Employer changed</translation>
    </message>
    <message>
        <source>Phone number changed</source>
        <translation>Phone number changed</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Address changed</translation>
    </message>
    <message>
        <source>First mobile-banking sign-in</source>
        <translation>First mobile-banking sign-in</translation>
    </message>
    <message>
        <source>Mobile-banking sign-in</source>
        <translation>Mobile-banking sign-in</translation>
    </message>
    <message>
        <source>Birthday coming</source>
        <translation>Birthday coming</translation>
    </message>
    <message>
        <source>At the counter: %1, %2</source>
        <translation>At the counter: %1, %2</translation>
    </message>
    <message>
        <source>At the counter: %1</source>
        <translation>At the counter: %1</translation>
    </message>
    <message>
        <source>Walk-in judged %1</source>
        <translation>Walk-in judged %1</translation>
    </message>
    <message>
        <source>Call outcome: %1</source>
        <translation>Call outcome: %1</translation>
    </message>
    <message>
        <source>, %1% of AUM</source>
        <translation>, %1% of AUM</translation>
    </message>
</context>
<context>
    <name>OpportunityTerms</name>
    <message>
        <source>Retention call</source>
        <translation>Retention call</translation>
    </message>
    <message>
        <source>Deposit conversation</source>
        <translation>Deposit conversation</translation>
    </message>
    <message>
        <source>Wealth conversation</source>
        <translation>Wealth conversation</translation>
    </message>
    <message>
        <source>Reinvestment of maturing money</source>
        <translation>Reinvestment of maturing money</translation>
    </message>
    <message>
        <source>Product consultation</source>
        <translation>Product consultation</translation>
    </message>
    <message>
        <source>Welcome call</source>
        <translation>Welcome call</translation>
    </message>
    <message>
        <source>Care contact</source>
        <translation>Care contact</translation>
    </message>
    <message>
        <source>KYC review</source>
        <translation>KYC review</translation>
    </message>
    <message>
        <source>Service recovery</source>
        <translation>Service recovery</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>The customer&apos;s manager, else the branch pool</source>
        <translation>The customer&apos;s manager, else the branch pool</translation>
    </message>
    <message>
        <source>The customer&apos;s manager only</source>
        <translation>The customer&apos;s manager only</translation>
    </message>
    <message>
        <source>The branch pool</source>
        <translation>The branch pool</translation>
    </message>
    <message>
        <source>The branch head</source>
        <translation>The branch head</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>No marketing consent</source>
        <translation>No marketing consent</translation>
    </message>
    <message>
        <source>Contact limit reached</source>
        <translation>Contact limit reached</translation>
    </message>
    <message>
        <source>No owning manager</source>
        <translation>No owning manager</translation>
    </message>
</context>
<context>
    <name>OutboxPush</name>
    <message>
        <source>The sync server refused the changes (%1): %2</source>
        <translation>The sync server refused the changes (%1): %2</translation>
    </message>
    <message>
        <source>The sync server answered for %1 of %2 changes.</source>
        <translation>The sync server answered for %1 of %2 changes.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view customers</source>
        <translation>view customers</translation>
    </message>
    <message>
        <source>edit customer profiles</source>
        <translation>edit customer profiles</translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation>reveal personal data</translation>
    </message>
    <message>
        <source>export unmasked data</source>
        <translation>export unmasked data</translation>
    </message>
    <message>
        <source>log lobby visits</source>
        <translation>log lobby visits</translation>
    </message>
    <message>
        <source>create referrals</source>
        <translation>create referrals</translation>
    </message>
    <message>
        <source>run the teller flow</source>
        <translation>run the teller flow</translation>
    </message>
    <message>
        <source>log interactions</source>
        <translation>log interactions</translation>
    </message>
    <message>
        <source>run KYC</source>
        <translation>run KYC</translation>
    </message>
    <message>
        <source>manage segments</source>
        <translation>manage segments</translation>
    </message>
    <message>
        <source>assign call lists</source>
        <translation>assign call lists</translation>
    </message>
    <message>
        <source>view the branch dashboard</source>
        <translation>view the branch dashboard</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>record customer consent</source>
        <translation>record customer consent</translation>
    </message>
    <message>
        <source>export a customer&apos;s personal data</source>
        <translation>export a customer&apos;s personal data</translation>
    </message>
    <message>
        <source>erase a customer&apos;s personal data</source>
        <translation>erase a customer&apos;s personal data</translation>
    </message>
    <message>
        <source>import data from core banking</source>
        <translation>import data from core banking</translation>
    </message>
    <message>
        <source>move customers to another branch</source>
        <translation>move customers to another branch</translation>
    </message>
    <message>
        <source>manage households</source>
        <translation>manage households</translation>
    </message>
    <message>
        <source>recommend products</source>
        <translation>recommend products</translation>
    </message>
    <message>
        <source>record product sales</source>
        <translation>record product sales</translation>
    </message>
    <message>
        <source>manage the product shelf</source>
        <translation>manage the product shelf</translation>
    </message>
</context>
<context>
    <name>PersonalDataReveal</name>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message numerus="yes">
        <source>Type why you need to see the full %1 (at least %n characters).</source>
        <translation>
            <numerusform>Type why you need to see the full %1 (at least %n characters).</numerusform>
            <numerusform>Type why you need to see the full %1 (at least %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so it is not shown: %1</source>
        <translation>The reveal could not be recorded, so it is not shown: %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataRights</name>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>The data could not be read: %1</translation>
    </message>
    <message>
        <source>The export could not be recorded, so it is not given: %1</source>
        <translation>The export could not be recorded, so it is not given: %1</translation>
    </message>
    <message>
        <source>Give the reference of the customer&apos;s erasure request.</source>
        <translation>Give the reference of the customer&apos;s erasure request.</translation>
    </message>
    <message>
        <source>This customer&apos;s personal data was already erased.</source>
        <translation>This customer&apos;s personal data was already erased.</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>Nothing was erased: %1</translation>
    </message>
</context>
<context>
    <name>PrivilegeRequests</name>
    <message>
        <source>Your own password needs no request: set it with user passwd.</source>
        <translation>Your own password needs no request: set it with user passwd.</translation>
    </message>
    <message>
        <source>The request could not be recorded in the audit log.</source>
        <translation>The request could not be recorded in the audit log.</translation>
    </message>
    <message>
        <source>Only another administrator or the branch head can approve this.</source>
        <translation>Only another administrator or the branch head can approve this.</translation>
    </message>
    <message>
        <source>A request needs a second person: you made this one, so someone else must approve it.</source>
        <translation>A request needs a second person: you made this one, so someone else must approve it.</translation>
    </message>
    <message>
        <source>Nobody can approve a request about their own account.</source>
        <translation>Nobody can approve a request about their own account.</translation>
    </message>
    <message>
        <source>Your password was last set by the person who made this request, so you cannot be their second person. Set your own password first.</source>
        <translation>Your password was last set by the person who made this request, so you cannot be their second person. Set your own password first.</translation>
    </message>
    <message>
        <source>No request %1 is waiting.</source>
        <translation>No request %1 is waiting.</translation>
    </message>
    <message>
        <source>The approval could not be recorded in the audit log.</source>
        <translation>The approval could not be recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>ProductShelfFile</name>
    <message>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>the file is larger than %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>must be 1</translation>
    </message>
    <message>
        <source>a text of at most 100 characters</source>
        <translation>a text of at most 100 characters</translation>
    </message>
    <message>
        <source>the products are missing: a list of at least one</source>
        <translation>the products are missing: a list of at least one</translation>
    </message>
    <message>
        <source>at most %1 products</source>
        <translation>at most %1 products</translation>
    </message>
    <message>
        <source>a product must be an object</source>
        <translation>a product must be an object</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>line 1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>the column &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>a column is named twice</source>
        <translation>a column is named twice</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n field(s) where the header has %1</numerusform>
            <numerusform>%n field(s) where the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; (one of %2)</source>
        <translation>unknown channel &quot;%1&quot; (one of %2)</translation>
    </message>
    <message>
        <source>name at least one channel</source>
        <translation>name at least one channel</translation>
    </message>
    <message>
        <source>yes or no (true or false)</source>
        <translation>yes or no (true or false)</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD</source>
        <translation>a day as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>this field is required</translation>
    </message>
    <message>
        <source>a code is 1 to 32 letters, digits, dots, dashes or underscores</source>
        <translation>a code is 1 to 32 letters, digits, dots, dashes or underscores</translation>
    </message>
    <message>
        <source>a name is a text of at most %1 characters</source>
        <translation>a name is a text of at most %1 characters</translation>
    </message>
    <message>
        <source>unknown product family &quot;%1&quot; (one of %2)</source>
        <translation>unknown product family &quot;%1&quot; (one of %2)</translation>
    </message>
    <message>
        <source>the risk rating is R1 to R5</source>
        <translation>the risk rating is R1 to R5</translation>
    </message>
    <message>
        <source>the minimum is an amount in yuan, like 10000, &quot;1万&quot; or &quot;50,000.00&quot;</source>
        <translation>the minimum is an amount in yuan, like 10000, &quot;1万&quot; or &quot;50,000.00&quot;</translation>
    </message>
    <message>
        <source>the sales window ends before it starts</source>
        <translation>the sales window ends before it starts</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (the fields are %2)</source>
        <translation>unknown field &quot;%1&quot; (the fields are %2)</translation>
    </message>
    <message>
        <source>the code %1 is used twice (first at %2)</source>
        <translation>the code %1 is used twice (first at %2)</translation>
    </message>
</context>
<context>
    <name>ProductShelfService</name>
    <message>
        <source>The branch&apos;s product shelf (%1) cannot be read; the built-in shelf is used: %2</source>
        <translation>The branch&apos;s product shelf (%1) cannot be read; the built-in shelf is used: %2</translation>
    </message>
    <message>
        <source>The shelf was not replaced: %1</source>
        <translation>The shelf was not replaced: %1</translation>
    </message>
    <message>
        <source>The shelf was not replaced: the change could not be recorded.</source>
        <translation>The shelf was not replaced: the change could not be recorded.</translation>
    </message>
</context>
<context>
    <name>ProductShelfStore</name>
    <message>
        <source>The shelf was replaced meanwhile; load the file again.</source>
        <translation>The shelf was replaced meanwhile; load the file again.</translation>
    </message>
</context>
<context>
    <name>PulledBatch</name>
    <message>
        <source>The server&apos;s branch list could not be stored: %1</source>
        <translation>The server&apos;s branch list could not be stored: %1</translation>
    </message>
    <message>
        <source>A pulled change could not be applied: %1</source>
        <translation>A pulled change could not be applied: %1</translation>
    </message>
    <message>
        <source>The clock seen in a pulled batch could not be stored.</source>
        <translation>The clock seen in a pulled batch could not be stored.</translation>
    </message>
</context>
<context>
    <name>PulledErasures</name>
    <message>
        <source>The audit entry of an edit dropped after an erasure could not be written.</source>
        <translation>The audit entry of an edit dropped after an erasure could not be written.</translation>
    </message>
</context>
<context>
    <name>ReferralDayModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>New AUM credited</source>
        <translation>New AUM credited</translation>
    </message>
</context>
<context>
    <name>ReferralDesk</name>
    <message>
        <source>The referral could not be saved: %1</source>
        <translation>The referral could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no such referral at this branch.</source>
        <translation>There is no such referral at this branch.</translation>
    </message>
    <message>
        <source>A referral cannot go from %1 to %2.</source>
        <translation>A referral cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>Only the wealth manager it is referred to, or the branch head, may move this referral.</source>
        <translation>Only the wealth manager it is referred to, or the branch head, may move this referral.</translation>
    </message>
    <message>
        <source>A conversion needs the new AUM the customer brought in.</source>
        <translation>A conversion needs the new AUM the customer brought in.</translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile. Reload and try again.</source>
        <translation>Someone else changed this referral meanwhile. Reload and try again.</translation>
    </message>
    <message>
        <source>The new AUM must be more than zero; %1 is not.</source>
        <translation>The new AUM must be more than zero; %1 is not.</translation>
    </message>
    <message>
        <source>The referral could not be read: %1</source>
        <translation>The referral could not be read: %1</translation>
    </message>
    <message>
        <source>A referral has no such step.</source>
        <translation>A referral has no such step.</translation>
    </message>
    <message>
        <source>The customer&apos;s open referrals could not be read: %1</source>
        <translation>The customer&apos;s open referrals could not be read: %1</translation>
    </message>
    <message>
        <source>This customer already has an open referral to %1, filed %2: follow it up there. A second referral would have two managers call the same customer.</source>
        <translation>This customer already has an open referral to %1, filed %2: follow it up there. A second referral would have two managers call the same customer.</translation>
    </message>
    <message>
        <source>a wealth manager</source>
        <translation>a wealth manager</translation>
    </message>
    <message>
        <source>Only the lobby manager or the branch head notes a customer seen again on an open referral.</source>
        <translation>Only the lobby manager or the branch head notes a customer seen again on an open referral.</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Choose the record form or the referral form.</source>
        <translation>Choose the record form or the referral form.</translation>
    </message>
    <message>
        <source>A referral comes from the lobby, the counter or a colleague.</source>
        <translation>A referral comes from the lobby, the counter or a colleague.</translation>
    </message>
    <message>
        <source>Link a customer, or describe the customer in a few words.</source>
        <translation>Link a customer, or describe the customer in a few words.</translation>
    </message>
    <message>
        <source>Choose the wealth manager.</source>
        <translation>Choose the wealth manager.</translation>
    </message>
    <message>
        <source>Say what the customer asked about or needs.</source>
        <translation>Say what the customer asked about or needs.</translation>
    </message>
    <message>
        <source>Funds cannot be negative.</source>
        <translation>Funds cannot be negative.</translation>
    </message>
    <message>
        <source>The information record is for a customer who has time now; use the referral form otherwise.</source>
        <translation>The information record is for a customer who has time now; use the referral form otherwise.</translation>
    </message>
    <message>
        <source>A customer with time meets the manager now: use the information record.</source>
        <translation>A customer with time meets the manager now: use the information record.</translation>
    </message>
    <message>
        <source>Keep contact details only with the customer&apos;s consent.</source>
        <translation>Keep contact details only with the customer&apos;s consent.</translation>
    </message>
    <message>
        <source>Unknown checklist point %1.</source>
        <translation>Unknown checklist point %1.</translation>
    </message>
    <message>
        <source>Potential-VIP customer information record</source>
        <translation>Potential-VIP customer information record</translation>
    </message>
    <message>
        <source>Potential-VIP customer referral form</source>
        <translation>Potential-VIP customer referral form</translation>
    </message>
</context>
<context>
    <name>ReferralPrint</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Interest or need</source>
        <translation>Interest or need</translation>
    </message>
    <message>
        <source>Funds mentioned</source>
        <translation>Funds mentioned</translation>
    </message>
    <message>
        <source>Has time now</source>
        <translation>Has time now</translation>
    </message>
    <message>
        <source>Contact details with consent</source>
        <translation>Contact details with consent</translation>
    </message>
    <message>
        <source>Experience card handed over</source>
        <translation>Experience card handed over</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>Wealth manager</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Key points done</source>
        <translation>Key points done</translation>
    </message>
    <message>
        <source>Signature of the referrer:</source>
        <translation>Signature of the referrer:</translation>
    </message>
    <message>
        <source>Signature of the manager:</source>
        <translation>Signature of the manager:</translation>
    </message>
</context>
<context>
    <name>ReferralQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(walk-in)</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 (escalated)</source>
        <translation>%1 (escalated)</translation>
    </message>
    <message>
        <source>Why referred</source>
        <translation>Why referred</translation>
    </message>
    <message>
        <source>a state this version of BranchDesk does not know</source>
        <translation>a state this version of BranchDesk does not know</translation>
    </message>
    <message>
        <source>Seen again in the lobby %1</source>
        <translation>Seen again in the lobby %1</translation>
    </message>
</context>
<context>
    <name>ReferralStepCheck</name>
    <message>
        <source>staff_id of a referral step is not the signed-in user</source>
        <translation>staff_id of a referral step is not the signed-in user</translation>
    </message>
    <message>
        <source>only the lobby manager or the branch head notes a customer seen again on an open referral</source>
        <translation>only the lobby manager or the branch head notes a customer seen again on an open referral</translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation>An ID number has 18 characters.</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>An ID number is 17 digits followed by a digit or X.</translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date.</source>
        <translation>The birth date in the ID number is not a real date.</translation>
    </message>
    <message>
        <source>The check digit does not match: please re-read the ID card.</source>
        <translation>The check digit does not match: please re-read the ID card.</translation>
    </message>
</context>
<context>
    <name>RevealKeyRotation</name>
    <message>
        <source>Only the branch head rotates the key to the customers&apos; identifiers.</source>
        <translation>Only the branch head rotates the key to the customers&apos; identifiers.</translation>
    </message>
    <message>
        <source>A new key could not be made.</source>
        <translation>A new key could not be made.</translation>
    </message>
    <message>
        <source>A kept conflict does not open with the key.</source>
        <translation>A kept conflict does not open with the key.</translation>
    </message>
    <message>
        <source>The new key could not be recorded.</source>
        <translation>The new key could not be recorded.</translation>
    </message>
    <message>
        <source>The rotation could not be audited.</source>
        <translation>The rotation could not be audited.</translation>
    </message>
</context>
<context>
    <name>RiskProfile</name>
    <message>
        <source>Not determined</source>
        <translation>Not determined</translation>
    </message>
</context>
<context>
    <name>RiskRating</name>
    <message>
        <source>R1 low risk</source>
        <translation>R1 low risk</translation>
    </message>
    <message>
        <source>R2 medium-low risk</source>
        <translation>R2 medium-low risk</translation>
    </message>
    <message>
        <source>R3 medium risk</source>
        <translation>R3 medium risk</translation>
    </message>
    <message>
        <source>R4 medium-high risk</source>
        <translation>R4 medium-high risk</translation>
    </message>
    <message>
        <source>R5 high risk</source>
        <translation>R5 high risk</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>no rating</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
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
        <translation>The installed rule file has problems; the shipped rules run instead:
%1</translation>
    </message>
    <message>
        <source>The change of rule %1 cannot be used: %2</source>
        <translation>The change of rule %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>its id differs</source>
        <translation>its id differs</translation>
    </message>
</context>
<context>
    <name>RuleFields</name>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Share of AUM (%)</source>
        <translation>Share of AUM (%)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Transaction kind</source>
        <translation>Transaction kind</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>Counterparty bank</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Product family</translation>
    </message>
    <message>
        <source>Category browsed</source>
        <translation>Category browsed</translation>
    </message>
    <message>
        <source>Days to maturity</source>
        <translation>Days to maturity</translation>
    </message>
    <message>
        <source>Times within the window</source>
        <translation>Times within the window</translation>
    </message>
    <message>
        <source>First time</source>
        <translation>First time</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>Value class</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Call outcome</translation>
    </message>
    <message>
        <source>Contact purpose</source>
        <translation>Contact purpose</translation>
    </message>
</context>
<context>
    <name>RuleFigureModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Fired</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>Held back why</source>
        <translation>Held back why</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Contacted in time</source>
        <translation>Contacted in time</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>New AUM</source>
        <translation>New AUM</translation>
    </message>
    <message numerus="yes">
        <source>Bought through the suitability gate within %n day(s) after the contact</source>
        <translation>
            <numerusform>Bought through the suitability gate within %n day(s) after the contact</numerusform>
            <numerusform>Bought through the suitability gate within %n day(s) after the contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleFile</name>
    <message>
        <source>The rule file is too large (%1 bytes; at most %2).</source>
        <translation>The rule file is too large (%1 bytes; at most %2).</translation>
    </message>
    <message>
        <source>The rule file is not valid JSON (at byte %1: %2).</source>
        <translation>The rule file is not valid JSON (at byte %1: %2).</translation>
    </message>
    <message>
        <source>The rule file must be a JSON object.</source>
        <translation>The rule file must be a JSON object.</translation>
    </message>
    <message>
        <source>this program reads rule files of format %1.</source>
        <translation>this program reads rule files of format %1.</translation>
    </message>
    <message>
        <source>must be a non-empty list of rules.</source>
        <translation>must be a non-empty list of rules.</translation>
    </message>
    <message>
        <source>a file holds at most %1 rules.</source>
        <translation>a file holds at most %1 rules.</translation>
    </message>
    <message>
        <source>must be a rule (a JSON object).</source>
        <translation>must be a rule (a JSON object).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of an earlier rule too.</source>
        <translation>&quot;%1&quot; is the id of an earlier rule too.</translation>
    </message>
    <message>
        <source>unknown key; expected one of: %1.</source>
        <translation>unknown key; expected one of: %1.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>is missing.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>must be between %1 and %2.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; is not one of: %2.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>is longer than %1 characters.</translation>
    </message>
    <message>
        <source>contains a control character.</source>
        <translation>contains a control character.</translation>
    </message>
    <message>
        <source>must be an object with &quot;en&quot; and &quot;zh_CN&quot; texts.</source>
        <translation>must be an object with &quot;en&quot; and &quot;zh_CN&quot; texts.</translation>
    </message>
    <message>
        <source>must be an object with &quot;en&quot; and &quot;zh_CN&quot; lists.</source>
        <translation>must be an object with &quot;en&quot; and &quot;zh_CN&quot; lists.</translation>
    </message>
    <message>
        <source>must be a non-empty list of texts.</source>
        <translation>must be a non-empty list of texts.</translation>
    </message>
    <message>
        <source>has more than %1 points.</source>
        <translation>has more than %1 points.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>must be an object.</translation>
    </message>
    <message>
        <source>must be a time of day like 21:00.</source>
        <translation>must be a time of day like 21:00.</translation>
    </message>
</context>
<context>
    <name>RuleThresholdModel</name>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>RuleThresholds</name>
    <message>
        <source>Quiet days after firing</source>
        <translation>Quiet days after firing</translation>
    </message>
    <message>
        <source>Contact within (hours)</source>
        <translation>Contact within (hours)</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Window (days)</translation>
    </message>
    <message>
        <source>Rule %1 has no number at %2.</source>
        <translation>Rule %1 has no number at %2.</translation>
    </message>
</context>
<context>
    <name>SegmentColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CIF number</source>
        <translation>CIF number</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>Wealth manager</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SegmentCompiler</name>
    <message>
        <source>A group of the segment is empty.</source>
        <translation>A group of the segment is empty.</translation>
    </message>
    <message>
        <source>The segment uses an unknown field or operator (&quot;%1&quot;).</source>
        <translation>The segment uses an unknown field or operator (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be used in a segment yet.</source>
        <translation>The field &quot;%1&quot; cannot be used in a segment yet.</translation>
    </message>
    <message>
        <source>The condition on &quot;%1&quot; is incomplete.</source>
        <translation>The condition on &quot;%1&quot; is incomplete.</translation>
    </message>
    <message>
        <source>No valid day to count from.</source>
        <translation>No valid day to count from.</translation>
    </message>
</context>
<context>
    <name>SegmentDefinition</name>
    <message>
        <source>unknown key &quot;%1&quot;; a group has &quot;match&quot; and &quot;conditions&quot;.</source>
        <translation>unknown key &quot;%1&quot;; a group has &quot;match&quot; and &quot;conditions&quot;.</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;.</source>
        <translation>&quot;match&quot; must be &quot;all&quot; or &quot;any&quot;.</translation>
    </message>
    <message>
        <source>&quot;conditions&quot; must be a list.</source>
        <translation>&quot;conditions&quot; must be a list.</translation>
    </message>
    <message>
        <source>this group is empty; add at least one condition.</source>
        <translation>this group is empty; add at least one condition.</translation>
    </message>
    <message>
        <source>each entry must be a condition or a group (a JSON object).</source>
        <translation>each entry must be a condition or a group (a JSON object).</translation>
    </message>
    <message>
        <source>groups are nested more than %1 deep.</source>
        <translation>groups are nested more than %1 deep.</translation>
    </message>
    <message>
        <source>neither a condition (&quot;field&quot;) nor a group (&quot;match&quot;).</source>
        <translation>neither a condition (&quot;field&quot;) nor a group (&quot;match&quot;).</translation>
    </message>
    <message>
        <source>a segment has at most %1 conditions.</source>
        <translation>a segment has at most %1 conditions.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation>unknown field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; takes no &quot;%2&quot;.</source>
        <translation>the field &quot;%1&quot; takes no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;.</source>
        <translation>unknown operator &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; cannot be compared with &quot;%2&quot;.</source>
        <translation>the field &quot;%1&quot; cannot be compared with &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;between&quot; takes a list of two numbers [low, high].</source>
        <translation>&quot;between&quot; takes a list of two numbers [low, high].</translation>
    </message>
    <message>
        <source>the low end is above the high end.</source>
        <translation>the low end is above the high end.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>unsupported value.</source>
        <translation>unsupported value.</translation>
    </message>
    <message>
        <source>must be a non-empty list.</source>
        <translation>must be a non-empty list.</translation>
    </message>
    <message>
        <source>a list has at most %1 entries.</source>
        <translation>a list has at most %1 entries.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; is not one of: %2.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>is longer than %1 characters.</translation>
    </message>
    <message>
        <source>contains a control character.</source>
        <translation>contains a control character.</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>must be a number.</translation>
    </message>
    <message>
        <source>must be a whole number.</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <source>must be between %1 and %2.</source>
        <translation>must be between %1 and %2.</translation>
    </message>
    <message>
        <source>The segment definition is too large (%1 bytes; at most %2).</source>
        <translation>The segment definition is too large (%1 bytes; at most %2).</translation>
    </message>
    <message>
        <source>The segment definition is not valid JSON (at byte %1: %2).</source>
        <translation>The segment definition is not valid JSON (at byte %1: %2).</translation>
    </message>
    <message>
        <source>The segment definition must be a JSON object with &quot;match&quot; and &quot;conditions&quot;.</source>
        <translation>The segment definition must be a JSON object with &quot;match&quot; and &quot;conditions&quot;.</translation>
    </message>
    <message>
        <source>This segment definition has format version %1; this program reads version %2.</source>
        <translation>This segment definition has format version %1; this program reads version %2.</translation>
    </message>
    <message>
        <source>The top of a segment definition must be a group.</source>
        <translation>The top of a segment definition must be a group.</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Condition %1: %2</translation>
    </message>
    <message>
        <source>Condition %1 (%2): %3</source>
        <translation>Condition %1 (%2): %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs two amounts.</source>
        <translation>&quot;%1&quot; needs two amounts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs two numbers.</source>
        <translation>&quot;%1&quot; needs two numbers.</translation>
    </message>
    <message>
        <source>the first amount is above the second.</source>
        <translation>the first amount is above the second.</translation>
    </message>
    <message>
        <source>the first number is above the second.</source>
        <translation>the first number is above the second.</translation>
    </message>
    <message>
        <source>choose yes or no.</source>
        <translation>choose yes or no.</translation>
    </message>
    <message>
        <source>choose at least one.</source>
        <translation>choose at least one.</translation>
    </message>
    <message>
        <source>enter at least one value.</source>
        <translation>enter at least one value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; is not one of the choices.</translation>
    </message>
    <message>
        <source>enter an amount.</source>
        <translation>enter an amount.</translation>
    </message>
    <message>
        <source>enter the number of days.</source>
        <translation>enter the number of days.</translation>
    </message>
    <message>
        <source>enter a number.</source>
        <translation>enter a number.</translation>
    </message>
    <message>
        <source>an amount has at most two decimals.</source>
        <translation>an amount has at most two decimals.</translation>
    </message>
    <message>
        <source>enter a whole number.</source>
        <translation>enter a whole number.</translation>
    </message>
    <message>
        <source>the period must be %1 to %2 days.</source>
        <translation>the period must be %1 to %2 days.</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Tier and AUM</source>
        <translation>Tier and AUM</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <source>Transactions and events</source>
        <translation>Transactions and events</translation>
    </message>
    <message>
        <source>Tags and KYC</source>
        <translation>Tags and KYC</translation>
    </message>
    <message>
        <source>Service and consent</source>
        <translation>Service and consent</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Age (years)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Risk level (1-5)</source>
        <translation>Risk level (1-5)</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <source>Became a customer within (days)</source>
        <translation>Became a customer within (days)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Current AUM</source>
        <translation>Current AUM</translation>
    </message>
    <message>
        <source>AUM change over the last N days</source>
        <translation>AUM change over the last N days</translation>
    </message>
    <message>
        <source>Gap to the next tier</source>
        <translation>Gap to the next tier</translation>
    </message>
    <message>
        <source>Downgraded within (days)</source>
        <translation>Downgraded within (days)</translation>
    </message>
    <message>
        <source>Holds product family</source>
        <translation>Holds product family</translation>
    </message>
    <message>
        <source>Amount held</source>
        <translation>Amount held</translation>
    </message>
    <message>
        <source>A holding matures within (days)</source>
        <translation>A holding matures within (days)</translation>
    </message>
    <message>
        <source>Holds a single product family</source>
        <translation>Holds a single product family</translation>
    </message>
    <message>
        <source>Money out over the last N days</source>
        <translation>Money out over the last N days</translation>
    </message>
    <message>
        <source>Money in over the last N days</source>
        <translation>Money in over the last N days</translation>
    </message>
    <message>
        <source>Event in the last N days</source>
        <translation>Event in the last N days</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Money arriving within (days)</source>
        <translation>Money arriving within (days)</translation>
    </message>
    <message>
        <source>Expected return (KYC)</source>
        <translation>Expected return (KYC)</translation>
    </message>
    <message>
        <source>Investment horizon (KYC)</source>
        <translation>Investment horizon (KYC)</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>Wealth manager</translation>
    </message>
    <message>
        <source>Assignment mode</source>
        <translation>Assignment mode</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Marketing consent</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>less than</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>more than</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>between</source>
        <translation>between</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>any of</translation>
    </message>
    <message>
        <source>none of</source>
        <translation>none of</translation>
    </message>
    <message>
        <source>within the last/next N days</source>
        <translation>within the last/next N days</translation>
    </message>
    <message>
        <source>not within N days</source>
        <translation>not within N days</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Household AUM</source>
        <translation>Household AUM</translation>
    </message>
    <message>
        <source>Household tier</source>
        <translation>Household tier</translation>
    </message>
    <message>
        <source>Household&apos;s gap to the next tier</source>
        <translation>Household&apos;s gap to the next tier</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Head of a household</source>
        <translation>Head of a household</translation>
    </message>
</context>
<context>
    <name>SegmentPresets</name>
    <message>
        <source>Deposit uplift</source>
        <translation>Deposit uplift</translation>
    </message>
    <message>
        <source>Older customers with a low risk tolerance who hold deposits.</source>
        <translation>Older customers with a low risk tolerance who hold deposits.</translation>
    </message>
    <message>
        <source>AUM uplift</source>
        <translation>AUM uplift</translation>
    </message>
    <message>
        <source>Customers downgraded in the last year or with large money movements in the last 30 days.</source>
        <translation>Customers downgraded in the last year or with large money movements in the last 30 days.</translation>
    </message>
    <message>
        <source>VIP uplift</source>
        <translation>VIP uplift</translation>
    </message>
    <message>
        <source>Customers within 50,000 yuan of the next tier, or downgraded in the last 90 days.</source>
        <translation>Customers within 50,000 yuan of the next tier, or downgraded in the last 90 days.</translation>
    </message>
    <message>
        <source>Fee-income uplift</source>
        <translation>Fee-income uplift</translation>
    </message>
    <message>
        <source>Customers who browsed funds, insurance or precious metals in mobile banking in the last 30 days.</source>
        <translation>Customers who browsed funds, insurance or precious metals in mobile banking in the last 30 days.</translation>
    </message>
    <message>
        <source>New customers (first 90 days)</source>
        <translation>New customers (first 90 days)</translation>
    </message>
    <message>
        <source>Customers who opened their account in the last 90 days: the 90-day care flow.</source>
        <translation>Customers who opened their account in the last 90 days: the 90-day care flow.</translation>
    </message>
    <message>
        <source>Maturing funds to take over</source>
        <translation>Maturing funds to take over</translation>
    </message>
    <message>
        <source>Customers with deposits, wealth products, bonds or trusts maturing in the next 30 days.</source>
        <translation>Customers with deposits, wealth products, bonds or trusts maturing in the next 30 days.</translation>
    </message>
    <message>
        <source>Dormant and declining: win back</source>
        <translation>Dormant and declining: win back</translation>
    </message>
    <message>
        <source>Customers in decline, not contacted for 180 days, or whose AUM fell by 50,000 yuan or more in 90 days.</source>
        <translation>Customers in decline, not contacted for 180 days, or whose AUM fell by 50,000 yuan or more in 90 days.</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>The segment no longer exists.</source>
        <translation>The segment no longer exists.</translation>
    </message>
    <message>
        <source>The saved segment &quot;%1&quot; cannot be read: %2</source>
        <translation>The saved segment &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Give the segment a name.</translation>
    </message>
    <message>
        <source>A segment name has at most %1 characters.</source>
        <translation>A segment name has at most %1 characters.</translation>
    </message>
    <message>
        <source>The segment cannot be saved: %1</source>
        <translation>The segment cannot be saved: %1</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; already exists.</source>
        <translation>A segment named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The segment could not be saved: %1</source>
        <translation>The segment could not be saved: %1</translation>
    </message>
    <message>
        <source>The segment could not be deleted: %1</source>
        <translation>The segment could not be deleted: %1</translation>
    </message>
    <message>
        <source>The segment could not be counted: %1</source>
        <translation>The segment could not be counted: %1</translation>
    </message>
    <message>
        <source>The segment could not be run: %1</source>
        <translation>The segment could not be run: %1</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>Choose at least one column to export.</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log, so it was not made.</source>
        <translation>The export could not be recorded in the audit log, so it was not made.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>SensitiveColumns</name>
    <message>
        <source>The customer data of this workstation is locked: sign in again to open it.</source>
        <translation>The customer data of this workstation is locked: sign in again to open it.</translation>
    </message>
    <message>
        <source>A protected value cannot be opened with this workstation&apos;s key: it was changed or sealed elsewhere.</source>
        <translation>A protected value cannot be opened with this workstation&apos;s key: it was changed or sealed elsewhere.</translation>
    </message>
    <message>
        <source>Only a role that may reveal personal data opens this value.</source>
        <translation>Only a role that may reveal personal data opens this value.</translation>
    </message>
</context>
<context>
    <name>ServerAuditCheckpoint</name>
    <message>
        <source>The sync server did not give its audit checkpoint (%1): %2</source>
        <translation>The sync server did not give its audit checkpoint (%1): %2</translation>
    </message>
    <message>
        <source>The sync server sent an audit checkpoint that is not for this workstation&apos;s chain.</source>
        <translation>The sync server sent an audit checkpoint that is not for this workstation&apos;s chain.</translation>
    </message>
    <message>
        <source>The sync server&apos;s audit key is not the one this workstation keeps: the key kept here was replaced, or this is another server.</source>
        <translation>The sync server&apos;s audit key is not the one this workstation keeps: the key kept here was replaced, or this is another server.</translation>
    </message>
    <message>
        <source>The sync server&apos;s audit checkpoint does not verify with its key.</source>
        <translation>The sync server&apos;s audit checkpoint does not verify with its key.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>The configuration file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>The configuration file %1 is not a valid INI file.</translation>
    </message>
    <message>
        <source>%1 must be a number from 0 to %2, not &quot;%3&quot;.</source>
        <translation>%1 must be a number from 0 to %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The listen address &quot;%1&quot; is not an IP address.</source>
        <translation>The listen address &quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key.</source>
        <translation>TLS needs both a certificate and a key.</translation>
    </message>
    <message>
        <source>log_level must be info, warning or off.</source>
        <translation>log_level must be info, warning or off.</translation>
    </message>
    <message>
        <source>database/driver must be sqlite or postgres, not &quot;%1&quot;.</source>
        <translation>database/driver must be sqlite or postgres, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The setting postgres/pooling must be transaction or session, not %1.</source>
        <translation>The setting postgres/pooling must be transaction or session, not %1.</translation>
    </message>
</context>
<context>
    <name>ServerRoutes</name>
    <message>
        <source>Sign in first: the token is missing, expired or not valid.</source>
        <translation>Sign in first: the token is missing, expired or not valid.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>The user name or password is incorrect.</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation>The request is larger than the server accepts.</translation>
    </message>
    <message>
        <source>The request is not a JSON object: %1</source>
        <translation>The request is not a JSON object: %1</translation>
    </message>
    <message>
        <source>This workstation speaks sync protocol %1; the server speaks %2. Please update BranchDesk. Your unsent changes are kept.</source>
        <translation>This workstation speaks sync protocol %1; the server speaks %2. Please update BranchDesk. Your unsent changes are kept.</translation>
    </message>
    <message>
        <source>Unknown branch, or a branch outside your own.</source>
        <translation>Unknown branch, or a branch outside your own.</translation>
    </message>
    <message>
        <source>changes must be an array.</source>
        <translation>changes must be an array.</translation>
    </message>
    <message>
        <source>%1 may not change %2</source>
        <translation>%1 may not change %2</translation>
    </message>
    <message>
        <source>The server could not store the changes; send them again.</source>
        <translation>The server could not store the changes; send them again.</translation>
    </message>
    <message>
        <source>after must be a cursor (0 or more) and limit between 1 and %1.</source>
        <translation>after must be a cursor (0 or more) and limit between 1 and %1.</translation>
    </message>
    <message>
        <source>No database is configured.</source>
        <translation>No database is configured.</translation>
    </message>
    <message>
        <source>id and page (1 or more) are required.</source>
        <translation>id and page (1 or more) are required.</translation>
    </message>
    <message>
        <source>The branch&apos;s baseline was imported again; start its download afresh.</source>
        <translation>The branch&apos;s baseline was imported again; start its download afresh.</translation>
    </message>
    <message>
        <source>No such baseline page.</source>
        <translation>No such baseline page.</translation>
    </message>
    <message>
        <source>origin_node and an array of entries are required.</source>
        <translation>origin_node and an array of entries are required.</translation>
    </message>
    <message>
        <source>An audit entry needs seq, id, action, prev_hash and hash.</source>
        <translation>An audit entry needs seq, id, action, prev_hash and hash.</translation>
    </message>
    <message>
        <source>The server could not store the audit entries; send them again.</source>
        <translation>The server could not store the audit entries; send them again.</translation>
    </message>
    <message>
        <source>The branch has no snapshot; download it page by page.</source>
        <translation>The branch has no snapshot; download it page by page.</translation>
    </message>
    <message>
        <source>id, offset (0 or more) and length (1 to %1) are required.</source>
        <translation>id, offset (0 or more) and length (1 to %1) are required.</translation>
    </message>
    <message>
        <source>The branch&apos;s snapshot was made again; start its download afresh.</source>
        <translation>The branch&apos;s snapshot was made again; start its download afresh.</translation>
    </message>
    <message>
        <source>The offset is past the end of the snapshot.</source>
        <translation>The offset is past the end of the snapshot.</translation>
    </message>
    <message>
        <source>The snapshot could not be read; try again.</source>
        <translation>The snapshot could not be read; try again.</translation>
    </message>
    <message>
        <source>%1 may not move %2 to another branch</source>
        <translation>%1 may not move %2 to another branch</translation>
    </message>
    <message>
        <source>there is no branch %1</source>
        <translation>there is no branch %1</translation>
    </message>
    <message>
        <source>the row does not belong to customer %1</source>
        <translation>the row does not belong to customer %1</translation>
    </message>
    <message>
        <source>customer %1 is not kept by your branch</source>
        <translation>customer %1 is not kept by your branch</translation>
    </message>
    <message>
        <source>The server could not read its branches; try again.</source>
        <translation>The server could not read its branches; try again.</translation>
    </message>
    <message>
        <source>audit entries are sent to /v1/audit, never as changes</source>
        <translation>audit entries are sent to /v1/audit, never as changes</translation>
    </message>
    <message>
        <source>The changes up to %1 are kept only in the branch&apos;s snapshot now; take the snapshot.</source>
        <translation>The changes up to %1 are kept only in the branch&apos;s snapshot now; take the snapshot.</translation>
    </message>
    <message>
        <source>Events are sent with the key of a service account.</source>
        <translation>Events are sent with the key of a service account.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the batch are malformed; nothing was stored.</source>
        <translation>
            <numerusform>%n event(s) of the batch are malformed; nothing was stored.</numerusform>
            <numerusform>%n event(s) of the batch are malformed; nothing was stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not store the events; send them again.</source>
        <translation>The server could not store the events; send them again.</translation>
    </message>
    <message>
        <source>/v1/listen speaks WebSocket only.</source>
        <translation>/v1/listen speaks WebSocket only.</translation>
    </message>
    <message>
        <source>The server cannot reach its database just now; try again shortly.</source>
        <translation>The server cannot reach its database just now; try again shortly.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n minute(s).</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n minute(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in from this workstation to send its audit entries.</source>
        <translation>Sign in from this workstation to send its audit entries.</translation>
    </message>
    <message>
        <source>This server signs no audit checkpoints.</source>
        <translation>This server signs no audit checkpoints.</translation>
    </message>
    <message>
        <source>Name the workstation: ?node=NODE.</source>
        <translation>Name the workstation: ?node=NODE.</translation>
    </message>
    <message>
        <source>The server could not read the audit chain; try again.</source>
        <translation>The server could not read the audit chain; try again.</translation>
    </message>
    <message>
        <source>That workstation belongs to another branch.</source>
        <translation>That workstation belongs to another branch.</translation>
    </message>
    <message>
        <source>The workstation&apos;s node id is too long.</source>
        <translation>The workstation&apos;s node id is too long.</translation>
    </message>
    <message>
        <source>This workstation belongs to another branch than the account.</source>
        <translation>This workstation belongs to another branch than the account.</translation>
    </message>
    <message>
        <source>The branch snapshot without personal data is being prepared; try again in a minute.</source>
        <translation>The branch snapshot without personal data is being prepared; try again in a minute.</translation>
    </message>
    <message>
        <source>The branch snapshot is being brought up to date; try again in a minute.</source>
        <translation>The branch snapshot is being brought up to date; try again in a minute.</translation>
    </message>
    <message>
        <source>to_branch is your own branch: a moving customer&apos;s rows are copied to another branch only</source>
        <translation>to_branch is your own branch: a moving customer&apos;s rows are copied to another branch only</translation>
    </message>
</context>
<context>
    <name>ServerSignIn</name>
    <message>
        <source>The sync server refused the user name or password (or the account is disabled there).</source>
        <translation>The sync server refused the user name or password (or the account is disabled there).</translation>
    </message>
    <message>
        <source>The sync server refused the sign-in (%1): %2</source>
        <translation>The sync server refused the sign-in (%1): %2</translation>
    </message>
</context>
<context>
    <name>ServerStore</name>
    <message>
        <source>Cannot connect to PostgreSQL: %1</source>
        <translation>Cannot connect to PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Upgrading the server database to version %1 failed: %2</source>
        <translation>Upgrading the server database to version %1 failed: %2</translation>
    </message>
    <message>
        <source>Unknown branch %1.</source>
        <translation>Unknown branch %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>%1 is not a branchdesk-server database (it may be a workstation&apos;s file). It was left untouched.</source>
        <translation>%1 is not a branchdesk-server database (it may be a workstation&apos;s file). It was left untouched.</translation>
    </message>
    <message>
        <source>The server database cannot be used: %1</source>
        <translation>The server database cannot be used: %1</translation>
    </message>
    <message>
        <source>Cannot open the server database %1: %2</source>
        <translation>Cannot open the server database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable BranchDesk server database (%2). It was left untouched; restore it from a backup or start with an empty file.</source>
        <translation>%1 is not a readable BranchDesk server database (%2). It was left untouched; restore it from a backup or start with an empty file.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 by %3) does not match its hash: it was changed after it was written</source>
        <translation>audit entry %1 (%2 by %3) does not match its hash: it was changed after it was written</translation>
    </message>
    <message>
        <source>audit entry %1 (%2) names no signed-in actor</source>
        <translation>audit entry %1 (%2) names no signed-in actor</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 by %3): %3 has not signed in to the server from this workstation</source>
        <translation>audit entry %1 (%2 by %3): %3 has not signed in to the server from this workstation</translation>
    </message>
    <message>
        <source>audit entry %1 differs from the one the server holds: entries cannot be changed</source>
        <translation>audit entry %1 differs from the one the server holds: entries cannot be changed</translation>
    </message>
    <message>
        <source>audit entry %1 does not link to entry %2</source>
        <translation>audit entry %1 does not link to entry %2</translation>
    </message>
    <message>
        <source>audit entry %1 (%2 by %3): %3 is not an account the server knows on this workstation; a desk-only account becomes known when an administrator&apos;s sync sends it from here</source>
        <translation>audit entry %1 (%2 by %3): %3 is not an account the server knows on this workstation; a desk-only account becomes known when an administrator&apos;s sync sends it from here</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) may not %3.</translation>
    </message>
</context>
<context>
    <name>ShelfProblemModel</name>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ShelfProductModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>双录</source>
        <translation>双录</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>On sale</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month(s)</numerusform>
            <numerusform>%n month(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SnapshotDownload</name>
    <message>
        <source>The sync server refused the branch download (%1): %2</source>
        <translation>The sync server refused the branch download (%1): %2</translation>
    </message>
    <message>
        <source>%1 exists already; a branch download never replaces a database.</source>
        <translation>%1 exists already; a branch download never replaces a database.</translation>
    </message>
    <message>
        <source>The sync server described its branch snapshot incompletely.</source>
        <translation>The sync server described its branch snapshot incompletely.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The branch download stopped after %1 chunks; it goes on at the next try.</source>
        <translation>The branch download stopped after %1 chunks; it goes on at the next try.</translation>
    </message>
    <message>
        <source>The sync server sent an empty piece of the branch download.</source>
        <translation>The sync server sent an empty piece of the branch download.</translation>
    </message>
    <message>
        <source>The branch download arrived damaged (its checksum does not match); it was discarded. Try again.</source>
        <translation>The branch download arrived damaged (its checksum does not match); it was discarded. Try again.</translation>
    </message>
    <message>
        <source>%1 exists already or cannot be written; the download is kept as %2.</source>
        <translation>%1 exists already or cannot be written; the download is kept as %2.</translation>
    </message>
    <message>
        <source>The branch download was cancelled; it goes on from here at the next try.</source>
        <translation>The branch download was cancelled; it goes on from here at the next try.</translation>
    </message>
    <message>
        <source>The customer search index of the branch download could not be built: %1</source>
        <translation>The customer search index of the branch download could not be built: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotErasure</name>
    <message>
        <source>The snapshot of branch %1 cannot be copied to %2.</source>
        <translation>The snapshot of branch %1 cannot be copied to %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotFold</name>
    <message>
        <source>The branch snapshot %1 cannot be opened: %2</source>
        <translation>The branch snapshot %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The branch snapshot&apos;s search index could not be marked for rebuilding.</source>
        <translation>The branch snapshot&apos;s search index could not be marked for rebuilding.</translation>
    </message>
    <message>
        <source>The branch snapshot&apos;s personal data could not be marked for sealing.</source>
        <translation>The branch snapshot&apos;s personal data could not be marked for sealing.</translation>
    </message>
</context>
<context>
    <name>SnapshotMerge</name>
    <message>
        <source>The branch snapshot cannot be read: %1</source>
        <translation>The branch snapshot cannot be read: %1</translation>
    </message>
    <message>
        <source>The branch snapshot could not be taken in: %1</source>
        <translation>The branch snapshot could not be taken in: %1</translation>
    </message>
    <message>
        <source>%1 values of %2.%3 are encrypted under the key of the file the branch was imported from, which this workstation does not hold</source>
        <translation>%1 values of %2.%3 are encrypted under the key of the file the branch was imported from, which this workstation does not hold</translation>
    </message>
</context>
<context>
    <name>SnapshotPersonalData</name>
    <message>
        <source>values encrypted under the key of the workstation file that cannot be opened here (the file&apos;s branch head must be named for the import)</source>
        <translation>values encrypted under the key of the workstation file that cannot be opened here (the file&apos;s branch head must be named for the import)</translation>
    </message>
</context>
<context>
    <name>SnapshotRefresh</name>
    <message>
        <source>The sync server refused the branch snapshot (%1): %2</source>
        <translation>The sync server refused the branch snapshot (%1): %2</translation>
    </message>
    <message>
        <source>The sync server described its branch snapshot incompletely.</source>
        <translation>The sync server described its branch snapshot incompletely.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The branch snapshot arrived damaged (its checksum does not match); it was discarded. Try again.</source>
        <translation>The branch snapshot arrived damaged (its checksum does not match); it was discarded. Try again.</translation>
    </message>
</context>
<context>
    <name>SnapshotRemakeWorker</name>
    <message>
        <source>The snapshot of branch %1 cannot be marked for making again in %2.</source>
        <translation>The snapshot of branch %1 cannot be marked for making again in %2.</translation>
    </message>
    <message>
        <source>The snapshot folder %1 cannot be written.</source>
        <translation>The snapshot folder %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>StaffAccountModel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
</context>
<context>
    <name>StaffFigureModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Customers owned</source>
        <translation>Customers owned</translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation>Open call tasks</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Open referrals</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Lobby manager</source>
        <translation>Lobby manager</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>Wealth manager</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>Branch head</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
</context>
<context>
    <name>StoreInspection</name>
    <message>
        <source>%1 is not a BranchDesk database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 is not a BranchDesk database (it is not an SQLite file). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. It was left untouched.</source>
        <translation>%1 cannot be opened: %2. It was left untouched.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup or sync a fresh copy.</source>
        <translation>%1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup or sync a fresh copy.</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>integrity check failed</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a BranchDesk database. It was left untouched.</source>
        <translation>%1 is an SQLite database of another program, not a BranchDesk database. It was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer BranchDesk (schema version %2; this program knows up to %3). Update BranchDesk to open it. The file was left untouched.</source>
        <translation>%1 was written by a newer BranchDesk (schema version %2; this program knows up to %3). Update BranchDesk to open it. The file was left untouched.</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>not an SQLite file</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 cannot be opened.</translation>
    </message>
</context>
<context>
    <name>StoreUpgradeProgress</name>
    <message>
        <source>Updating this branch&apos;s data for the new version: step %1 of %2</source>
        <translation>Updating this branch&apos;s data for the new version: step %1 of %2</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (this step %2 % done)</translation>
    </message>
    <message>
        <source>BranchDesk is being updated</source>
        <translation>BranchDesk is being updated</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) so far.</source>
        <translation>
            <numerusform>%n second so far.</numerusform>
            <numerusform>%n seconds so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is done once, after BranchDesk was updated. Please wait: the sign-in comes when it is done.</source>
        <translation>This is done once, after BranchDesk was updated. Please wait: the sign-in comes when it is done.</translation>
    </message>
</context>
<context>
    <name>SuitabilityGate</name>
    <message>
        <source>This customer&apos;s personal data was erased: nothing can be recommended to them or sold.</source>
        <translation>This customer&apos;s personal data was erased: nothing can be recommended to them or sold.</translation>
    </message>
    <message>
        <source>The customer&apos;s risk tolerance has not been assessed: assess it (KYC) before recommending or selling anything.</source>
        <translation>The customer&apos;s risk tolerance has not been assessed: assess it (KYC) before recommending or selling anything.</translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s risk assessment of %1 is older than %n month(s) (it counted until %2): assess them again first.</source>
        <translation>
            <numerusform>The customer&apos;s risk assessment of %1 is older than %n month(s) (it counted until %2): assess them again first.</numerusform>
            <numerusform>The customer&apos;s risk assessment of %1 is older than %n month(s) (it counted until %2): assess them again first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is rated %2, above the customer&apos;s risk level %3: it may not be recommended to them or sold.</source>
        <translation>%1 is rated %2, above the customer&apos;s risk level %3: it may not be recommended to them or sold.</translation>
    </message>
    <message>
        <source>The customer&apos;s age is unknown and %1 is above R3: take the extra confirmation step for customers of %2 or older and enter its reference.</source>
        <translation>The customer&apos;s age is unknown and %1 is above R3: take the extra confirmation step for customers of %2 or older and enter its reference.</translation>
    </message>
    <message>
        <source>The customer is %1, and %2 is above R3: take the extra confirmation step for customers of %3 or older and enter its reference.</source>
        <translation>The customer is %1, and %2 is above R3: take the extra confirmation step for customers of %3 or older and enter its reference.</translation>
    </message>
    <message>
        <source>%1 is sold with audio-video recording (双录): enter the recording&apos;s reference.</source>
        <translation>%1 is sold with audio-video recording (双录): enter the recording&apos;s reference.</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(open)</translation>
    </message>
    <message>
        <source>%1 is on sale from %2 to %3 only.</source>
        <translation>%1 is on sale from %2 to %3 only.</translation>
    </message>
    <message>
        <source>Enter the amount of the sale.</source>
        <translation>Enter the amount of the sale.</translation>
    </message>
    <message>
        <source>%1 is sold from %2; %3 is less.</source>
        <translation>%1 is sold from %2; %3 is less.</translation>
    </message>
    <message>
        <source>%1 is not sold through %2 (only: %3).</source>
        <translation>%1 is not sold through %2 (only: %3).</translation>
    </message>
    <message>
        <source>an unnamed channel</source>
        <translation>an unnamed channel</translation>
    </message>
</context>
<context>
    <name>SuitabilityService</name>
    <message>
        <source>No customer of this branch has the id %1.</source>
        <translation>No customer of this branch has the id %1.</translation>
    </message>
    <message>
        <source>%1 is not on the branch&apos;s product shelf.</source>
        <translation>%1 is not on the branch&apos;s product shelf.</translation>
    </message>
    <message>
        <source>Say whether the customer accepted, declined or said not now.</source>
        <translation>Say whether the customer accepted, declined or said not now.</translation>
    </message>
    <message>
        <source>Give the reason the customer declined.</source>
        <translation>Give the reason the customer declined.</translation>
    </message>
    <message>
        <source>Unknown place of the offer: %1.</source>
        <translation>Unknown place of the offer: %1.</translation>
    </message>
    <message>
        <source>The answer was not recorded: %1</source>
        <translation>The answer was not recorded: %1</translation>
    </message>
    <message>
        <source>The answer was not recorded: the change could not be saved.</source>
        <translation>The answer was not recorded: the change could not be saved.</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>The sale was not recorded: %1</translation>
    </message>
    <message>
        <source>The sale was not recorded: the change could not be saved.</source>
        <translation>The sale was not recorded: the change could not be saved.</translation>
    </message>
</context>
<context>
    <name>SyncChange</name>
    <message>
        <source>change_id is not a UUIDv7</source>
        <translation>change_id is not a UUIDv7</translation>
    </message>
    <message>
        <source>table %1 is not synchronised</source>
        <translation>table %1 is not synchronised</translation>
    </message>
    <message>
        <source>row_id is missing or too long</source>
        <translation>row_id is missing or too long</translation>
    </message>
    <message>
        <source>op must be upsert or delete</source>
        <translation>op must be upsert or delete</translation>
    </message>
    <message>
        <source>fields must be an object</source>
        <translation>fields must be an object</translation>
    </message>
    <message>
        <source>base_version and schema_version must be numbers</source>
        <translation>base_version and schema_version must be numbers</translation>
    </message>
    <message>
        <source>hlc and origin_node are required</source>
        <translation>hlc and origin_node are required</translation>
    </message>
    <message>
        <source>to_branch and customer_id go together</source>
        <translation>to_branch and customer_id go together</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The sync server cannot be reached (%1). Your changes are kept and sent at the next sync.</source>
        <translation>The sync server cannot be reached (%1). Your changes are kept and sent at the next sync.</translation>
    </message>
    <message>
        <source>The sync server refused the sign-in (%1): %2</source>
        <translation>The sync server refused the sign-in (%1): %2</translation>
    </message>
    <message>
        <source>The account %1 belongs to another branch than this workstation; nothing was exchanged.</source>
        <translation>The account %1 belongs to another branch than this workstation; nothing was exchanged.</translation>
    </message>
    <message>
        <source>This workstation&apos;s branch could not be recorded.</source>
        <translation>This workstation&apos;s branch could not be recorded.</translation>
    </message>
    <message>
        <source>Changes were exchanged, but the sync server refused an entry of this workstation&apos;s audit log, so the audit log is no longer uploaded: %1</source>
        <translation>Changes were exchanged, but the sync server refused an entry of this workstation&apos;s audit log, so the audit log is no longer uploaded: %1</translation>
    </message>
</context>
<context>
    <name>SyncHttpClient</name>
    <message>
        <source>The sync server cannot be reached (%1).</source>
        <translation>The sync server cannot be reached (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The request was sent %n times.</source>
        <translation>
            <numerusform>The request was sent %n times.</numerusform>
            <numerusform>The request was sent %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TellerAdherenceModel</name>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>All seven steps</source>
        <translation>All seven steps</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Steps done</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
</context>
<context>
    <name>TellerServicesLeftOpen</name>
    <message>
        <source>Earlier counter services could not be read: %1</source>
        <translation>Earlier counter services could not be read: %1</translation>
    </message>
    <message>
        <source>Earlier counter services could not be closed: %1</source>
        <translation>Earlier counter services could not be closed: %1</translation>
    </message>
    <message>
        <source>the audit log could not be written</source>
        <translation>the audit log could not be written</translation>
    </message>
</context>
<context>
    <name>TellerSession</name>
    <message>
        <source>Start the counter service first.</source>
        <translation>Start the counter service first.</translation>
    </message>
    <message>
        <source>The counter service could not be saved: %1</source>
        <translation>The counter service could not be saved: %1</translation>
    </message>
    <message>
        <source>There are seven steps.</source>
        <translation>There are seven steps.</translation>
    </message>
    <message>
        <source>Deposit of %1 is at or above %2</source>
        <translation>Deposit of %1 is at or above %2</translation>
    </message>
    <message>
        <source>Transfer of %1 is at or above %2</source>
        <translation>Transfer of %1 is at or above %2</translation>
    </message>
    <message>
        <source>Asked about wealth products</source>
        <translation>Asked about wealth products</translation>
    </message>
    <message>
        <source>Assets of %1 at the bank, below the VIP line</source>
        <translation>Assets of %1 at the bank, below the VIP line</translation>
    </message>
    <message>
        <source>Behaviour: %1</source>
        <translation>Behaviour: %1</translation>
    </message>
    <message>
        <source>Counter customer, %1</source>
        <translation>Counter customer, %1</translation>
    </message>
    <message>
        <source>A rating is from 1 to 5.</source>
        <translation>A rating is from 1 to 5.</translation>
    </message>
    <message>
        <source>Choose the business first.</source>
        <translation>Choose the business first.</translation>
    </message>
    <message>
        <source>Today&apos;s counter services could not be read: %1</source>
        <translation>Today&apos;s counter services could not be read: %1</translation>
    </message>
    <message>
        <source>the audit log could not be written</source>
        <translation>the audit log could not be written</translation>
    </message>
    <message>
        <source>The counter service could not be started: %1</source>
        <translation>The counter service could not be started: %1</translation>
    </message>
    <message>
        <source>The empty counter service could not be removed: %1</source>
        <translation>The empty counter service could not be removed: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s unfinished service could not be read back: it was changed or removed meanwhile. Start the service again.</source>
        <translation>The customer&apos;s unfinished service could not be read back: it was changed or removed meanwhile. Start the service again.</translation>
    </message>
    <message>
        <source>Continuing the customer&apos;s service could not be recorded: %1</source>
        <translation>Continuing the customer&apos;s service could not be recorded: %1</translation>
    </message>
</context>
<context>
    <name>TellerSessionModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>Value class</translation>
    </message>
    <message>
        <source>Seven steps</source>
        <translation>Seven steps</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>All seven steps done</source>
        <translation>All seven steps done</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(walk-in)</translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation>%1  %2/%3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>objection: %1</source>
        <translation>objection: %1</translation>
    </message>
    <message>
        <source>follow up %1</source>
        <translation>follow up %1</translation>
    </message>
    <message>
        <source>void: %1 — %2, %3</source>
        <translation>void: %1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>A password needs at least %n characters.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>A user name is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation>The display name cannot be empty.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>The user name %1 is taken.</translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation>The user could not be saved: %1</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>The password could not be saved: %1</translation>
    </message>
    <message>
        <source>Granting the role %1 needs a second person: it is requested, and another administrator or the branch head approves it.</source>
        <translation>Granting the role %1 needs a second person: it is requested, and another administrator or the branch head approves it.</translation>
    </message>
    <message>
        <source>The display name holds control characters (such as terminal escape sequences).</source>
        <translation>The display name holds control characters (such as terminal escape sequences).</translation>
    </message>
    <message>
        <source>Setting another person&apos;s password needs a second person: it is requested, and another administrator or the branch head approves it.</source>
        <translation>Setting another person&apos;s password needs a second person: it is requested, and another administrator or the branch head approves it.</translation>
    </message>
</context>
<context>
    <name>ValueJudgement</name>
    <message>
        <source>Known customer of tier %1</source>
        <translation>Known customer of tier %1</translation>
    </message>
    <message>
        <source>AUM %1 reaches the VIP line</source>
        <translation>AUM %1 reaches the VIP line</translation>
    </message>
    <message>
        <source>AUM %1: near the VIP line</source>
        <translation>AUM %1: near the VIP line</translation>
    </message>
    <message>
        <source>No notable signs</source>
        <translation>No notable signs</translation>
    </message>
    <message>
        <source>%1 maturing within %2 days</source>
        <translation>%1 maturing within %2 days</translation>
    </message>
    <message>
        <source>Signs worth %1 of the %2 points of a potential VIP</source>
        <translation>Signs worth %1 of the %2 points of a potential VIP</translation>
    </message>
</context>
<context>
    <name>VoiceFindingRepository</name>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>VoiceKinds</name>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>VoiceLexicon</name>
    <message numerus="yes">
        <source>The customer-voice lexicon has %n problem(s):
%1</source>
        <translation>
            <numerusform>The customer-voice lexicon has %n problem(s):
%1</numerusform>
            <numerusform>The customer-voice lexicon has %n problem(s):
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the customer-voice lexicon %1: %2</source>
        <translation>Cannot read the customer-voice lexicon %1: %2</translation>
    </message>
</context>
<context>
    <name>VoiceLexiconSource</name>
    <message>
        <source>The configured customer-voice lexicon was refused and the built-in one is used instead.
%1</source>
        <translation>The configured customer-voice lexicon was refused and the built-in one is used instead.
%1</translation>
    </message>
</context>
<context>
    <name>VoiceLexiconValidator</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>the lexicon must be a JSON object</source>
        <translation>the lexicon must be a JSON object</translation>
    </message>
    <message>
        <source>must be &quot;branchdesk-voice-lexicon&quot;</source>
        <translation>must be &quot;branchdesk-voice-lexicon&quot;</translation>
    </message>
    <message>
        <source>must be 1 (the only version this build reads)</source>
        <translation>must be 1 (the only version this build reads)</translation>
    </message>
    <message>
        <source>a name needs &quot;zh&quot; and &quot;en&quot;</source>
        <translation>a name needs &quot;zh&quot; and &quot;en&quot;</translation>
    </message>
    <message>
        <source>the text is missing or empty</source>
        <translation>the text is missing or empty</translation>
    </message>
    <message>
        <source>must be a list of phrases</source>
        <translation>must be a list of phrases</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>the list is empty</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>a reference (%1) is not allowed here</source>
        <translation>a reference (%1) is not allowed here</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>the phrase is empty</source>
        <translation>the phrase is empty</translation>
    </message>
    <message>
        <source>the phrase is longer than %1 characters</source>
        <translation>the phrase is longer than %1 characters</translation>
    </message>
    <message>
        <source>the phrase holds a control character or a character outside the basic plane</source>
        <translation>the phrase holds a control character or a character outside the basic plane</translation>
    </message>
    <message>
        <source>unknown product family &quot;%1&quot;</source>
        <translation>unknown product family &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown cue list &quot;%1&quot; (define it under $.cues)</source>
        <translation>unknown cue list &quot;%1&quot; (define it under $.cues)</translation>
    </message>
    <message>
        <source>the cue lists are missing</source>
        <translation>the cue lists are missing</translation>
    </message>
    <message>
        <source>a list name is lower-case letters, digits and _</source>
        <translation>a list name is lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>the list &quot;%1&quot; is missing</source>
        <translation>the list &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>must be a list of product families</source>
        <translation>must be a list of product families</translation>
    </message>
    <message>
        <source>unknown product family &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown product family &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>duplicate family &quot;%1&quot;</source>
        <translation>duplicate family &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the labels are missing</source>
        <translation>the labels are missing</translation>
    </message>
    <message>
        <source>a label must be an object</source>
        <translation>a label must be an object</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected one of %2)</source>
        <translation>unknown kind &quot;%1&quot; (expected one of %2)</translation>
    </message>
    <message>
        <source>a code is lower-case letters, digits and _</source>
        <translation>a code is lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>duplicate label &quot;%1.%2&quot;</source>
        <translation>duplicate label &quot;%1.%2&quot;</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>a label needs phrases or pairs</source>
        <translation>a label needs phrases or pairs</translation>
    </message>
    <message>
        <source>must be a list of pairs</source>
        <translation>must be a list of pairs</translation>
    </message>
    <message>
        <source>the gap is a whole number from 0 to %1</source>
        <translation>the gap is a whole number from 0 to %1</translation>
    </message>
    <message>
        <source>the scope is &quot;phrase&quot; or &quot;sentence&quot;</source>
        <translation>the scope is &quot;phrase&quot; or &quot;sentence&quot;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>&quot;wrong&quot; and &quot;right&quot; must be equally long (the analyser keeps every character&apos;s position)</source>
        <translation>&quot;wrong&quot; and &quot;right&quot; must be equally long (the analyser keeps every character&apos;s position)</translation>
    </message>
    <message>
        <source>&quot;wrong&quot; and &quot;right&quot; are the same</source>
        <translation>&quot;wrong&quot; and &quot;right&quot; are the same</translation>
    </message>
    <message>
        <source>must be an object with labels and unless</source>
        <translation>must be an object with labels and unless</translation>
    </message>
    <message>
        <source>must be a list of labels (kind.code)</source>
        <translation>must be a list of labels (kind.code)</translation>
    </message>
    <message>
        <source>unknown label &quot;%1&quot;</source>
        <translation>unknown label &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>VoiceReview</name>
    <message>
        <source>This suggestion is no longer there.</source>
        <translation>This suggestion is no longer there.</translation>
    </message>
    <message>
        <source>This suggestion was confirmed already.</source>
        <translation>This suggestion was confirmed already.</translation>
    </message>
    <message>
        <source>Promised: &quot;%1&quot;</source>
        <translation>Promised: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The follow-up task could not be made: %1</source>
        <translation>The follow-up task could not be made: %1</translation>
    </message>
    <message>
        <source>The confirmation could not be saved: %1</source>
        <translation>The confirmation could not be saved: %1</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>The decision could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>VoiceTalkingPoints</name>
    <message>
        <source>Heard: %1 - %2</source>
        <translation>Heard: %1 - %2</translation>
    </message>
    <message>
        <source>Interested in %1 (%2: &quot;%3&quot;)</source>
        <translation>Interested in %1 (%2: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Objection to answer: %1 (%2: &quot;%3&quot;)</source>
        <translation>Objection to answer: %1 (%2: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Promised on %1: %2 (&quot;%3&quot;)</source>
        <translation>Promised on %1: %2 (&quot;%3&quot;)</translation>
    </message>
</context>
<context>
    <name>WithheldSnapshot</name>
    <message>
        <source>The snapshot folder %1 cannot be used.</source>
        <translation>The snapshot folder %1 cannot be used.</translation>
    </message>
    <message>
        <source>The snapshot without personal data could not be made: %1</source>
        <translation>The snapshot without personal data could not be made: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>WorkStates</name>
    <message>
        <source>A stored %1 has the state &quot;%2&quot;, which this version of BranchDesk does not know; it may come from a newer version.</source>
        <translation>A stored %1 has the state &quot;%2&quot;, which this version of BranchDesk does not know; it may come from a newer version.</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>call task</source>
        <translation>call task</translation>
    </message>
    <message>
        <source>call outcome</source>
        <translation>call outcome</translation>
    </message>
    <message>
        <source>care task</source>
        <translation>care task</translation>
    </message>
    <message>
        <source>KYC interview</source>
        <translation>KYC interview</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunity</translation>
    </message>
    <message>
        <source>holding</source>
        <translation>holding</translation>
    </message>
    <message>
        <source>contact outcome</source>
        <translation>contact outcome</translation>
    </message>
    <message>
        <source>customer&apos;s lifecycle</source>
        <translation>customer&apos;s lifecycle</translation>
    </message>
</context>
<context>
    <name>WorkstationSignIn</name>
    <message>
        <source>The account %1 belongs to another branch than this workstation.</source>
        <translation>The account %1 belongs to another branch than this workstation.</translation>
    </message>
    <message>
        <source>Signing in could not be recorded: %1</source>
        <translation>Signing in could not be recorded: %1</translation>
    </message>
    <message>
        <source>This workstation cannot check the account %1 while the sync server is out of reach: sign in once while connected to the server.

%2</source>
        <translation>This workstation cannot check the account %1 while the sync server is out of reach: sign in once while connected to the server.

%2</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Usage: %1 &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No password: set the environment variable %1 or run this command at a terminal to be asked for it.</source>
        <translation>No password: set the environment variable %1 or run this command at a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>New password again: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>The two passwords differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>The BranchDesk database file (default: this workstation&apos;s own, %1).</source>
        <translation>The BranchDesk database file (default: this workstation&apos;s own, %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: from the system locale).</source>
        <translation>Language of messages: zh_CN or en (default: from the system locale).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Sign in as this staff user. The password comes from the environment variable BRANCHDESK_PASSWORD or, on a terminal, from a prompt.</source>
        <translation>Sign in as this staff user. The password comes from the environment variable BRANCHDESK_PASSWORD or, on a terminal, from a prompt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]%2</source>
        <translation>Usage: %1 [options]%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for how to use it.</source>
        <translation>Run &apos;%1 --help&apos; for how to use it.</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options of every command:</translation>
    </message>
    <message>
        <source>Show the version (before any command).</source>
        <translation>Show the version (before any command).</translation>
    </message>
    <message>
        <source>Create a database filled with a generated demo branch.</source>
        <translation>Create a database filled with a generated demo branch.</translation>
    </message>
    <message>
        <source>Fills a new database at --db with a realistic, generated branch: staff of every role, customers with holdings, transactions, events, interactions, KYC, tags, lobby visits, referrals, call lists and care tasks. The same seed gives the same branch. Prints a summary and the demo sign-ins.</source>
        <translation>Fills a new database at --db with a realistic, generated branch: staff of every role, customers with holdings, transactions, events, interactions, KYC, tags, lobby visits, referrals, call lists and care tasks. The same seed gives the same branch. Prints a summary and the demo sign-ins.</translation>
    </message>
    <message>
        <source>Number of customers (default: %1).</source>
        <translation>Number of customers (default: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator (default: %1).</source>
        <translation>Seed of the generator (default: %1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Code of the demo branch (default: %1).</source>
        <translation>Code of the demo branch (default: %1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to %1.</source>
        <translation>--customers takes a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>--branch needs a branch code.</source>
        <translation>--branch needs a branch code.</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>The demo branch could not be made: %1</source>
        <translation>The demo branch could not be made: %1</translation>
    </message>
    <message>
        <source>the generator gave no reason</source>
        <translation>the generator gave no reason</translation>
    </message>
    <message>
        <source>Demo branch %1 written to %2 (seed %3).</source>
        <translation>Demo branch %1 written to %2 (seed %3).</translation>
    </message>
    <message>
        <source>Demo sign-ins (demo databases only):</source>
        <translation>Demo sign-ins (demo databases only):</translation>
    </message>
    <message>
        <source>Create a new, empty database with its branch and first administrator.</source>
        <translation>Create a new, empty database with its branch and first administrator.</translation>
    </message>
    <message>
        <source>Creates a new BranchDesk database at --db with one branch. With --admin-user it also creates the first administrator, whose password comes from BRANCHDESK_PASSWORD (or a prompt at a terminal). A file that already holds data, is newer than this program, damaged or not a BranchDesk database is refused and left untouched.</source>
        <translation>Creates a new BranchDesk database at --db with one branch. With --admin-user it also creates the first administrator, whose password comes from BRANCHDESK_PASSWORD (or a prompt at a terminal). A file that already holds data, is newer than this program, damaged or not a BranchDesk database is refused and left untouched.</translation>
    </message>
    <message>
        <source>Code of the branch (default: %1).</source>
        <translation>Code of the branch (default: %1).</translation>
    </message>
    <message>
        <source>Name of the branch (default: &quot;%1&quot;).</source>
        <translation>Name of the branch (default: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>Main branch</translation>
    </message>
    <message>
        <source>City of the branch.</source>
        <translation>City of the branch.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>Also create this administrator (user name).</source>
        <translation>Also create this administrator (user name).</translation>
    </message>
    <message>
        <source>Display name of the administrator (default: the user name).</source>
        <translation>Display name of the administrator (default: the user name).</translation>
    </message>
    <message>
        <source>The branch needs a code and a name.</source>
        <translation>The branch needs a code and a name.</translation>
    </message>
    <message>
        <source>%1 already holds a BranchDesk database with data. It was left untouched.</source>
        <translation>%1 already holds a BranchDesk database with data. It was left untouched.</translation>
    </message>
    <message>
        <source>The branch could not be saved: %1</source>
        <translation>The branch could not be saved: %1</translation>
    </message>
    <message>
        <source>Created the BranchDesk database %1 (schema version %2) for branch %3 %4.</source>
        <translation>Created the BranchDesk database %1 (schema version %2) for branch %3 %4.</translation>
    </message>
    <message>
        <source>The administrator %1 can sign in now.</source>
        <translation>The administrator %1 can sign in now.</translation>
    </message>
    <message>
        <source>It has no users yet: add the first administrator with
  branchdesk-admin user add --db %1 --username NAME --name &quot;Display name&quot; --role admin</source>
        <translation>It has no users yet: add the first administrator with
  branchdesk-admin user add --db %1 --username NAME --name &quot;Display name&quot; --role admin</translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 %5, %6 per second)</source>
        <translation>%1: %2% (%3 of %4 %5, %6 per second)</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>Holdings</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Customer events</source>
        <translation>Customer events</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Lobby visits today</source>
        <translation>Lobby visits today</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Open referrals</translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation>Open call tasks</translation>
    </message>
    <message>
        <source>Care tasks due</source>
        <translation>Care tasks due</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <source>Changes waiting for sync</source>
        <translation>Changes waiting for sync</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>There is no BranchDesk database at %1. Create one with &apos;branchdesk-admin init --db %1&apos;.</source>
        <translation>There is no BranchDesk database at %1. Create one with &apos;branchdesk-admin init --db %1&apos;.</translation>
    </message>
    <message>
        <source>Set-up and operations of a BranchDesk workstation database.</source>
        <translation>Set-up and operations of a BranchDesk workstation database.</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.

Environment:
  BRANCHDESK_PASSWORD      password of --user (and of init&apos;s --admin-user)
  BRANCHDESK_NEW_PASSWORD  new password for &apos;user add&apos; and &apos;user passwd&apos;
  Without them, passwords are asked for at a terminal.

Exit status: 0 done, 1 failed or refused, 2 wrong usage.</source>
        <translation>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.

Environment:
  BRANCHDESK_PASSWORD      password of --user (and of init&apos;s --admin-user)
  BRANCHDESK_NEW_PASSWORD  new password for &apos;user add&apos; and &apos;user passwd&apos;
  Without them, passwords are asked for at a terminal.

Exit status: 0 done, 1 failed or refused, 2 wrong usage.</translation>
    </message>
    <message>
        <source>Check that no audit entry was edited, deleted or reordered.</source>
        <translation>Check that no audit entry was edited, deleted or reordered.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>The audit log is intact: %n entries.</numerusform>
            <numerusform>The audit log is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2.</source>
        <translation>The audit log is broken at entry %1: %2.</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain.</source>
        <translation>Verify the audit log&apos;s hash chain.</translation>
    </message>
    <message>
        <source>The audit log is append-only and hash-chained: each entry&apos;s hash covers the entry before it, so editing or deleting any entry is detected.</source>
        <translation>The audit log is append-only and hash-chained: each entry&apos;s hash covers the entry before it, so editing or deleting any entry is detected.</translation>
    </message>
    <message>
        <source>Customer commands need --user to sign in.</source>
        <translation>Customer commands need --user to sign in.</translation>
    </message>
    <message>
        <source>Find customers.</source>
        <translation>Find customers.</translation>
    </message>
    <message>
        <source>Finds customers by name (or part of it), mobile number (all of it or its last 4 digits), ID number (all of it or its last 4 or 6 characters) or CIF number. ID numbers and phones are masked.</source>
        <translation>Finds customers by name (or part of it), mobile number (all of it or its last 4 digits), ID number (all of it or its last 4 or 6 characters) or CIF number. ID numbers and phones are masked.</translation>
    </message>
    <message>
        <source>Show at most N customers (default: 20).</source>
        <translation>Show at most N customers (default: 20).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>What to look for.</translation>
    </message>
    <message>
        <source>Give one QUERY (quote it if it has spaces).</source>
        <translation>Give one QUERY (quote it if it has spaces).</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000.</source>
        <translation>--limit takes a whole number from 1 to 10000.</translation>
    </message>
    <message>
        <source>No customer matches &apos;%1&apos;.</source>
        <translation>No customer matches &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>CIF</source>
        <translation>CIF</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>AUM</source>
        <translation>AUM</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Show one customer&apos;s profile.</source>
        <translation>Show one customer&apos;s profile.</translation>
    </message>
    <message>
        <source>Shows the profile of one customer, named by id or CIF number. ID number, phone and address are masked.</source>
        <translation>Shows the profile of one customer, named by id or CIF number. ID number, phone and address are masked.</translation>
    </message>
    <message>
        <source>Customer id or CIF number.</source>
        <translation>Customer id or CIF number.</translation>
    </message>
    <message>
        <source>Give one customer ID.</source>
        <translation>Give one customer ID.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Change fields of a customer.</source>
        <translation>Change fields of a customer.</translation>
    </message>
    <message>
        <source>Changes profile fields of one customer, named by id or CIF number, validated like the workstation does: if any value is refused, nothing changes. Each change is recorded for sync and in the audit log. Editable fields: %1.</source>
        <translation>Changes profile fields of one customer, named by id or CIF number, validated like the workstation does: if any value is refused, nothing changes. Each change is recorded for sync and in the audit log. Editable fields: %1.</translation>
    </message>
    <message>
        <source>One or more FIELD=VALUE, e.g. phone=13812345678.</source>
        <translation>One or more FIELD=VALUE, e.g. phone=13812345678.</translation>
    </message>
    <message>
        <source>Give the customer ID and at least one FIELD=VALUE.</source>
        <translation>Give the customer ID and at least one FIELD=VALUE.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE.</source>
        <translation>&apos;%1&apos; is not FIELD=VALUE.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Customer %1 updated: %2.</source>
        <translation>Customer %1 updated: %2.</translation>
    </message>
    <message>
        <source>Find, show and edit customers (masked, audited).</source>
        <translation>Find, show and edit customers (masked, audited).</translation>
    </message>
    <message>
        <source>Customers of the database, seen and changed as the signed-in user (--user, password from BRANCHDESK_PASSWORD or a prompt) may: personal data is masked, edits are validated, synced and audited.</source>
        <translation>Customers of the database, seen and changed as the signed-in user (--user, password from BRANCHDESK_PASSWORD or a prompt) may: personal data is masked, edits are validated, synced and audited.</translation>
    </message>
    <message>
        <source>Count what the database holds (no sign-in, no personal data).</source>
        <translation>Count what the database holds (no sign-in, no personal data).</translation>
    </message>
    <message>
        <source>Counts what the database holds: customers by tier, holdings, transactions, events, interactions, today&apos;s lobby visits, open referrals and call tasks, care tasks due, staff by role, changes waiting for sync, audit entries, schema version and file size. Only counts are shown, so no sign-in is needed.</source>
        <translation>Counts what the database holds: customers by tier, holdings, transactions, events, interactions, today&apos;s lobby visits, open referrals and call tasks, care tasks due, staff by role, changes waiting for sync, audit entries, schema version and file size. Only counts are shown, so no sign-in is needed.</translation>
    </message>
    <message>
        <source>The database could not be counted: %1</source>
        <translation>The database could not be counted: %1</translation>
    </message>
    <message>
        <source>Add a staff user.</source>
        <translation>Add a staff user.</translation>
    </message>
    <message>
        <source>User name of the new user.</source>
        <translation>User name of the new user.</translation>
    </message>
    <message>
        <source>Display name of the new user.</source>
        <translation>Display name of the new user.</translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation>DISPLAY</translation>
    </message>
    <message>
        <source>Role: one of %1.</source>
        <translation>Role: one of %1.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Code of the user&apos;s branch (default: the signed-in user&apos;s, or the only branch).</source>
        <translation>Code of the user&apos;s branch (default: the signed-in user&apos;s, or the only branch).</translation>
    </message>
    <message>
        <source>--username, --name and --role are needed.</source>
        <translation>--username, --name and --role are needed.</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Use one of: %2.</source>
        <translation>Unknown role &apos;%1&apos;. Use one of: %2.</translation>
    </message>
    <message>
        <source>The first user of a database must be an administrator (--role admin), or nobody could add more users.</source>
        <translation>The first user of a database must be an administrator (--role admin), or nobody could add more users.</translation>
    </message>
    <message>
        <source>Sign in with --user to add users.</source>
        <translation>Sign in with --user to add users.</translation>
    </message>
    <message>
        <source>There is no branch %1.</source>
        <translation>There is no branch %1.</translation>
    </message>
    <message>
        <source>The database has no branch yet: run init first.</source>
        <translation>The database has no branch yet: run init first.</translation>
    </message>
    <message>
        <source>Say which branch with --branch CODE.</source>
        <translation>Say which branch with --branch CODE.</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>Added %1 (%2) as %3.</translation>
    </message>
    <message>
        <source>List the staff users.</source>
        <translation>List the staff users.</translation>
    </message>
    <message>
        <source>Lists the staff users of the database (never their passwords). Needs --user with the permission to manage users.</source>
        <translation>Lists the staff users of the database (never their passwords). Needs --user with the permission to manage users.</translation>
    </message>
    <message>
        <source>Sign in with --user to list users.</source>
        <translation>Sign in with --user to list users.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Set a staff user&apos;s password.</source>
        <translation>Set a staff user&apos;s password.</translation>
    </message>
    <message>
        <source>Whose password to set.</source>
        <translation>Whose password to set.</translation>
    </message>
    <message>
        <source>--username is needed.</source>
        <translation>--username is needed.</translation>
    </message>
    <message>
        <source>Sign in with --user to set passwords.</source>
        <translation>Sign in with --user to set passwords.</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>The password of %1 was set.</translation>
    </message>
    <message>
        <source>Staff accounts of the database. These commands sign in with --user (an administrator), except adding the first user of a new database.</source>
        <translation>Staff accounts of the database. These commands sign in with --user (an administrator), except adding the first user of a new database.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.</source>
        <translation>Unknown language &apos;%1&apos;. Use one of: %2.</translation>
    </message>
    <message>
        <source>Check a KYC question bank file and list every problem.</source>
        <translation>Check a KYC question bank file and list every problem.</translation>
    </message>
    <message>
        <source>Checks a KYC question bank (JSON): the nine cells, question ids, answer types, options, the KYC fields and the tag rules. Prints every problem with its JSON path and location; exits with 0 if the bank is usable, 1 if not.</source>
        <translation>Checks a KYC question bank (JSON): the nine cells, question ids, answer types, options, the KYC fields and the tag rules. Prints every problem with its JSON path and location; exits with 0 if the bank is usable, 1 if not.</translation>
    </message>
    <message>
        <source>The question bank file.</source>
        <translation>The question bank file.</translation>
    </message>
    <message>
        <source>Name one question bank file.</source>
        <translation>Name one question bank file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid question bank: %n question(s) in nine cells.</source>
        <translation>
            <numerusform>%1 is a valid question bank: %n question(s) in nine cells.</numerusform>
            <numerusform>%1 is a valid question bank: %n question(s) in nine cells.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 has %n problem(s).</numerusform>
            <numerusform>%1 has %n problem(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check KYC question bank files.</source>
        <translation>Check KYC question bank files.</translation>
    </message>
    <message>
        <source>A bank may ship its own KYC question bank (set BRANCHDESK_KYC_BANK or the kyc/bankFile setting). The workstation refuses a broken file and uses the built-in bank; check a file here before shipping it.</source>
        <translation>A bank may ship its own KYC question bank (set BRANCHDESK_KYC_BANK or the kyc/bankFile setting). The workstation refuses a broken file and uses the built-in bank; check a file here before shipping it.</translation>
    </message>
    <message>
        <source>Send this workstation&apos;s changes to the sync server and fetch the branch&apos;s.</source>
        <translation>Send this workstation&apos;s changes to the sync server and fetch the branch&apos;s.</translation>
    </message>
    <message>
        <source>Runs one sync round with branchdesk-server: sends the changes waiting in this database, then fetches and applies the branch&apos;s changes. Prints what was sent, fetched and left in conflict. Nothing waiting is lost if the server cannot be reached.</source>
        <translation>Runs one sync round with branchdesk-server: sends the changes waiting in this database, then fetches and applies the branch&apos;s changes. Prints what was sent, fetched and left in conflict. Nothing waiting is lost if the server cannot be reached.</translation>
    </message>
    <message>
        <source>Address of the sync server, e.g. http://127.0.0.1:8470.</source>
        <translation>Address of the sync server, e.g. http://127.0.0.1:8470.</translation>
    </message>
    <message>
        <source>--server needs an http:// or https:// address.</source>
        <translation>--server needs an http:// or https:// address.</translation>
    </message>
    <message>
        <source>--user is required.</source>
        <translation>--user is required.</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>Sent: %1 (already on the server: %2, refused: %3)</source>
        <translation>Sent: %1 (already on the server: %2, refused: %3)</translation>
    </message>
    <message>
        <source>Fetched: %1</source>
        <translation>Fetched: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1 new, %2 waiting for review</source>
        <translation>Conflicts: %1 new, %2 waiting for review</translation>
    </message>
    <message>
        <source>The server was restored or replaced: the branch was downloaded again.</source>
        <translation>The server was restored or replaced: the branch was downloaded again.</translation>
    </message>
    <message>
        <source>Export all data of one customer, for that customer.</source>
        <translation>Export all data of one customer, for that customer.</translation>
    </message>
    <message>
        <source>Writes everything stored about one customer (every row of theirs in every table, unmasked) as readable JSON, for the customer&apos;s request to see their data. Needs the export_personal_data permission; audited.</source>
        <translation>Writes everything stored about one customer (every row of theirs in every table, unmasked) as readable JSON, for the customer&apos;s request to see their data. Needs the export_personal_data permission; audited.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Personal data of customer %1 written to %2.</source>
        <translation>Personal data of customer %1 written to %2.</translation>
    </message>
    <message>
        <source>Erase (anonymise) one customer&apos;s personal data on their request.</source>
        <translation>Erase (anonymise) one customer&apos;s personal data on their request.</translation>
    </message>
    <message>
        <source>Anonymises the customer and blanks their personal data in every table (notes, KYC answers, lobby visits, referrals, tags, consent, search keys, pending sync payloads and sync conflicts), recorded as synced changes so every workstation does the same. Amounts and product holdings stay, without a person. Cannot be undone. The audit log is kept. Needs the erase_personal_data permission.</source>
        <translation>Anonymises the customer and blanks their personal data in every table (notes, KYC answers, lobby visits, referrals, tags, consent, search keys, pending sync payloads and sync conflicts), recorded as synced changes so every workstation does the same. Amounts and product holdings stay, without a person. Cannot be undone. The audit log is kept. Needs the erase_personal_data permission.</translation>
    </message>
    <message>
        <source>Reference of the customer&apos;s erasure request (required; no personal data).</source>
        <translation>Reference of the customer&apos;s erasure request (required; no personal data).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>Confirm: erase now, for good.</source>
        <translation>Confirm: erase now, for good.</translation>
    </message>
    <message>
        <source>Give the request reference with --request.</source>
        <translation>Give the request reference with --request.</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>Erasure cannot be undone: add --yes to confirm.</translation>
    </message>
    <message numerus="yes">
        <source>Customer %1 erased: %n row(s) anonymised.</source>
        <translation>
            <numerusform>Customer %1 erased: %n row(s) anonymised.</numerusform>
            <numerusform>Customer %1 erased: %n row(s) anonymised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show one masked field of a customer in full, with a reason.</source>
        <translation>Show one masked field of a customer in full, with a reason.</translation>
    </message>
    <message>
        <source>Shows the full ID number, mobile number or address of one customer. Needs the reveal_personal_data permission and a reason; audited with the reason.</source>
        <translation>Shows the full ID number, mobile number or address of one customer. Needs the reveal_personal_data permission and a reason; audited with the reason.</translation>
    </message>
    <message>
        <source>Why you need to see it.</source>
        <translation>Why you need to see it.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>id_number, phone or address.</source>
        <translation>id_number, phone or address.</translation>
    </message>
    <message>
        <source>Give the customer ID and the FIELD.</source>
        <translation>Give the customer ID and the FIELD.</translation>
    </message>
    <message>
        <source>FIELD is id_number, phone or address.</source>
        <translation>FIELD is id_number, phone or address.</translation>
    </message>
    <message>
        <source>Show or record a customer&apos;s consent per purpose.</source>
        <translation>Show or record a customer&apos;s consent per purpose.</translation>
    </message>
    <message>
        <source>Without PURPOSE: shows the current consent per purpose and its history. With PURPOSE grant|withdraw: records it (needs manage_consent; a grant needs --evidence). Purposes: %1. Channels: %2.</source>
        <translation>Without PURPOSE: shows the current consent per purpose and its history. With PURPOSE grant|withdraw: records it (needs manage_consent; a grant needs --evidence). Purposes: %1. Channels: %2.</translation>
    </message>
    <message>
        <source>Where the customer said so (default counter).</source>
        <translation>Where the customer said so (default counter).</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>Form number or call reference.</source>
        <translation>Form number or call reference.</translation>
    </message>
    <message>
        <source>The purpose.</source>
        <translation>The purpose.</translation>
    </message>
    <message>
        <source>Give the customer ID, optionally followed by PURPOSE and grant or withdraw.</source>
        <translation>Give the customer ID, optionally followed by PURPOSE and grant or withdraw.</translation>
    </message>
    <message>
        <source>Unknown purpose &apos;%1&apos;.</source>
        <translation>Unknown purpose &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Say grant or withdraw.</source>
        <translation>Say grant or withdraw.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Consent recorded.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>never given</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <source>Every row is checked; by default one rejected row means nothing is imported. Needs the import_data permission. Exit status 0 if the import was applied, 1 if rows were rejected (without --accept-valid) or the file was refused. Details: docs/PRIVACY.md.</source>
        <translation>Every row is checked; by default one rejected row means nothing is imported. Needs the import_data permission. Exit status 0 if the import was applied, 1 if rows were rejected (without --accept-valid) or the file was refused. Details: docs/PRIVACY.md.</translation>
    </message>
    <message>
        <source>Import the valid rows even if others are rejected.</source>
        <translation>Import the valid rows even if others are rejected.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>Give one FILE.</source>
        <translation>Give one FILE.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Fix them, or run again with --accept-valid to import the %1 valid row(s).</source>
        <translation>
            <numerusform>%n row(s) rejected; nothing was imported. Fix them, or run again with --accept-valid to import the %1 valid row(s).</numerusform>
            <numerusform>%n row(s) rejected; nothing was imported. Fix them, or run again with --accept-valid to import the %1 valid row(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>%n row(s) imported.</numerusform>
            <numerusform>%n row(s) imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row(s) rejected.</numerusform>
            <numerusform>%n row(s) rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers from a core-banking CSV.</source>
        <translation>Import customers from a core-banking CSV.</translation>
    </message>
    <message>
        <source>Adds the customers of a core-banking export (CIF and ID numbers that are already in the database are rejected). Imported customers can be searched at once and are recorded for sync.</source>
        <translation>Adds the customers of a core-banking export (CIF and ID numbers that are already in the database are rejected). Imported customers can be searched at once and are recorded for sync.</translation>
    </message>
    <message>
        <source>Import holdings from a core-banking CSV.</source>
        <translation>Import holdings from a core-banking CSV.</translation>
    </message>
    <message>
        <source>Adds the products customers hold, from a core-banking export; each customer (by cif_no) must already be in the database.</source>
        <translation>Adds the products customers hold, from a core-banking export; each customer (by cif_no) must already be in the database.</translation>
    </message>
    <message>
        <source>Import customers and holdings from core-banking CSV exports.</source>
        <translation>Import customers and holdings from core-banking CSV exports.</translation>
    </message>
    <message>
        <source>Core-banking exports into the database, validated row by row and applied in one transaction, signed in as --user (import_data permission).</source>
        <translation>Core-banking exports into the database, validated row by row and applied in one transaction, signed in as --user (import_data permission).</translation>
    </message>
    <message>
        <source>This command needs --user to sign in.</source>
        <translation>This command needs --user to sign in.</translation>
    </message>
    <message>
        <source>PEM file of the certificate authority that signed the server&apos;s TLS certificate (https only).</source>
        <translation>PEM file of the certificate authority that signed the server&apos;s TLS certificate (https only).</translation>
    </message>
    <message>
        <source>--new makes a new database, but %1 exists.</source>
        <translation>--new makes a new database, but %1 exists.</translation>
    </message>
    <message>
        <source>Branch downloaded: %1 rows</source>
        <translation>Branch downloaded: %1 rows</translation>
    </message>
    <message>
        <source>Make --db as a new workstation database of the branch: from the branch&apos;s snapshot on the server if it has one, else page by page.</source>
        <translation>Make --db as a new workstation database of the branch: from the branch&apos;s snapshot on the server if it has one, else page by page.</translation>
    </message>
    <message>
        <source>Branch downloaded from its snapshot: %1 MB, as of change %2</source>
        <translation>Branch downloaded from its snapshot: %1 MB, as of change %2</translation>
    </message>
    <message>
        <source>Move a customer, with their history, to another branch.</source>
        <translation>Move a customer, with their history, to another branch.</translation>
    </message>
    <message>
        <source>Moves the customer to another branch: their manager assignment is cleared, and at the next sync they leave this branch&apos;s workstations and arrive, with their holdings, transactions, interactions, KYC, tags and tasks, on the new branch&apos;s. Needs the transfer_customer permission; audited with the reason.</source>
        <translation>Moves the customer to another branch: their manager assignment is cleared, and at the next sync they leave this branch&apos;s workstations and arrive, with their holdings, transactions, interactions, KYC, tags and tasks, on the new branch&apos;s. Needs the transfer_customer permission; audited with the reason.</translation>
    </message>
    <message>
        <source>The new branch: its id or code.</source>
        <translation>The new branch: its id or code.</translation>
    </message>
    <message>
        <source>BRANCH</source>
        <translation>BRANCH</translation>
    </message>
    <message>
        <source>Why the customer moves (required).</source>
        <translation>Why the customer moves (required).</translation>
    </message>
    <message>
        <source>Give the new branch with --to.</source>
        <translation>Give the new branch with --to.</translation>
    </message>
    <message>
        <source>Give the reason with --reason.</source>
        <translation>Give the reason with --reason.</translation>
    </message>
    <message>
        <source>Customer %1 moved to branch %2 (%3 rows go with them at the next sync).</source>
        <translation>Customer %1 moved to branch %2 (%3 rows go with them at the next sync).</translation>
    </message>
    <message>
        <source>Print what customer notes say, one JSON line per note.</source>
        <translation>Print what customer notes say, one JSON line per note.</translation>
    </message>
    <message>
        <source>Reads notes, one per line, from FILE or standard input, and prints for each a JSON line: the note, its findings (kind, label, phrase, start and end in code points and in UTF-16 units, product family, amount in fen, date) and the amounts and dates it names. Needs no database and no sign-in: it sees only the text it is given.</source>
        <translation>Reads notes, one per line, from FILE or standard input, and prints for each a JSON line: the note, its findings (kind, label, phrase, start and end in code points and in UTF-16 units, product family, amount in fen, date) and the amounts and dates it names. Needs no database and no sign-in: it sees only the text it is given.</translation>
    </message>
    <message>
        <source>The day the notes were written, for relative dates such as 下周三 (default: today).</source>
        <translation>The day the notes were written, for relative dates such as 下周三 (default: today).</translation>
    </message>
    <message>
        <source>A lexicon file to use instead of the workstation&apos;s.</source>
        <translation>A lexicon file to use instead of the workstation&apos;s.</translation>
    </message>
    <message>
        <source>Notes, one per line (default: standard input).</source>
        <translation>Notes, one per line (default: standard input).</translation>
    </message>
    <message>
        <source>Name at most one file of notes.</source>
        <translation>Name at most one file of notes.</translation>
    </message>
    <message>
        <source>--date needs a day as YYYY-MM-DD.</source>
        <translation>--date needs a day as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <source>Check a customer-voice lexicon file and list every problem.</source>
        <translation>Check a customer-voice lexicon file and list every problem.</translation>
    </message>
    <message>
        <source>Checks a customer-voice lexicon (JSON): format, cue lists, product families, labels, phrases, pairs and the lists they name, misspellings. Prints every problem with its JSON path; exits with 0 if the lexicon is usable, 1 if not.</source>
        <translation>Checks a customer-voice lexicon (JSON): format, cue lists, product families, labels, phrases, pairs and the lists they name, misspellings. Prints every problem with its JSON path; exits with 0 if the lexicon is usable, 1 if not.</translation>
    </message>
    <message>
        <source>The lexicon file.</source>
        <translation>The lexicon file.</translation>
    </message>
    <message>
        <source>Name one lexicon file.</source>
        <translation>Name one lexicon file.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid customer-voice lexicon: %n label(s).</source>
        <translation>
            <numerusform>%1 is a valid customer-voice lexicon: %n label(s).</numerusform>
            <numerusform>%1 is a valid customer-voice lexicon: %n label(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyse customer notes; check customer-voice lexicon files.</source>
        <translation>Analyse customer notes; check customer-voice lexicon files.</translation>
    </message>
    <message>
        <source>The customer-voice analyser reads what customers said in staff notes (interests, objections, competitors, praise, complaints, life events, follow-ups, amounts and dates). A bank may ship its own lexicon (set BRANCHDESK_VOICE_LEXICON or the voice/lexiconFile setting); the workstation refuses a broken file and uses the built-in one.</source>
        <translation>The customer-voice analyser reads what customers said in staff notes (interests, objections, competitors, praise, complaints, life events, follow-ups, amounts and dates). A bank may ship its own lexicon (set BRANCHDESK_VOICE_LEXICON or the voice/lexiconFile setting); the workstation refuses a broken file and uses the built-in one.</translation>
    </message>
    <message>
        <source>Recomputes the hash chain of the audit log and holds it to the last checkpoint the sync server signed for it (kept at each sync). Exits with 0 if it is intact, with 1 and the first bad entry if any entry was edited, deleted or reordered, or if the chain was cut short or rewritten since the server vouched for it.</source>
        <translation>Recomputes the hash chain of the audit log and holds it to the last checkpoint the sync server signed for it (kept at each sync). Exits with 0 if it is intact, with 1 and the first bad entry if any entry was edited, deleted or reordered, or if the chain was cut short or rewritten since the server vouched for it.</translation>
    </message>
    <message>
        <source>Show a customer&apos;s next best offers and why.</source>
        <translation>Show a customer&apos;s next best offers and why.</translation>
    </message>
    <message>
        <source>Shows up to three products of the branch&apos;s shelf for the customer, each with its reasons, that pass the suitability gate as the customer stands (risk level, a current assessment, no product above R3 for customers of 65 or more) and the contact rules for a marketing contact; with --counter, as for a customer at the counter (only do-not-contact holds). Nothing is recorded.</source>
        <translation>Shows up to three products of the branch&apos;s shelf for the customer, each with its reasons, that pass the suitability gate as the customer stands (risk level, a current assessment, no product above R3 for customers of 65 or more) and the contact rules for a marketing contact; with --counter, as for a customer at the counter (only do-not-contact holds). Nothing is recorded.</translation>
    </message>
    <message>
        <source>The customer is at the counter, not called.</source>
        <translation>The customer is at the counter, not called.</translation>
    </message>
    <message>
        <source>Nothing on the shelf fits this customer now.</source>
        <translation>Nothing on the shelf fits this customer now.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>双录</source>
        <translation>双录</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>needed</translation>
    </message>
    <message>
        <source>Record a sale through the suitability gate.</source>
        <translation>Record a sale through the suitability gate.</translation>
    </message>
    <message>
        <source>Records the sale of a product of the branch&apos;s shelf to the customer, as the workstation does: the suitability gate refuses it, with the reasons, when the customer&apos;s risk level is below the product&apos;s, the risk assessment is missing or older than 12 months, the customer is 65 or older and the product above R3 without --elderly-confirmation, the product needs 双录 and no --recording is given, or the amount, channel or sales window do not fit. A refusal is audited and exits with 1. Needs sell_products.</source>
        <translation>Records the sale of a product of the branch&apos;s shelf to the customer, as the workstation does: the suitability gate refuses it, with the reasons, when the customer&apos;s risk level is below the product&apos;s, the risk assessment is missing or older than 12 months, the customer is 65 or older and the product above R3 without --elderly-confirmation, the product needs 双录 and no --recording is given, or the amount, channel or sales window do not fit. A refusal is audited and exits with 1. Needs sell_products.</translation>
    </message>
    <message>
        <source>The amount, e.g. 50000 or 5万.</source>
        <translation>The amount, e.g. 50000 or 5万.</translation>
    </message>
    <message>
        <source>counter, ebanking, mobile or phone (default: counter).</source>
        <translation>counter, ebanking, mobile or phone (default: counter).</translation>
    </message>
    <message>
        <source>The reference of the audio-video recording (双录).</source>
        <translation>The reference of the audio-video recording (双录).</translation>
    </message>
    <message>
        <source>The reference of the extra confirmation of a customer of 65 or more for a product above R3.</source>
        <translation>The reference of the extra confirmation of a customer of 65 or more for a product above R3.</translation>
    </message>
    <message>
        <source>Product code of the shelf.</source>
        <translation>Product code of the shelf.</translation>
    </message>
    <message>
        <source>Give the customer ID and the PRODUCT code.</source>
        <translation>Give the customer ID and the PRODUCT code.</translation>
    </message>
    <message>
        <source>Give the amount with --amount, e.g. 50000.</source>
        <translation>Give the amount with --amount, e.g. 50000.</translation>
    </message>
    <message>
        <source>The sale was refused:</source>
        <translation>The sale was refused:</translation>
    </message>
    <message>
        <source>Sale %1 recorded: %2 of %3 to customer %4.</source>
        <translation>Sale %1 recorded: %2 of %3 to customer %4.</translation>
    </message>
    <message>
        <source>Show a customer&apos;s household and suggested links.</source>
        <translation>Show a customer&apos;s household and suggested links.</translation>
    </message>
    <message>
        <source>Shows the customer&apos;s household: its members with their relation, tier and AUM, the household&apos;s AUM and how far the next tier is, and customers who may be of the same family (a shared address or mobile, compared through blind keys). Links are made on the workstation.</source>
        <translation>Shows the customer&apos;s household: its members with their relation, tier and AUM, the household&apos;s AUM and how far the next tier is, and customers who may be of the same family (a shared address or mobile, compared through blind keys). Links are made on the workstation.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Possibly the same family: %1 (%2)</source>
        <translation>Possibly the same family: %1 (%2)</translation>
    </message>
    <message>
        <source>same address and mobile</source>
        <translation>same address and mobile</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>same address</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>same mobile</translation>
    </message>
    <message>
        <source>customers indexed</source>
        <translation>customers indexed</translation>
    </message>
    <message>
        <source>The file is CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes), in the encoding --encoding declares: UTF-8 (the default, with or without a byte-order mark), GBK or GB18030. It is never guessed; bytes that do not decode are refused. The first line names the columns, in any order (* = required):</source>
        <translation>The file is CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes), in the encoding --encoding declares: UTF-8 (the default, with or without a byte-order mark), GBK or GB18030. It is never guessed; bytes that do not decode are refused. The first line names the columns, in any order (* = required):</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8 (default), gbk or gb18030.</source>
        <translation>The file&apos;s encoding: utf-8 (default), gbk or gb18030.</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>--encoding is utf-8, gbk or gb18030.</source>
        <translation>--encoding is utf-8, gbk or gb18030.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the file cannot be used.</source>
        <translation>
            <numerusform>%n problem(s): the file cannot be used.</numerusform>
            <numerusform>%n problem(s): the file cannot be used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check a product shelf file and list every problem.</source>
        <translation>Check a product shelf file and list every problem.</translation>
    </message>
    <message>
        <source>Checks the bank&apos;s product shelf file (JSON or CSV) and prints every problem with its place; exits with 0 if the shelf is usable, 1 if not. Changes nothing.</source>
        <translation>Checks the bank&apos;s product shelf file (JSON or CSV) and prints every problem with its place; exits with 0 if the shelf is usable, 1 if not. Changes nothing.</translation>
    </message>
    <message>
        <source>The shelf file.</source>
        <translation>The shelf file.</translation>
    </message>
    <message>
        <source>Name one shelf file.</source>
        <translation>Name one shelf file.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid product shelf: %n product(s).</source>
        <translation>
            <numerusform>%1 is a valid product shelf: %n product(s).</numerusform>
            <numerusform>%1 is a valid product shelf: %n product(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a checked file the branch&apos;s product shelf.</source>
        <translation>Make a checked file the branch&apos;s product shelf.</translation>
    </message>
    <message>
        <source>Checks the file and, only if it has no problem at all, makes it the branch&apos;s product shelf (synced to the branch&apos;s workstations, audited). A file with problems changes nothing. Needs manage_product_shelf.</source>
        <translation>Checks the file and, only if it has no problem at all, makes it the branch&apos;s product shelf (synced to the branch&apos;s workstations, audited). A file with problems changes nothing. Needs manage_product_shelf.</translation>
    </message>
    <message numerus="yes">
        <source>The branch&apos;s product shelf now has %n product(s) from %1.</source>
        <translation>
            <numerusform>The branch&apos;s product shelf now has %n product(s) from %1.</numerusform>
            <numerusform>The branch&apos;s product shelf now has %n product(s) from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the product shelf in force.</source>
        <translation>List the product shelf in force.</translation>
    </message>
    <message>
        <source>Lists the branch&apos;s product shelf: the last file loaded, else the shelf built into BranchDesk.</source>
        <translation>Lists the branch&apos;s product shelf: the last file loaded, else the shelf built into BranchDesk.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>The branch&apos;s product shelf: check, load and list the bank&apos;s file.</source>
        <translation>The branch&apos;s product shelf: check, load and list the bank&apos;s file.</translation>
    </message>
    <message>
        <source>The products the branch offers and sells, with their risk rating, minimum, term, channels, 双录 and sales window, from the bank&apos;s file (JSON or CSV). Recommendations and sales are checked against it.</source>
        <translation>The products the branch offers and sells, with their risk rating, minimum, term, channels, 双录 and sales window, from the bank&apos;s file (JSON or CSV). Recommendations and sales are checked against it.</translation>
    </message>
    <message>
        <source>Check an event rule file and list every problem.</source>
        <translation>Check an event rule file and list every problem.</translation>
    </message>
    <message>
        <source>Checks an event rule file (JSON, docs/EVENTS.md): format, contact rules, and for every rule its event, conditions, customers, opportunity, recipient and windows. Prints every problem with its JSON path; exits with 0 if the file can be installed, 1 if not.</source>
        <translation>Checks an event rule file (JSON, docs/EVENTS.md): format, contact rules, and for every rule its event, conditions, customers, opportunity, recipient and windows. Prints every problem with its JSON path; exits with 0 if the file can be installed, 1 if not.</translation>
    </message>
    <message>
        <source>The rule file.</source>
        <translation>The rule file.</translation>
    </message>
    <message>
        <source>Name one rule file.</source>
        <translation>Name one rule file.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a valid rule file (version %2): %n rule(s).</source>
        <translation>
            <numerusform>%1 is a valid rule file (version %2): %n rule(s).</numerusform>
            <numerusform>%1 is a valid rule file (version %2): %n rule(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check event rule files.</source>
        <translation>Check event rule files.</translation>
    </message>
    <message>
        <source>Event rules turn a customer&apos;s events (a large transfer out, a maturing product, repeated browsing) into opportunities for the right manager. A rule file is checked whole: a file with any problem is never installed, and the rules in use stay as they were.</source>
        <translation>Event rules turn a customer&apos;s events (a large transfer out, a maturing product, repeated browsing) into opportunities for the right manager. A rule file is checked whole: a file with any problem is never installed, and the rules in use stay as they were.</translation>
    </message>
    <message>
        <source>add %1 as %2</source>
        <translation>add %1 as %2</translation>
    </message>
    <message>
        <source>set the password of %1</source>
        <translation>set the password of %1</translation>
    </message>
    <message>
        <source>List requests that wait for a second person.</source>
        <translation>List requests that wait for a second person.</translation>
    </message>
    <message>
        <source>Lists the requests (privileged roles, other people&apos;s passwords) that wait for a second person&apos;s approval. Needs an administrator or the branch head.</source>
        <translation>Lists the requests (privileged roles, other people&apos;s passwords) that wait for a second person&apos;s approval. Needs an administrator or the branch head.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>Approve a request as the second person, setting the password.</source>
        <translation>Approve a request as the second person, setting the password.</translation>
    </message>
    <message>
        <source>Carries out a request another administrator made: adds the user with a privileged role, or sets another person&apos;s password. The approver (--user) is another administrator or the branch head, not the one who asked nor the account concerned, and sets the password: it comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Both steps are in the audit log.</source>
        <translation>Carries out a request another administrator made: adds the user with a privileged role, or sets another person&apos;s password. The approver (--user) is another administrator or the branch head, not the one who asked nor the account concerned, and sets the password: it comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Both steps are in the audit log.</translation>
    </message>
    <message>
        <source>The request&apos;s id.</source>
        <translation>The request&apos;s id.</translation>
    </message>
    <message>
        <source>Give one REQUEST.</source>
        <translation>Give one REQUEST.</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>Approved: %1.</translation>
    </message>
    <message>
        <source>This needs a second person (%1). Request %2 is waiting: another administrator or the branch head approves it with `branchdesk-admin user approve %2` and sets the password.</source>
        <translation>This needs a second person (%1). Request %2 is waiting: another administrator or the branch head approves it with `branchdesk-admin user approve %2` and sets the password.</translation>
    </message>
    <message>
        <source>Changes that could not be applied here, set aside with their reason: %1 (see the conflict review)</source>
        <translation>Changes that could not be applied here, set aside with their reason: %1 (see the conflict review)</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minute(s) off the server&apos;s; changes are stamped with the server&apos;s time.</source>
        <translation>This computer&apos;s clock is %1 minute(s) off the server&apos;s; changes are stamped with the server&apos;s time.</translation>
    </message>
    <message>
        <source>Adds a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users, except for the first user of a new database, which must be an administrator. A role that may reveal, export or erase personal data (or the branch head&apos;s) is not granted at once: a request is filed, and a second person approves it with user approve, setting the password.</source>
        <translation>Adds a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users, except for the first user of a new database, which must be an administrator. A role that may reveal, export or erase personal data (or the branch head&apos;s) is not granted at once: a request is filed, and a second person approves it with user approve, setting the password.</translation>
    </message>
    <message>
        <source>Sets the password of a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users. Another person&apos;s password is not set at once: a request is filed, and a second person sets it with user approve.</source>
        <translation>Sets the password of a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users. Another person&apos;s password is not set at once: a request is filed, and a second person sets it with user approve.</translation>
    </message>
    <message>
        <source>Add and list staff users, set passwords, approve requests.</source>
        <translation>Add and list staff users, set passwords, approve requests.</translation>
    </message>
    <message>
        <source>The customer data of this database stays locked: %1</source>
        <translation>The customer data of this database stays locked: %1</translation>
    </message>
    <message>
        <source>The sync server refused the sign-in (%1): %2</source>
        <translation>The sync server refused the sign-in (%1): %2</translation>
    </message>
    <message>
        <source>The sync server gave no token.</source>
        <translation>The sync server gave no token.</translation>
    </message>
    <message>
        <source>Also compare the audit log with the latest checkpoint the sync server holds for this workstation (needs --user; the password from BRANCHDESK_PASSWORD or the prompt).</source>
        <translation>Also compare the audit log with the latest checkpoint the sync server holds for this workstation (needs --user; the password from BRANCHDESK_PASSWORD or the prompt).</translation>
    </message>
    <message>
        <source>--server needs --user.</source>
        <translation>--server needs --user.</translation>
    </message>
    <message>
        <source>Changes waiting for a record that has not arrived: %1</source>
        <translation>Changes waiting for a record that has not arrived: %1</translation>
    </message>
    <message>
        <source>Of these, waiting for more than %1 days: %2 (the record may never come to this workstation)</source>
        <translation>Of these, waiting for more than %1 days: %2 (the record may never come to this workstation)</translation>
    </message>
    <message>
        <source>Give the customers&apos; identifiers a new key (branch head).</source>
        <translation>Give the customers&apos; identifiers a new key (branch head).</translation>
    </message>
    <message>
        <source>Makes a new key to the ID numbers, birth dates, phones and addresses of this workstation&apos;s file, seals every one of them to it in one go and gives it to every account that may reveal them; the old key is gone from the file. Use it after someone who could reveal left or lost the right: a copy of the file they took still opens what it held then, nothing written after. Recorded in the audit log.</source>
        <translation>Makes a new key to the ID numbers, birth dates, phones and addresses of this workstation&apos;s file, seals every one of them to it in one go and gives it to every account that may reveal them; the old key is gone from the file. Use it after someone who could reveal left or lost the right: a copy of the file they took still opens what it held then, nothing written after. Recorded in the audit log.</translation>
    </message>
    <message>
        <source>New key made: %1 values sealed again, %2 accounts hold it.</source>
        <translation>New key made: %1 values sealed again, %2 accounts hold it.</translation>
    </message>
    <message>
        <source>Manage the keys to the customer data.</source>
        <translation>Manage the keys to the customer data.</translation>
    </message>
    <message>
        <source>The customers&apos; identifiers are sealed to a key that only accounts which may reveal personal data hold (docs/SECURITY.md).</source>
        <translation>The customers&apos; identifiers are sealed to a key that only accounts which may reveal personal data hold (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>List your open opportunities as of the last sync.</source>
        <translation>List your open opportunities as of the last sync.</translation>
    </message>
    <message>
        <source>Lists the open opportunities the event rules found for the person signed in (a branch head also sees those for the branch head and the branch pool), as the last sync brought them to this file: customer, rule, reason and deadline, earliest deadline first.</source>
        <translation>Lists the open opportunities the event rules found for the person signed in (a branch head also sees those for the branch head and the branch pool), as the last sync brought them to this file: customer, rule, reason and deadline, earliest deadline first.</translation>
    </message>
    <message>
        <source>No open opportunities.</source>
        <translation>No open opportunities.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contact by</translation>
    </message>
    <message>
        <source>You can sign in on this workstation only while it reaches the server: %1</source>
        <translation>You can sign in on this workstation only while it reaches the server: %1</translation>
    </message>
    <message>
        <source>Updating the branch&apos;s data for the new version: step %1 of %2</source>
        <translation>Updating the branch&apos;s data for the new version: step %1 of %2</translation>
    </message>
    <message>
        <source>%1: done (%2 s)</source>
        <translation>%1: done (%2 s)</translation>
    </message>
    <message>
        <source>%1: %2 % (%3 s)</source>
        <translation>%1: %2 % (%3 s)</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
</context>
<context>
    <name>bd::AdminWorkspace</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Latest audit entries</source>
        <translation>Latest audit entries</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>Size on disk:</translation>
    </message>
    <message>
        <source>Changes waiting to sync:</source>
        <translation>Changes waiting to sync:</translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation>Audit chain:</translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation>%1 (this program knows up to %2)</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked</source>
        <translation>
            <numerusform>Intact: %n entries checked</numerusform>
            <numerusform>Intact: %n entries checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at entry %1: %2</source>
        <translation>Broken at entry %1: %2</translation>
    </message>
    <message>
        <source>Product shelf</source>
        <translation>Product shelf</translation>
    </message>
</context>
<context>
    <name>bd::AllocationChart</name>
    <message>
        <source>Amount (10,000 yuan)</source>
        <translation>Amount (10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>bd::AumHistoryChart</name>
    <message>
        <source>AUM, last 12 month-ends</source>
        <translation>AUM, last 12 month-ends</translation>
    </message>
    <message>
        <source>AUM (10,000 CNY)</source>
        <translation>AUM (10,000 CNY)</translation>
    </message>
    <message>
        <source>%1万</source>
        <translation>%1万</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 across %n customer(s)</source>
        <translation>
            <numerusform>%1: %2 across %n customer(s)</numerusform>
            <numerusform>%1: %2 across %n customer(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::AumTrendChart</name>
    <message>
        <source>AUM (10,000 yuan)</source>
        <translation>AUM (10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>bd::BackgroundCarePlan</name>
    <message numerus="yes">
        <source>%n care task(s) made.</source>
        <translation>
            <numerusform>%n care task(s) made.</numerusform>
            <numerusform>%n care task(s) made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care task(s) made; </source>
        <translation>
            <numerusform>%n care task(s) made; </numerusform>
            <numerusform>%n care task(s) made; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle stage(s) changed.</source>
        <translation>
            <numerusform>%n lifecycle stage(s) changed.</numerusform>
            <numerusform>%n lifecycle stage(s) changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::BranchDashboard</name>
    <message>
        <source>Whole branch</source>
        <translation>Whole branch</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Branch dashboard</source>
        <translation>Branch dashboard</translation>
    </message>
    <message>
        <source>Book of %1</source>
        <translation>Book of %1</translation>
    </message>
</context>
<context>
    <name>bd::BranchHeadWorkspace</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>AUM of the branch</source>
        <translation>AUM of the branch</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>VIP customers</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Open referrals</translation>
    </message>
    <message>
        <source>Lobby visits today</source>
        <translation>Lobby visits today</translation>
    </message>
    <message>
        <source>Staff of the branch</source>
        <translation>Staff of the branch</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Customers per tier</translation>
    </message>
    <message numerus="yes">
        <source>Branch floor, last %n days</source>
        <translation>
            <numerusform>Branch floor, last %n days</numerusform>
            <numerusform>Branch floor, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Call lists</source>
        <translation>Call lists</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>Customer voice</translation>
    </message>
    <message>
        <source>Offers made and taken</source>
        <translation>Offers made and taken</translation>
    </message>
    <message>
        <source>Product shelf</source>
        <translation>Product shelf</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>Opportunities (%1)</translation>
    </message>
    <message>
        <source>What each rule did</source>
        <translation>What each rule did</translation>
    </message>
    <message>
        <source>Switch a rule off or change its thresholds</source>
        <translation>Switch a rule off or change its thresholds</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
</context>
<context>
    <name>bd::BranchLogListeners</name>
    <message>
        <source>Sign in first: the token is missing, expired or not valid.</source>
        <translation>Sign in first: the token is missing, expired or not valid.</translation>
    </message>
</context>
<context>
    <name>bd::BranchOpportunitiesView</name>
    <message>
        <source>Hand to mana&amp;ger</source>
        <translation>Hand to mana&amp;ger</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>Wealth manager</translation>
    </message>
    <message>
        <source>The selected opportunity becomes the chosen manager&apos;s: it is on their Today after their next sync</source>
        <translation>The selected opportunity becomes the chosen manager&apos;s: it is on their Today after their next sync</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <source>Branch pool: customers without a manager</source>
        <translation>Branch pool: customers without a manager</translation>
    </message>
    <message>
        <source>Complaints: service recovery by you</source>
        <translation>Complaints: service recovery by you</translation>
    </message>
    <message>
        <source>Held back or waiting, and why</source>
        <translation>Held back or waiting, and why</translation>
    </message>
    <message>
        <source>Select an opportunity of the pool and a manager first.</source>
        <translation>Select an opportunity of the pool and a manager first.</translation>
    </message>
    <message>
        <source>%1 now goes to %2.</source>
        <translation>%1 now goes to %2.</translation>
    </message>
    <message>
        <source>Escalated: past their deadline without a contact</source>
        <translation>Escalated: past their deadline without a contact</translation>
    </message>
</context>
<context>
    <name>bd::CallListDialog</name>
    <message>
        <source>&amp;List mode: spread over the managers below</source>
        <translation>&amp;List mode: spread over the managers below</translation>
    </message>
    <message>
        <source>O&amp;wner mode: each customer&apos;s own manager</source>
        <translation>O&amp;wner mode: each customer&apos;s own manager</translation>
    </message>
    <message numerus="yes">
        <source>New call list (%n customer(s))</source>
        <translation>
            <numerusform>New call list (%n customer(s))</numerusform>
            <numerusform>New call list (%n customer(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. take over maturing funds, VIP uplift</source>
        <translation>e.g. take over maturing funds, VIP uplift</translation>
    </message>
    <message>
        <source>Call anyway</source>
        <translation>Call anyway</translation>
    </message>
    <message>
        <source>Excluded because</source>
        <translation>Excluded because</translation>
    </message>
    <message>
        <source>Required to call ticked customers anyway (audited)</source>
        <translation>Required to call ticked customers anyway (audited)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Excluded by the contact rules</source>
        <translation>Excluded by the contact rules</translation>
    </message>
    <message>
        <source>&amp;Create call list</source>
        <translation>&amp;Create call list</translation>
    </message>
    <message>
        <source>%1 customer(s) will get a task; %2 excluded by the contact rules.</source>
        <translation>%1 customer(s) will get a task; %2 excluded by the contact rules.</translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>Handing out the call list… %1%</source>
        <translation>Handing out the call list… %1%</translation>
    </message>
    <message numerus="yes">
        <source>Checking the contact rules for %n customer(s)…</source>
        <translation>
            <numerusform>Checking the contact rules for %n customer(s)…</numerusform>
            <numerusform>Checking the contact rules for %n customer(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Handing out the call list…</source>
        <translation>Handing out the call list…</translation>
    </message>
    <message>
        <source>Stopping the hand-out: nothing will be saved…</source>
        <translation>Stopping the hand-out: nothing will be saved…</translation>
    </message>
    <message>
        <source>Call list handed out: %1 task(s) to %2 manager(s); %3 customer(s) excluded.</source>
        <translation>Call list handed out: %1 task(s) to %2 manager(s); %3 customer(s) excluded.</translation>
    </message>
</context>
<context>
    <name>bd::CallListsView</name>
    <message>
        <source>Contact &amp;rules…</source>
        <translation>Contact &amp;rules…</translation>
    </message>
    <message>
        <source>Plan &amp;care tasks</source>
        <translation>Plan &amp;care tasks</translation>
    </message>
    <message>
        <source>Make the due care tasks of the branch (90-day plan, birthdays, maturities) and recompute lifecycle stages</source>
        <translation>Make the due care tasks of the branch (90-day plan, birthdays, maturities) and recompute lifecycle stages</translation>
    </message>
    <message>
        <source>Making the care plan and recomputing lifecycle stages…</source>
        <translation>Making the care plan and recomputing lifecycle stages…</translation>
    </message>
</context>
<context>
    <name>bd::CallOutcomeChart</name>
    <message>
        <source>Call outcomes per call list</source>
        <translation>Call outcomes per call list</translation>
    </message>
    <message>
        <source>Customers on the list</source>
        <translation>Customers on the list</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Not called yet</translation>
    </message>
    <message>
        <source>No outcome noted</source>
        <translation>No outcome noted</translation>
    </message>
    <message>
        <source>%1 · %2% interested</source>
        <translation>%1 · %2% interested</translation>
    </message>
    <message>
        <source>No call lists yet</source>
        <translation>No call lists yet</translation>
    </message>
    <message>
        <source>%1, %2 to %3
%4: %5 of %6 customers</source>
        <translation>%1, %2 to %3
%4: %5 of %6 customers</translation>
    </message>
    <message>
        <source>An outcome this version of BranchDesk does not know</source>
        <translation>An outcome this version of BranchDesk does not know</translation>
    </message>
</context>
<context>
    <name>bd::CallOutcomeDialog</name>
    <message>
        <source>&amp;Follow up on</source>
        <translation>&amp;Follow up on</translation>
    </message>
    <message>
        <source>Log care contact: %1</source>
        <translation>Log care contact: %1</translation>
    </message>
    <message>
        <source>Log call outcome: %1</source>
        <translation>Log call outcome: %1</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>What the customer said, in their own words</translation>
    </message>
    <message>
        <source>e.g. return too low, money tied up elsewhere</source>
        <translation>e.g. return too low, money tied up elsewhere</translation>
    </message>
    <message>
        <source>Why the contact rules are overridden (audited)</source>
        <translation>Why the contact rules are overridden (audited)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Customer &amp;voice:</source>
        <translation>Customer &amp;voice:</translation>
    </message>
    <message>
        <source>O&amp;bjection:</source>
        <translation>O&amp;bjection:</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>Override &amp;reason:</translation>
    </message>
    <message>
        <source>Contact rules: %1</source>
        <translation>Contact rules: %1</translation>
    </message>
    <message>
        <source>Heard:</source>
        <translation>Heard:</translation>
    </message>
    <message>
        <source>Call &amp;made at:</source>
        <translation>Call &amp;made at:</translation>
    </message>
</context>
<context>
    <name>bd::CallPrepSheetDialog</name>
    <message>
        <source>The prep sheet could not be made: %1</source>
        <translation>The prep sheet could not be made: %1</translation>
    </message>
    <message>
        <source>Call prep sheet: %1</source>
        <translation>Call prep sheet: %1</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Print to PDF…</translation>
    </message>
    <message>
        <source>Save the prep sheet as PDF</source>
        <translation>Save the prep sheet as PDF</translation>
    </message>
    <message>
        <source>prep-sheet-%1.pdf</source>
        <translation>prep-sheet-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>bd::ConflictReviewDialog</name>
    <message>
        <source>&amp;Keep the synced value</source>
        <translation>&amp;Keep the synced value</translation>
    </message>
    <message>
        <source>&amp;Restore the other value</source>
        <translation>&amp;Restore the other value</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>The same field was changed on two workstations, or a record was changed after it had been deleted elsewhere. Sync kept the later change; decide whether that is right.</source>
        <translation>The same field was changed on two workstations, or a record was changed after it had been deleted elsewhere. Sync kept the later change; decide whether that is right.</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Synced value (kept)</source>
        <translation>Synced value (kept)</translation>
    </message>
    <message>
        <source>Other value (lost)</source>
        <translation>Other value (lost)</translation>
    </message>
    <message>
        <source>Whole change set aside: %1</source>
        <translation>Whole change set aside: %1</translation>
    </message>
</context>
<context>
    <name>bd::ConsentDialog</name>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Form number or call reference</source>
        <translation>Form number or call reference</translation>
    </message>
    <message>
        <source>Record a grant or withdrawal</source>
        <translation>Record a grant or withdrawal</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>C&amp;hange</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <source>Current consent</source>
        <translation>Current consent</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>never given</source>
        <translation>never given</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
</context>
<context>
    <name>bd::ContactRulesDialog</name>
    <message>
        <source>Marketing contacts need the customer&apos;s &amp;consent</source>
        <translation>Marketing contacts need the customer&apos;s &amp;consent</translation>
    </message>
    <message>
        <source>Contact rules</source>
        <translation>Contact rules</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>At most &amp;marketing contacts:</source>
        <translation>At most &amp;marketing contacts:</translation>
    </message>
    <message>
        <source>Per &amp;period of:</source>
        <translation>Per &amp;period of:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours (no calls or messages):</source>
        <translation>&amp;Quiet hours (no calls or messages):</translation>
    </message>
    <message>
        <source>Do-not-contact always holds. Each change is audited.</source>
        <translation>Do-not-contact always holds. Each change is audited.</translation>
    </message>
</context>
<context>
    <name>bd::Customer360View</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Assets</translation>
    </message>
    <message>
        <source>&amp;Behaviour</source>
        <translation>&amp;Behaviour</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Add &amp;tag…</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>Re&amp;move tag</translation>
    </message>
    <message>
        <source>Start &amp;KYC</source>
        <translation>Start &amp;KYC</translation>
    </message>
    <message>
        <source>Create re&amp;ferral</source>
        <translation>Create re&amp;ferral</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>This customer cannot be shown: %1</source>
        <translation>This customer cannot be shown: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entries, %1 holdings</source>
        <translation>
            <numerusform>%n timeline entries, %1 holdings</numerusform>
            <numerusform>%n timeline entries, %1 holdings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Customer 360</source>
        <translation>%1 — Customer 360</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Remove a tag</translation>
    </message>
    <message>
        <source>Select a tag first.</source>
        <translation>Select a tag first.</translation>
    </message>
    <message>
        <source>Move to &amp;branch…</source>
        <translation>Move to &amp;branch…</translation>
    </message>
    <message>
        <source>House&amp;hold</source>
        <translation>House&amp;hold</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Products</translation>
    </message>
    <message>
        <source>Co&amp;nsent…</source>
        <translation>Co&amp;nsent…</translation>
    </message>
    <message>
        <source>Heard &amp;in notes…</source>
        <translation>Heard &amp;in notes…</translation>
    </message>
    <message>
        <source>Voi&amp;d contact…</source>
        <translation>Voi&amp;d contact…</translation>
    </message>
</context>
<context>
    <name>bd::CustomerAssetsPage</name>
    <message>
        <source>Allocation by product family</source>
        <translation>Allocation by product family</translation>
    </message>
    <message>
        <source>AUM, last 12 month-ends, with tier thresholds</source>
        <translation>AUM, last 12 month-ends, with tier thresholds</translation>
    </message>
    <message>
        <source>Holdings (red: matures within 30 days, amber: within 90)</source>
        <translation>Holdings (red: matures within 30 days, amber: within 90)</translation>
    </message>
    <message>
        <source>Expected fund arrivals</source>
        <translation>Expected fund arrivals</translation>
    </message>
</context>
<context>
    <name>bd::CustomerBehaviourPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Amount at least</source>
        <translation>Amount at least</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>e.g. 5万</source>
        <translation>e.g. 5万</translation>
    </message>
</context>
<context>
    <name>bd::CustomerHeader</name>
    <message>
        <source>Re&amp;veal…</source>
        <translation>Re&amp;veal…</translation>
    </message>
    <message>
        <source>Show the full ID number, mobile or address, with a reason (audited)</source>
        <translation>Show the full ID number, mobile or address, with a reason (audited)</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>Mobile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n years</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <source>CIF %1</source>
        <translation>CIF %1</translation>
    </message>
    <message>
        <source>AUM %1</source>
        <translation>AUM %1</translation>
    </message>
    <message>
        <source>Risk level: %1</source>
        <translation>Risk level: %1</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Risk not assessed</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Lifecycle: %1</translation>
    </message>
    <message>
        <source>Manager: %1 (%2)</source>
        <translation>Manager: %1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Do not contact</translation>
    </message>
    <message>
        <source>Marketing consent: yes</source>
        <translation>Marketing consent: yes</translation>
    </message>
    <message>
        <source>Marketing consent: no</source>
        <translation>Marketing consent: no</translation>
    </message>
</context>
<context>
    <name>bd::CustomerMoveDialog</name>
    <message>
        <source>Move to another branch</source>
        <translation>Move to another branch</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>e.g. the customer moved house to the other district</source>
        <translation>e.g. the customer moved house to the other district</translation>
    </message>
    <message>
        <source>No other branch is known on this workstation.</source>
        <translation>No other branch is known on this workstation.</translation>
    </message>
    <message>
        <source>%1 moves with their holdings, transactions, contacts, KYC, tags and tasks. Their manager assignment is cleared; at the next sync they leave this branch&apos;s workstations. The move is recorded in the audit log with your reason.</source>
        <translation>%1 moves with their holdings, transactions, contacts, KYC, tags and tasks. Their manager assignment is cleared; at the next sync they leave this branch&apos;s workstations. The move is recorded in the audit log with your reason.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>New &amp;branch</source>
        <translation>New &amp;branch</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>Re&amp;ason</translation>
    </message>
</context>
<context>
    <name>bd::CustomerOverviewPage</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Set on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>KYC completeness (PPF nine-grid)</source>
        <translation>KYC completeness (PPF nine-grid)</translation>
    </message>
    <message>
        <source>Profile tags</source>
        <translation>Profile tags</translation>
    </message>
    <message>
        <source>Nothing needs attention today.</source>
        <translation>Nothing needs attention today.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>bd::CustomerSearchField</name>
    <message>
        <source>Find customer: name, pinyin, initials, mobile, ID or CIF (Ctrl+K)</source>
        <translation>Find customer: name, pinyin, initials, mobile, ID or CIF (Ctrl+K)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5 · %6</source>
        <translation>%1 · %2 · %3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source>no manager</source>
        <translation>no manager</translation>
    </message>
    <message>
        <source>CIF %1</source>
        <translation>CIF %1</translation>
    </message>
</context>
<context>
    <name>bd::DashboardChart</name>
    <message>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>bd::DashboardPanel</name>
    <message>
        <source>Save as picture…</source>
        <translation>Save as picture…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation>Customers per tier</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customers per lifecycle stage</source>
        <translation>Customers per lifecycle stage</translation>
    </message>
    <message>
        <source>Customers with a final KYC, per tier</source>
        <translation>Customers with a final KYC, per tier</translation>
    </message>
    <message>
        <source>Share of customers (%)</source>
        <translation>Share of customers (%)</translation>
    </message>
    <message>
        <source>KYC completeness per PPF cell</source>
        <translation>KYC completeness per PPF cell</translation>
    </message>
    <message>
        <source>Average completeness (%)</source>
        <translation>Average completeness (%)</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Loading the figures…</translation>
    </message>
    <message>
        <source>%1: %2 customers, %3% of all</source>
        <translation>%1: %2 customers, %3% of all</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1: %2 customers</source>
        <translation>%1: %2 customers</translation>
    </message>
    <message>
        <source>%1: %2 of %3 customers have a final KYC</source>
        <translation>%1: %2 of %3 customers have a final KYC</translation>
    </message>
    <message>
        <source>%1: on average %2% of its questions answered</source>
        <translation>%1: on average %2% of its questions answered</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, as of %2</translation>
    </message>
    <message>
        <source>dashboard-%1.%2</source>
        <translation>dashboard-%1.%2</translation>
    </message>
    <message>
        <source>Save the dashboard as PDF</source>
        <translation>Save the dashboard as PDF</translation>
    </message>
    <message>
        <source>Save the dashboard as a picture</source>
        <translation>Save the dashboard as a picture</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Dashboard not saved</source>
        <translation>Dashboard not saved</translation>
    </message>
</context>
<context>
    <name>bd::DemoBranchSetup</name>
    <message numerus="yes">
        <source>Creating a demo branch with %Ln customers…</source>
        <translation>
            <numerusform>Creating a demo branch with %Ln customers…</numerusform>
            <numerusform>Creating a demo branch with %Ln customers…</numerusform>
        </translation>
    </message>
    <message>
        <source>First start of BranchDesk</source>
        <translation>First start of BranchDesk</translation>
    </message>
</context>
<context>
    <name>bd::FirstRunDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Connect and download the branch</source>
        <translation>&amp;Connect and download the branch</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancel the download</translation>
    </message>
    <message>
        <source>Start with the &amp;demo branch</source>
        <translation>Start with the &amp;demo branch</translation>
    </message>
    <message>
        <source>Set up this BranchDesk workstation</source>
        <translation>Set up this BranchDesk workstation</translation>
    </message>
    <message>
        <source>This workstation has no branch data yet. Connect to your bank&apos;s BranchDesk server to download your branch, or explore a demo branch.</source>
        <translation>This workstation has no branch data yet. Connect to your bank&apos;s BranchDesk server to download your branch, or explore a demo branch.</translation>
    </message>
    <message>
        <source>only for a certificate of a private authority</source>
        <translation>only for a certificate of a private authority</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <source>CA &amp;file (optional):</source>
        <translation>CA &amp;file (optional):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>A made-up branch with made-up customers, on this computer only; its sign-in lists the demo accounts.</source>
        <translation>A made-up branch with made-up customers, on this computer only; its sign-in lists the demo accounts.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>Signing in at %1…</translation>
    </message>
    <message>
        <source>Downloading the branch: %1 of %2 MB</source>
        <translation>Downloading the branch: %1 of %2 MB</translation>
    </message>
    <message numerus="yes">
        <source>Downloading the branch: %n row(s) so far</source>
        <translation>
            <numerusform>Downloading the branch: %n row(s) so far</numerusform>
            <numerusform>Downloading the branch: %n row(s) so far</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was cancelled. It goes on from where it stopped when you connect again.</source>
        <translation>The download was cancelled. It goes on from where it stopped when you connect again.</translation>
    </message>
    <message>
        <source>Opening the branch…</source>
        <translation>Opening the branch…</translation>
    </message>
</context>
<context>
    <name>bd::FloorReport</name>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Referrals per day</source>
        <translation>Referrals per day</translation>
    </message>
    <message>
        <source>Referrals per staff member</source>
        <translation>Referrals per staff member</translation>
    </message>
    <message>
        <source>% of services</source>
        <translation>% of services</translation>
    </message>
    <message>
        <source>Teller seven steps</source>
        <translation>Teller seven steps</translation>
    </message>
    <message>
        <source>Escalated referrals</source>
        <translation>Escalated referrals</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
</context>
<context>
    <name>bd::HouseholdLinkDialog</name>
    <message>
        <source>Link a customer to the household</source>
        <translation>Link a customer to the household</translation>
    </message>
    <message>
        <source>Name, mobile or ID ending, CIF</source>
        <translation>Name, mobile or ID ending, CIF</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>&amp;Relation to the head</source>
        <translation>&amp;Relation to the head</translation>
    </message>
</context>
<context>
    <name>bd::HouseholdPanel</name>
    <message>
        <source>Change &amp;relation…</source>
        <translation>Change &amp;relation…</translation>
    </message>
    <message>
        <source>Possibly the same family (a shared address or mobile, compared without opening either):</source>
        <translation>Possibly the same family (a shared address or mobile, compared without opening either):</translation>
    </message>
    <message>
        <source>The household cannot be shown: %1</source>
        <translation>The household cannot be shown: %1</translation>
    </message>
    <message>
        <source>Not in a household. On their own: %1</source>
        <translation>Not in a household. On their own: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), together %1 (%2). %3</source>
        <translation>
            <numerusform>%n member(s), together %1 (%2). %3</numerusform>
            <numerusform>%n member(s), together %1 (%2). %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Choose a suggested customer first.</source>
        <translation>Choose a suggested customer first.</translation>
    </message>
    <message>
        <source>Choose a member first.</source>
        <translation>Choose a member first.</translation>
    </message>
    <message>
        <source>How is %1 related to the head of this household?</source>
        <translation>How is %1 related to the head of this household?</translation>
    </message>
    <message>
        <source>How is this customer related to the head of %1&apos;s household?</source>
        <translation>How is this customer related to the head of %1&apos;s household?</translation>
    </message>
    <message>
        <source>Link as family</source>
        <translation>Link as family</translation>
    </message>
    <message>
        <source>Make head</source>
        <translation>Make head</translation>
    </message>
    <message>
        <source>How is the present head related to %1?</source>
        <translation>How is the present head related to %1?</translation>
    </message>
    <message>
        <source>Change relation</source>
        <translation>Change relation</translation>
    </message>
    <message>
        <source>How is %1 related to the head?</source>
        <translation>How is %1 related to the head?</translation>
    </message>
    <message>
        <source>Link a &amp;customer…</source>
        <translation>Link a &amp;customer…</translation>
    </message>
    <message>
        <source>Make head…</source>
        <translation>Make head…</translation>
    </message>
    <message>
        <source>Take out of the household</source>
        <translation>Take out of the household</translation>
    </message>
    <message>
        <source>Link as famil&amp;y…</source>
        <translation>Link as famil&amp;y…</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Not related</translation>
    </message>
</context>
<context>
    <name>bd::IdleLock</name>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Idle lock…</source>
        <translation>&amp;Idle lock…</translation>
    </message>
    <message>
        <source>How long the workstation waits without use before it locks</source>
        <translation>How long the workstation waits without use before it locks</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Idle lock</translation>
    </message>
    <message>
        <source>Lock the workstation after this many minutes without use:</source>
        <translation>Lock the workstation after this many minutes without use:</translation>
    </message>
</context>
<context>
    <name>bd::InteractionDialog</name>
    <message>
        <source>Follow up on</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Log a contact with %1</source>
        <translation>Log a contact with %1</translation>
    </message>
    <message>
        <source>e.g. maturity take-over, birthday greeting</source>
        <translation>e.g. maturity take-over, birthday greeting</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>What the customer said, in their own words</source>
        <translation>What the customer said, in their own words</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Customer &amp;voice:</source>
        <translation>Customer &amp;voice:</translation>
    </message>
    <message>
        <source>O&amp;bjection:</source>
        <translation>O&amp;bjection:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Marketing contacts need the customer&apos;s consent and count towards the contact limit; do-not-contact holds for every kind</source>
        <translation>Marketing contacts need the customer&apos;s consent and count towards the contact limit; do-not-contact holds for every kind</translation>
    </message>
    <message>
        <source>Why the contact rules are overridden (audited)</source>
        <translation>Why the contact rules are overridden (audited)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>Override &amp;reason:</translation>
    </message>
    <message>
        <source>Contact rules: %1
Saving needs an override reason.</source>
        <translation>Contact rules: %1
Saving needs an override reason.</translation>
    </message>
</context>
<context>
    <name>bd::KycCellPage</name>
    <message>
        <source>Every answer is saved to the draft at once. Answers already known are shown; change them only if they changed.</source>
        <translation>Every answer is saved to the draft at once. Answers already known are shown; change them only if they changed.</translation>
    </message>
    <message>
        <source>Back to the grid</source>
        <translation>Back to the grid</translation>
    </message>
    <message>
        <source>Next suggested cell</source>
        <translation>Next suggested cell</translation>
    </message>
</context>
<context>
    <name>bd::KycGrid</name>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Future</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>%1 · %2: open the KYC questions</source>
        <translation>%1 · %2: open the KYC questions</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Personal &amp; career</source>
        <translation>Personal &amp; career</translation>
    </message>
    <message>
        <source>Finance &amp; investment</source>
        <translation>Finance &amp; investment</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1% complete</translation>
    </message>
    <message>
        <source>suggested next</source>
        <translation>suggested next</translation>
    </message>
</context>
<context>
    <name>bd::KycHistoryDialog</name>
    <message>
        <source>KYC history</source>
        <translation>KYC history</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Risk profile</source>
        <translation>Risk profile</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>The KYC history of this customer cannot be shown: %1</source>
        <translation>The KYC history of this customer cannot be shown: %1</translation>
    </message>
    <message>
        <source>The two versions cannot be compared: %1</source>
        <translation>The two versions cannot be compared: %1</translation>
    </message>
</context>
<context>
    <name>bd::KycQuestionEditor</name>
    <message>
        <source>Change answer</source>
        <translation>Change answer</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Amount, e.g. 50000 or 5万</source>
        <translation>Amount, e.g. 50000 or 5万</translation>
    </message>
    <message>
        <source>Amount (¥):</source>
        <translation>Amount (¥):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Not asked yet.</translation>
    </message>
    <message>
        <source>this draft</source>
        <translation>this draft</translation>
    </message>
    <message>
        <source>KYC version %1</source>
        <translation>KYC version %1</translation>
    </message>
    <message>
        <source>Known: %1 — given %2 (%3)</source>
        <translation>Known: %1 — given %2 (%3)</translation>
    </message>
</context>
<context>
    <name>bd::KycWizard</name>
    <message>
        <source>KYC nine-grid</source>
        <translation>KYC nine-grid</translation>
    </message>
    <message>
        <source>No customer has the id %1.</source>
        <translation>No customer has the id %1.</translation>
    </message>
    <message>
        <source>KYC of %1 (CIF %2)</source>
        <translation>KYC of %1 (CIF %2)</translation>
    </message>
    <message>
        <source>History and changes…</source>
        <translation>History and changes…</translation>
    </message>
    <message>
        <source>Summary to PDF…</source>
        <translation>Summary to PDF…</translation>
    </message>
    <message>
        <source>Finish: save as new KYC version</source>
        <translation>Finish: save as new KYC version</translation>
    </message>
    <message>
        <source>Close (draft is kept)</source>
        <translation>Close (draft is kept)</translation>
    </message>
    <message>
        <source>Continue with the suggested cell: %1</source>
        <translation>Continue with the suggested cell: %1</translation>
    </message>
    <message>
        <source>Every cell is complete</source>
        <translation>Every cell is complete</translation>
    </message>
    <message>
        <source>Current KYC: version %1 of %2, risk profile %3.</source>
        <translation>Current KYC: version %1 of %2, risk profile %3.</translation>
    </message>
    <message>
        <source>No KYC version yet.</source>
        <translation>No KYC version yet.</translation>
    </message>
    <message numerus="yes">
        <source>Draft of version %1 open with %n new answer(s), saved as you go.</source>
        <translation>
            <numerusform>Draft of version %1 open with %n new answer(s), saved as you go.</numerusform>
            <numerusform>Draft of version %1 open with %n new answer(s), saved as you go.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to the draft at %1.</source>
        <translation>Saved to the draft at %1.</translation>
    </message>
    <message numerus="yes">
        <source>KYC version %1 saved. Risk profile: %2%3. %n tag(s) from KYC, %4 fund arrival(s).</source>
        <translation>
            <numerusform>KYC version %1 saved. Risk profile: %2%3. %n tag(s) from KYC, %4 fund arrival(s).</numerusform>
            <numerusform>KYC version %1 saved. Risk profile: %2%3. %n tag(s) from KYC, %4 fund arrival(s).</numerusform>
        </translation>
    </message>
    <message>
        <source> (driven by %1)</source>
        <translation> (driven by %1)</translation>
    </message>
    <message>
        <source>Summary written to %1.</source>
        <translation>Summary written to %1.</translation>
    </message>
    <message>
        <source>KYC summary as PDF</source>
        <translation>KYC summary as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>bd::LobbyWorkspace</name>
    <message>
        <source>VIP customers today</source>
        <translation>VIP customers today</translation>
    </message>
    <message>
        <source>Potential VIPs today</source>
        <translation>Potential VIPs today</translation>
    </message>
    <message>
        <source>Ordinary customers today</source>
        <translation>Ordinary customers today</translation>
    </message>
    <message>
        <source>Referrals waiting</source>
        <translation>Referrals waiting</translation>
    </message>
    <message>
        <source>Today&apos;s walk-ins</source>
        <translation>Today&apos;s walk-ins</translation>
    </message>
    <message>
        <source>Open referral queue</source>
        <translation>Open referral queue</translation>
    </message>
    <message>
        <source>Log a walk-in</source>
        <translation>Log a walk-in</translation>
    </message>
    <message>
        <source>&amp;Print the walk-in&apos;s form...</source>
        <translation>&amp;Print the walk-in&apos;s form...</translation>
    </message>
    <message>
        <source>Ne&amp;w referral form...</source>
        <translation>Ne&amp;w referral form...</translation>
    </message>
</context>
<context>
    <name>bd::LockScreen</name>
    <message>
        <source>Workstation locked</source>
        <translation>Workstation locked</translation>
    </message>
    <message>
        <source>Locked after a time without use. %1, type your password to continue.</source>
        <translation>Locked after a time without use. %1, type your password to continue.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Sign this user out, so that someone else can sign in</source>
        <translation>Sign this user out, so that someone else can sign in</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Sign out and leave the workstation at the sign-in screen</source>
        <translation>Sign out and leave the workstation at the sign-in screen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About BranchDesk</source>
        <translation>&amp;About BranchDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Branch %1 %2</source>
        <translation>Branch %1 %2</translation>
    </message>
    <message>
        <source>The local database of this workstation</source>
        <translation>The local database of this workstation</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Open a BranchDesk database</source>
        <translation>Open a BranchDesk database</translation>
    </message>
    <message>
        <source>BranchDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>BranchDesk databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>About BranchDesk</source>
        <translation>About BranchDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BranchDesk %1&lt;/h3&gt;&lt;p&gt;The workstation of a bank branch: lobby, counter, wealth management and branch dashboards, working offline on a local database.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BranchDesk %1&lt;/h3&gt;&lt;p&gt;The workstation of a bank branch: lobby, counter, wealth management and branch dashboards, working offline on a local database.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Customer 360</source>
        <translation>Customer 360</translation>
    </message>
</context>
<context>
    <name>bd::ManagerDashboard</name>
    <message>
        <source>My book</source>
        <translation>My book</translation>
    </message>
    <message>
        <source>Book of %1</source>
        <translation>Book of %1</translation>
    </message>
</context>
<context>
    <name>bd::ObservedSignals</name>
    <message>
        <source>Also ticked at &quot;%1&quot;: %2</source>
        <translation>Also ticked at &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>bd::OfferAnswerDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2, %3</source>
        <translation>%1 %2, %3</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <source>Reference of the audio-video recording</source>
        <translation>Reference of the audio-video recording</translation>
    </message>
    <message>
        <source>&amp;Dual recording (双录) reference</source>
        <translation>&amp;Dual recording (双录) reference</translation>
    </message>
</context>
<context>
    <name>bd::OfferDashboard</name>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day(s)</numerusform>
            <numerusform>Last %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 offers made, %2 taken (%3%).</source>
        <translation>%1 offers made, %2 taken (%3%).</translation>
    </message>
</context>
<context>
    <name>bd::OfferPanel</name>
    <message>
        <source>Record a &amp;sale…</source>
        <translation>Record a &amp;sale…</translation>
    </message>
    <message>
        <source>What the customer holds, against the product shelf:</source>
        <translation>What the customer holds, against the product shelf:</translation>
    </message>
    <message>
        <source>The offers cannot be shown: %1</source>
        <translation>The offers cannot be shown: %1</translation>
    </message>
    <message>
        <source>Nothing on the shelf fits this customer now.</source>
        <translation>Nothing on the shelf fits this customer now.</translation>
    </message>
    <message>
        <source>Choose an offer first.</source>
        <translation>Choose an offer first.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Not recorded: %1</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2.</source>
        <translation>Recorded: %1 — %2.</translation>
    </message>
    <message>
        <source>Sale recorded.</source>
        <translation>Sale recorded.</translation>
    </message>
    <message>
        <source>Accepted…</source>
        <translation>Accepted…</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Declined…</translation>
    </message>
    <message>
        <source>Not now…</source>
        <translation>Not now…</translation>
    </message>
</context>
<context>
    <name>bd::PotentialVipRoute</name>
    <message>
        <source>&amp;No time</source>
        <translation>&amp;No time</translation>
    </message>
    <message>
        <source>Manager busy: customer waits in the waiting area</source>
        <translation>Manager busy: customer waits in the waiting area</translation>
    </message>
    <message>
        <source>Experience card and manager&apos;s card handed over</source>
        <translation>Experience card and manager&apos;s card handed over</translation>
    </message>
    <message>
        <source>Agrees to leave contact details</source>
        <translation>Agrees to leave contact details</translation>
    </message>
    <message>
        <source>What the customer asked about or needs (required)</source>
        <translation>What the customer asked about or needs (required)</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Interest</source>
        <translation>&amp;Interest</translation>
    </message>
    <message>
        <source>%1 (busy)</source>
        <translation>%1 (busy)</translation>
    </message>
    <message>
        <source>%1 (free)</source>
        <translation>%1 (free)</translation>
    </message>
    <message>
        <source>Has time n&amp;ow</source>
        <translation>Has time n&amp;ow</translation>
    </message>
</context>
<context>
    <name>bd::ProductShelfView</name>
    <message>
        <source>&amp;Load the bank&apos;s shelf file…</source>
        <translation>&amp;Load the bank&apos;s shelf file…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Declined:</source>
        <translation>Declined:</translation>
    </message>
    <message>
        <source>Not now:</source>
        <translation>Not now:</translation>
    </message>
    <message>
        <source>A product is not offered again to the same customer for</source>
        <translation>A product is not offered again to the same customer for</translation>
    </message>
    <message>
        <source>The shelf cannot be read: %1</source>
        <translation>The shelf cannot be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) from %1, loaded by %2 on %3.</source>
        <translation>
            <numerusform>%n product(s) from %1, loaded by %2 on %3.</numerusform>
            <numerusform>%n product(s) from %1, loaded by %2 on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) of the shelf built into BranchDesk (%1): no bank file loaded yet.</source>
        <translation>
            <numerusform>%n product(s) of the shelf built into BranchDesk (%1): no bank file loaded yet.</numerusform>
            <numerusform>%n product(s) of the shelf built into BranchDesk (%1): no bank file loaded yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message numerus="yes">
        <source>The shelf now has %n product(s).</source>
        <translation>
            <numerusform>The shelf now has %n product(s).</numerusform>
            <numerusform>The shelf now has %n product(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file was refused: %n problem(s), listed below. The shelf in force is unchanged.</source>
        <translation>
            <numerusform>The file was refused: %n problem(s), listed below. The shelf in force is unchanged.</numerusform>
            <numerusform>The file was refused: %n problem(s), listed below. The shelf in force is unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bank&apos;s product shelf</source>
        <translation>The bank&apos;s product shelf</translation>
    </message>
    <message>
        <source>Product shelf (*.json *.csv);;All files (*)</source>
        <translation>Product shelf (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>bd::ProfileEditDialog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Edit the profile of %1</source>
        <translation>Edit the profile of %1</translation>
    </message>
    <message>
        <source>%1 — type a new value to replace it</source>
        <translation>%1 — type a new value to replace it</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
</context>
<context>
    <name>bd::ReferralFormDialog</name>
    <message>
        <source>The customer has time now</source>
        <translation>The customer has time now</translation>
    </message>
    <message>
        <source>The customer agrees to leave contact details</source>
        <translation>The customer agrees to leave contact details</translation>
    </message>
    <message>
        <source>VIP experience card and manager&apos;s card handed over</source>
        <translation>VIP experience card and manager&apos;s card handed over</translation>
    </message>
    <message>
        <source>e.g. man of about 35, office worker nearby</source>
        <translation>e.g. man of about 35, office worker nearby</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>%1 (busy)</source>
        <translation>%1 (busy)</translation>
    </message>
    <message>
        <source>e.g. asked about 1-year wealth products</source>
        <translation>e.g. asked about 1-year wealth products</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>Customer *</translation>
    </message>
    <message>
        <source>Wealth manager *</source>
        <translation>Wealth manager *</translation>
    </message>
    <message>
        <source>Interest or need *</source>
        <translation>Interest or need *</translation>
    </message>
    <message>
        <source>Funds mentioned</source>
        <translation>Funds mentioned</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>Save and print to PDF...</source>
        <translation>Save and print to PDF...</translation>
    </message>
    <message>
        <source>Print the form to PDF</source>
        <translation>Print the form to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Filed with the walk-in; printing does not file it again.</source>
        <translation>Filed with the walk-in; printing does not file it again.</translation>
    </message>
</context>
<context>
    <name>bd::ReferralFunnelChart</name>
    <message numerus="yes">
        <source>Referral funnel, last %n days</source>
        <translation>
            <numerusform>Referral funnel, last %n days</numerusform>
            <numerusform>Referral funnel, last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>No referrals in this period</source>
        <translation>No referrals in this period</translation>
    </message>
    <message>
        <source>%1 of %2 referrals were declined or expired</source>
        <translation>%1 of %2 referrals were declined or expired</translation>
    </message>
    <message>
        <source>%1 referrals made, %2 still open</source>
        <translation>%1 referrals made, %2 still open</translation>
    </message>
    <message>
        <source>%1 of %2 referrals accepted by a manager</source>
        <translation>%1 of %2 referrals accepted by a manager</translation>
    </message>
    <message>
        <source>%1 of %2 referrals completed, bringing in %3</source>
        <translation>%1 of %2 referrals completed, bringing in %3</translation>
    </message>
</context>
<context>
    <name>bd::ReferralInbox</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Met</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Declined</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>New AUM the customer brought in (CNY):</source>
        <translation>New AUM the customer brought in (CNY):</translation>
    </message>
    <message>
        <source>That is not an amount.</source>
        <translation>That is not an amount.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a referral first.</source>
        <translation>Select a referral first.</translation>
    </message>
    <message>
        <source>Co&amp;ntacted</source>
        <translation>Co&amp;ntacted</translation>
    </message>
    <message>
        <source>Conver&amp;ted...</source>
        <translation>Conver&amp;ted...</translation>
    </message>
</context>
<context>
    <name>bd::RevealDialog</name>
    <message>
        <source>Reveal personal data</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <source>e.g. identity check for a counter transaction</source>
        <translation>e.g. identity check for a counter transaction</translation>
    </message>
    <message>
        <source>Revealing is recorded in the audit log with your reason.</source>
        <translation>Revealing is recorded in the audit log with your reason.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Field</translation>
    </message>
    <message>
        <source>Re&amp;ason</source>
        <translation>Re&amp;ason</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>bd::RuleDashboard</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day(s)</numerusform>
            <numerusform>Last %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fired, %2 delivered, %3 converted, %4 new AUM.</source>
        <translation>%1 fired, %2 delivered, %3 converted, %4 new AUM.</translation>
    </message>
</context>
<context>
    <name>bd::RuleEditor</name>
    <message>
        <source>S&amp;witch off</source>
        <translation>S&amp;witch off</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appl&amp;y</translation>
    </message>
    <message>
        <source>Off, the rule makes no opportunities from the next event on, on every workstation after its sync</source>
        <translation>Off, the rule makes no opportunities from the next event on, on every workstation after its sync</translation>
    </message>
    <message>
        <source>New va&amp;lue:</source>
        <translation>New va&amp;lue:</translation>
    </message>
    <message>
        <source>S&amp;witch on</source>
        <translation>S&amp;witch on</translation>
    </message>
    <message>
        <source>%1 is on: it runs from the next event after the next sync.</source>
        <translation>%1 is on: it runs from the next event after the next sync.</translation>
    </message>
    <message>
        <source>%1 is off from the next event after the next sync.</source>
        <translation>%1 is off from the next event after the next sync.</translation>
    </message>
    <message>
        <source>Select a rule and one of its thresholds first.</source>
        <translation>Select a rule and one of its thresholds first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>&quot;%1&quot; is not an amount in yuan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>%1: %2 is now %3, from the next event after the next sync.</source>
        <translation>%1: %2 is now %3, from the next event after the next sync.</translation>
    </message>
    <message>
        <source>&amp;Install rule file…</source>
        <translation>&amp;Install rule file…</translation>
    </message>
    <message>
        <source>A whole rule file (JSON) in place of the branch&apos;s rules, checked first: a file with any problem is not installed</source>
        <translation>A whole rule file (JSON) in place of the branch&apos;s rules, checked first: a file with any problem is not installed</translation>
    </message>
    <message>
        <source>Install a rule file</source>
        <translation>Install a rule file</translation>
    </message>
    <message>
        <source>Rule files (*.json);;All files (*)</source>
        <translation>Rule files (*.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is installed (%n rule(s)): it runs from the next event after the next sync.</source>
        <translation>
            <numerusform>%1 is installed (%n rule(s)): it runs from the next event after the next sync.</numerusform>
            <numerusform>%1 is installed (%n rule(s)): it runs from the next event after the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back to the shipped rules…</source>
        <translation>&amp;Back to the shipped rules…</translation>
    </message>
    <message>
        <source>The rules that came with BranchDesk in force again, in place of the installed rule file and every changed rule</source>
        <translation>The rules that came with BranchDesk in force again, in place of the installed rule file and every changed rule</translation>
    </message>
    <message>
        <source>Back to the shipped rules</source>
        <translation>Back to the shipped rules</translation>
    </message>
    <message>
        <source>Put the rules that came with BranchDesk back in force for the whole branch? The installed rule file and every changed rule are withdrawn; every workstation runs the shipped rules from the next event after its sync.</source>
        <translation>Put the rules that came with BranchDesk back in force for the whole branch? The installed rule file and every changed rule are withdrawn; every workstation runs the shipped rules from the next event after its sync.</translation>
    </message>
    <message>
        <source>The shipped rules are in force already; nothing changed.</source>
        <translation>The shipped rules are in force already; nothing changed.</translation>
    </message>
    <message>
        <source>The shipped rules are back: they run from the next event after the next sync, on every workstation.</source>
        <translation>The shipped rules are back: they run from the next event after the next sync, on every workstation.</translation>
    </message>
</context>
<context>
    <name>bd::RuleSectionReader</name>
    <message>
        <source>must be a group of conditions (&quot;match&quot; and &quot;conditions&quot;).</source>
        <translation>must be a group of conditions (&quot;match&quot; and &quot;conditions&quot;).</translation>
    </message>
    <message>
        <source>must be an object (kind, priority, contact_within_hours, ...).</source>
        <translation>must be an object (kind, priority, contact_within_hours, ...).</translation>
    </message>
    <message>
        <source>must be 1-40 lower-case letters, digits or _, starting with a letter.</source>
        <translation>must be 1-40 lower-case letters, digits or _, starting with a letter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; events have no &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; events have no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the customer&apos;s profile; conditions on what happened belong in &quot;when&quot;.</source>
        <translation>&quot;%1&quot; is not on the customer&apos;s profile; conditions on what happened belong in &quot;when&quot;.</translation>
    </message>
</context>
<context>
    <name>bd::SaleDialog</name>
    <message>
        <source>&amp;Record the sale</source>
        <translation>&amp;Record the sale</translation>
    </message>
    <message>
        <source>Record a sale</source>
        <translation>Record a sale</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. 50000 or 5万</source>
        <translation>e.g. 50000 or 5万</translation>
    </message>
    <message>
        <source>Reference of the audio-video recording</source>
        <translation>Reference of the audio-video recording</translation>
    </message>
    <message>
        <source>Only for customers of 65 or more, products above R3</source>
        <translation>Only for customers of 65 or more, products above R3</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Product</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Extra confirmation (65+)</source>
        <translation>&amp;Extra confirmation (65+)</translation>
    </message>
    <message>
        <source>The suitability check passes.</source>
        <translation>The suitability check passes.</translation>
    </message>
    <message>
        <source>Not yet:
%1</source>
        <translation>Not yet:
%1</translation>
    </message>
    <message>
        <source>The sale was refused:
%1</source>
        <translation>The sale was refused:
%1</translation>
    </message>
    <message>
        <source>&amp;Dual recording (双录) reference</source>
        <translation>&amp;Dual recording (双录) reference</translation>
    </message>
</context>
<context>
    <name>bd::SegmentConditionEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>All of these (and)</source>
        <translation>All of these (and)</translation>
    </message>
    <message>
        <source>Any of these (or)</source>
        <translation>Any of these (or)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>bd::SegmentCsvExport</name>
    <message>
        <source>Export CSV...</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <source>Unmasked</source>
        <translation>Unmasked</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Exporting: %v of %m</source>
        <translation>Exporting: %v of %m</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n customer(s)...</source>
        <translation>
            <numerusform>Exporting %n customer(s)...</numerusform>
            <numerusform>Exporting %n customer(s)...</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Cancelling the export...</source>
        <translation>Cancelling the export...</translation>
    </message>
</context>
<context>
    <name>bd::SegmentFamilyPicker</name>
    <message>
        <source>Count only holdings of the product families ticked</source>
        <translation>Count only holdings of the product families ticked</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>All products</translation>
    </message>
</context>
<context>
    <name>bd::SegmentPicker</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Start from a target group...</source>
        <translation>Start from a target group...</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Segment name</translation>
    </message>
    <message>
        <source>Saved segments...</source>
        <translation>Saved segments...</translation>
    </message>
    <message>
        <source>Saved by %1 on %2</source>
        <translation>Saved by %1 on %2</translation>
    </message>
</context>
<context>
    <name>bd::SegmentResultTable</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>bd::SegmentValueEditor</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>values, separated by commas</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>amount in yuan, e.g. 5万</source>
        <translation>amount in yuan, e.g. 5万</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>bd::SegmentWorkbench</name>
    <message>
        <source>Ma&amp;ke call list...</source>
        <translation>Ma&amp;ke call list...</translation>
    </message>
    <message>
        <source>Choose a target group or add conditions.</source>
        <translation>Choose a target group or add conditions.</translation>
    </message>
    <message>
        <source>Add a condition to see who is in the segment.</source>
        <translation>Add a condition to see who is in the segment.</translation>
    </message>
    <message>
        <source>Not counted yet: %1</source>
        <translation>Not counted yet: %1</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Counting...</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer(s)</numerusform>
            <numerusform>%n customer(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; everyone at the branch can run it.</source>
        <translation>Saved &quot;%1&quot;; everyone at the branch can run it.</translation>
    </message>
    <message>
        <source>Choose a saved segment to delete.</source>
        <translation>Choose a saved segment to delete.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot; for everyone at the branch?</source>
        <translation>Delete the segment &quot;%1&quot; for everyone at the branch?</translation>
    </message>
    <message>
        <source>Segment deleted.</source>
        <translation>Segment deleted.</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Export customers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %n customer(s) to %1.</numerusform>
            <numerusform>Exported %n customer(s) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment has no customers to call.</source>
        <translation>The segment has no customers to call.</translation>
    </message>
</context>
<context>
    <name>bd::SevenStepPanel</name>
    <message>
        <source>Stand up as the customer reaches the counter.</source>
        <translation>Stand up as the customer reaches the counter.</translation>
    </message>
    <message>
        <source>&quot;Good morning, what can I do for you today?&quot;</source>
        <translation>&quot;Good morning, what can I do for you today?&quot;</translation>
    </message>
    <message>
        <source>Take the documents with both hands; tell them roughly how long it takes.</source>
        <translation>Take the documents with both hands; tell them roughly how long it takes.</translation>
    </message>
    <message>
        <source>Work promptly; meanwhile weigh assets, business, questions and manner.</source>
        <translation>Work promptly; meanwhile weigh assets, business, questions and manner.</translation>
    </message>
    <message>
        <source>&quot;About five more minutes; here is our newest service to look at.&quot;</source>
        <translation>&quot;About five more minutes; here is our newest service to look at.&quot;</translation>
    </message>
    <message>
        <source>Mention VIP services; refer a potential VIP to a wealth manager.</source>
        <translation>Mention VIP services; refer a potential VIP to a wealth manager.</translation>
    </message>
    <message>
        <source>Return the documents, ask for a rating, say goodbye.</source>
        <translation>Return the documents, ask for a rating, say goodbye.</translation>
    </message>
    <message>
        <source>&amp;Start service</source>
        <translation>&amp;Start service</translation>
    </message>
    <message>
        <source>&amp;Refer now</source>
        <translation>&amp;Refer now</translation>
    </message>
    <message>
        <source>Customer at the counter</source>
        <translation>Customer at the counter</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>Next time: %1</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <source>Seven steps</source>
        <translation>Seven steps</translation>
    </message>
    <message>
        <source>Step 4: is this a potential VIP?</source>
        <translation>Step 4: is this a potential VIP?</translation>
    </message>
    <message>
        <source>Amount of the business, CNY</source>
        <translation>Amount of the business, CNY</translation>
    </message>
    <message>
        <source>What they asked, how they behave</source>
        <translation>What they asked, how they behave</translation>
    </message>
    <message>
        <source>&amp;Weigh</source>
        <translation>&amp;Weigh</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Step 6 and 7</source>
        <translation>Step 6 and 7</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>Record ra&amp;ting</source>
        <translation>Record ra&amp;ting</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>%1 (busy)</source>
        <translation>%1 (busy)</translation>
    </message>
    <message>
        <source>Assets at the bank: %1 (%2)</source>
        <translation>Assets at the bank: %1 (%2)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>walk-in</translation>
    </message>
    <message>
        <source>Business: %1</source>
        <translation>Business: %1</translation>
    </message>
    <message>
        <source>Potential VIP: introduce our VIP services and refer the customer to a wealth manager at step 6.</source>
        <translation>Potential VIP: introduce our VIP services and refer the customer to a wealth manager at step 6.</translation>
    </message>
    <message>
        <source>Referred to %1.</source>
        <translation>Referred to %1.</translation>
    </message>
    <message>
        <source>Service recorded.</source>
        <translation>Service recorded.</translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation>Wealth manager</translation>
    </message>
    <message>
        <source>Asked about wealth &amp;products</source>
        <translation>Asked about wealth &amp;products</translation>
    </message>
    <message>
        <source>(choose the business)</source>
        <translation>(choose the business)</translation>
    </message>
    <message>
        <source>B&amp;ehaviour</source>
        <translation>B&amp;ehaviour</translation>
    </message>
    <message>
        <source>The amount must be a positive number of yuan, such as 80000 or 8万; &quot;%1&quot; is not.</source>
        <translation>The amount must be a positive number of yuan, such as 80000 or 8万; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>This customer&apos;s service from %1 stopped at %2 of 7 steps: Start service continues it.</source>
        <translation>This customer&apos;s service from %1 stopped at %2 of 7 steps: Start service continues it.</translation>
    </message>
    <message>
        <source>Continuing the service started at %1: %2 of 7 steps done.</source>
        <translation>Continuing the service started at %1: %2 of 7 steps done.</translation>
    </message>
</context>
<context>
    <name>bd::SignInDialog</name>
    <message>
        <source>Demo branch: sign in as</source>
        <translation>Demo branch: sign in as</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to BranchDesk</source>
        <translation>Sign in to BranchDesk</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Click an account to fill in the fields; double-click to sign in.</source>
        <translation>Click an account to fill in the fields; double-click to sign in.</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (branch %2)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
</context>
<context>
    <name>bd::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Working offline (no sync server set) · %n change(s) waiting</source>
        <translation>
            <numerusform>Working offline (no sync server set) · %n change(s) waiting</numerusform>
            <numerusform>Working offline (no sync server set) · %n change(s) waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n change(s) waiting</numerusform>
            <numerusform>Offline · %n change(s) waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not synced yet · %n change(s) waiting</source>
        <translation>
            <numerusform>Not synced yet · %n change(s) waiting</numerusform>
            <numerusform>Not synced yet · %n change(s) waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>Synced at %1 · %n change(s) waiting</numerusform>
            <numerusform>Synced at %1 · %n change(s) waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the server&apos;s; changes are stamped with the server&apos;s time</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute(s) off the server&apos;s; changes are stamped with the server&apos;s time</numerusform>
            <numerusform>This computer&apos;s clock is %n minute(s) off the server&apos;s; changes are stamped with the server&apos;s time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the server waiting for a record that has not arrived</source>
        <translation>
            <numerusform>%n change from the server waiting for a record that has not arrived</numerusform>
            <numerusform>%n changes from the server waiting for a record that has not arrived</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::TellerWorkspace</name>
    <message>
        <source>Customers served today</source>
        <translation>Customers served today</translation>
    </message>
    <message>
        <source>Served with all seven steps</source>
        <translation>Served with all seven steps</translation>
    </message>
    <message>
        <source>Referrals made today</source>
        <translation>Referrals made today</translation>
    </message>
    <message>
        <source>Today&apos;s counter services</source>
        <translation>Today&apos;s counter services</translation>
    </message>
    <message>
        <source>My referrals today</source>
        <translation>My referrals today</translation>
    </message>
    <message>
        <source>Seven steps at the counter</source>
        <translation>Seven steps at the counter</translation>
    </message>
</context>
<context>
    <name>bd::TierChart</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>bd::VoiceReportView</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Product family</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>What was heard</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Objections and competitors heard from</source>
        <translation>Objections and competitors heard from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Double-click a row for the notes behind it (masked).</source>
        <translation>Double-click a row for the notes behind it (masked).</translation>
    </message>
    <message>
        <source>(no call list)</source>
        <translation>(no call list)</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <source>Notes behind the count</source>
        <translation>Notes behind the count</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>Heard</translation>
    </message>
    <message>
        <source>Note (masked)</source>
        <translation>Note (masked)</translation>
    </message>
    <message>
        <source>Reading the notes behind the count…</source>
        <translation>Reading the notes behind the count…</translation>
    </message>
</context>
<context>
    <name>bd::VoiceSuggestionsBox</name>
    <message>
        <source>Nothing heard yet: the customer&apos;s interests, objections and promises show here as you type.</source>
        <translation>Nothing heard yet: the customer&apos;s interests, objections and promises show here as you type.</translation>
    </message>
    <message>
        <source>Tick what the customer really said: it becomes a tag (or a task for a promised follow-up) when the outcome is saved.</source>
        <translation>Tick what the customer really said: it becomes a tag (or a task for a promised follow-up) when the outcome is saved.</translation>
    </message>
    <message>
        <source>Heard: %1 - %2</source>
        <translation>Heard: %1 - %2</translation>
    </message>
    <message>
        <source>(hedged)</source>
        <translation>(hedged)</translation>
    </message>
</context>
<context>
    <name>bd::VoiceSuggestionsDialog</name>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Heard in notes</source>
        <translation>Heard in notes</translation>
    </message>
    <message>
        <source>The customer said so: make the tag, or the task for a promised follow-up.</source>
        <translation>The customer said so: make the tag, or the task for a promised follow-up.</translation>
    </message>
    <message>
        <source>Misheard: leave it out of suggestions and counts.</source>
        <translation>Misheard: leave it out of suggestions and counts.</translation>
    </message>
    <message>
        <source>Suggestions from what the customer said (nothing counts until you confirm it):</source>
        <translation>Suggestions from what the customer said (nothing counts until you confirm it):</translation>
    </message>
    <message>
        <source>Nothing waiting: every suggestion was confirmed or dismissed.</source>
        <translation>Nothing waiting: every suggestion was confirmed or dismissed.</translation>
    </message>
</context>
<context>
    <name>bd::VoidContactDialog</name>
    <message>
        <source>Void a contact with %1</source>
        <translation>Void a contact with %1</translation>
    </message>
    <message>
        <source>Void a contact logged for this customer by mistake. It stays on record, marked void, and no longer counts: not towards the contact limit, not as the last contact, and its call task is open again.</source>
        <translation>Void a contact logged for this customer by mistake. It stays on record, marked void, and no longer counts: not towards the contact limit, not as the last contact, and its call task is open again.</translation>
    </message>
    <message>
        <source>e.g. logged for the wrong customer</source>
        <translation>e.g. logged for the wrong customer</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Void contact</source>
        <translation>&amp;Void contact</translation>
    </message>
    <message numerus="yes">
        <source>No contact with this customer can be voided now: a contact is voided within %n day(s) of it, by whoever logged it or by the branch head.</source>
        <translation>
            <numerusform>No contact with this customer can be voided now: a contact is voided within %n day(s) of it, by whoever logged it or by the branch head.</numerusform>
            <numerusform>No contact with this customer can be voided now: a contact is voided within %n day(s) of it, by whoever logged it or by the branch head.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::WalkInLog</name>
    <message>
        <source>&amp;Save walk-in (Ctrl+Enter)</source>
        <translation>&amp;Save walk-in (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Customer: name, pinyin, phone or ID suffix</source>
        <translation>Customer: name, pinyin, phone or ID suffix</translation>
    </message>
    <message>
        <source>or describe: e.g. woman of about 50 with a driver</source>
        <translation>or describe: e.g. woman of about 50 with a driver</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Why you judge differently (required)</source>
        <translation>Why you judge differently (required)</translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation>(not asked yet)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Customer</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Business</translation>
    </message>
    <message>
        <source>Signals observed</source>
        <translation>Signals observed</translation>
    </message>
    <message>
        <source>Value judgement</source>
        <translation>Value judgement</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>C&amp;lass</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested: %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Suggested: %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Speaks against: %1</source>
        <translation>Speaks against: %1</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 on %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Due within %n day(s):&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Due within %n day(s):&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Due within %n day(s):&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>The holdings of this customer falling due could not be read, so they are neither shown nor counted in the suggestion: %1</source>
        <translation>The holdings of this customer falling due could not be read, so they are neither shown nor counted in the suggestion: %1</translation>
    </message>
    <message>
        <source>Whether this customer has an open referral could not be read: %1</source>
        <translation>Whether this customer has an open referral could not be read: %1</translation>
    </message>
    <message>
        <source>no manager yet</source>
        <translation>no manager yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open referral&lt;/b&gt; to %1, filed %2, %3. This walk-in, whatever the class, is added to it for the manager; no second referral is filed.</source>
        <translation>&lt;b&gt;Open referral&lt;/b&gt; to %1, filed %2, %3. This walk-in, whatever the class, is added to it for the manager; no second referral is filed.</translation>
    </message>
</context>
<context>
    <name>bd::WalkInRoute</name>
    <message>
        <source>Say</source>
        <translation>Say</translation>
    </message>
    <message>
        <source>Div&amp;ert to</source>
        <translation>Div&amp;ert to</translation>
    </message>
</context>
<context>
    <name>bd::WealthManagerWorkspace</name>
    <message>
        <source>My customers</source>
        <translation>My customers</translation>
    </message>
    <message>
        <source>AUM of my customers</source>
        <translation>AUM of my customers</translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation>Open call tasks</translation>
    </message>
    <message numerus="yes">
        <source>Money arriving in %n days</source>
        <translation>
            <numerusform>Money arriving in %n days</numerusform>
            <numerusform>Money arriving in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Care tasks due</source>
        <translation>Care tasks due</translation>
    </message>
    <message numerus="yes">
        <source>Maturities and fund arrivals in %n days</source>
        <translation>
            <numerusform>Maturities and fund arrivals in %n days</numerusform>
            <numerusform>Maturities and fund arrivals in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>My customers by AUM</source>
        <translation>My customers by AUM</translation>
    </message>
    <message>
        <source>My customers by AUM (largest %1 of %2)</source>
        <translation>My customers by AUM (largest %1 of %2)</translation>
    </message>
    <message>
        <source>My customers by AUM (%1)</source>
        <translation>My customers by AUM (%1)</translation>
    </message>
    <message>
        <source>Referral inbox</source>
        <translation>Referral inbox</translation>
    </message>
    <message>
        <source>&amp;Prep sheet</source>
        <translation>&amp;Prep sheet</translation>
    </message>
    <message>
        <source>One page on the selected customer: money, interests, last contacts, talking points (Ctrl+Shift+P)</source>
        <translation>One page on the selected customer: money, interests, last contacts, talking points (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Log &amp;outcome…</source>
        <translation>Log &amp;outcome…</translation>
    </message>
    <message>
        <source>What came of the call to the selected customer (Ctrl+Shift+O)</source>
        <translation>What came of the call to the selected customer (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open &amp;360</source>
        <translation>Open &amp;360</translation>
    </message>
    <message>
        <source>The selected customer&apos;s 360 (Enter)</source>
        <translation>The selected customer&apos;s 360 (Enter)</translation>
    </message>
    <message>
        <source>Today: easiest to close now</source>
        <translation>Today: easiest to close now</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>My dashboard</source>
        <translation>My dashboard</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Record &amp;contact…</source>
        <translation>Record &amp;contact…</translation>
    </message>
    <message>
        <source>What came of the contact with the selected opportunity&apos;s customer</source>
        <translation>What came of the contact with the selected opportunity&apos;s customer</translation>
    </message>
    <message>
        <source>Opportunities: contact by the deadline</source>
        <translation>Opportunities: contact by the deadline</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Today (%1)</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interested</translation>
    </message>
    <message>
        <source>No answer: try again</source>
        <translation>No answer: try again</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <source>Bought or signed up</source>
        <translation>Bought or signed up</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What came of the contact with %1?</source>
        <translation>What came of the contact with %1?</translation>
    </message>
    <message>
        <source>Contact not recorded</source>
        <translation>Contact not recorded</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message numerus="yes">
        <source>%n new opportunities on Today</source>
        <translation>
            <numerusform>%n new opportunities on Today</numerusform>
            <numerusform>%n new opportunities on Today</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing your care plan: %1 %</source>
        <translation>Preparing your care plan: %1 %</translation>
    </message>
</context>
<context>
    <name>bd::Workstation</name>
    <message>
        <source>Database not opened</source>
        <translation>Database not opened</translation>
    </message>
</context>
<context>
    <name>bd::WorkstationEnrolment</name>
    <message>
        <source>Type the server&apos;s address, e.g. https://branchdesk.example:8470.</source>
        <translation>Type the server&apos;s address, e.g. https://branchdesk.example:8470.</translation>
    </message>
    <message>
        <source>The certificate authority file cannot be read.</source>
        <translation>The certificate authority file cannot be read.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>%1 holds data already; a branch download never replaces it.</source>
        <translation>%1 holds data already; a branch download never replaces it.</translation>
    </message>
    <message>
        <source>The branch download was cancelled; it goes on from here at the next try.</source>
        <translation>The branch download was cancelled; it goes on from here at the next try.</translation>
    </message>
    <message>
        <source>%1 could not be put in place; the download is kept as %2.</source>
        <translation>%1 could not be put in place; the download is kept as %2.</translation>
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
        <translation>The database %1 cannot be used.

%2</translation>
    </message>
    <message>
        <source>The demo branch could not be created.

%1</source>
        <translation>The demo branch could not be created.

%1</translation>
    </message>
    <message>
        <source>BranchDesk, the workstation of a bank branch.</source>
        <translation>BranchDesk, the workstation of a bank branch.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt; instead of the workstation&apos;s own.</source>
        <translation>Open the database file &lt;path&gt; instead of the workstation&apos;s own.</translation>
    </message>
    <message>
        <source>Use the language &lt;lang&gt; (zh_CN or en).</source>
        <translation>Use the language &lt;lang&gt; (zh_CN or en).</translation>
    </message>
    <message>
        <source>Sync with the server at &lt;url&gt; (remembered; an empty value switches sync off).</source>
        <translation>Sync with the server at &lt;url&gt; (remembered; an empty value switches sync off).</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the sync server&apos;s certificate (remembered).</source>
        <translation>PEM file of the authority that signed the sync server&apos;s certificate (remembered).</translation>
    </message>
    <message>
        <source>Sign in as &lt;user&gt; with the password read from the first line of standard input.</source>
        <translation>Sign in as &lt;user&gt; with the password read from the first line of standard input.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Address to listen on (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>TCP port (default 8470; 0 picks a free one).</source>
        <translation>TCP port (default 8470; 0 picks a free one).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation>Cannot listen on %1:%2.</translation>
    </message>
    <message>
        <source>Branch %1 is set up.</source>
        <translation>Branch %1 is set up.</translation>
    </message>
    <message>
        <source>Unknown role %1.</source>
        <translation>Unknown role %1.</translation>
    </message>
    <message>
        <source>Set BRANCHDESK_NEW_PASSWORD to a password of at least 8 characters.</source>
        <translation>Set BRANCHDESK_NEW_PASSWORD to a password of at least 8 characters.</translation>
    </message>
    <message>
        <source>Unknown branch %1.</source>
        <translation>Unknown branch %1.</translation>
    </message>
    <message>
        <source>User %1 can sign in.</source>
        <translation>User %1 can sign in.</translation>
    </message>
    <message>
        <source>Unknown set-up command; see --help.</source>
        <translation>Unknown set-up command; see --help.</translation>
    </message>
    <message>
        <source>%1 holds no branch.</source>
        <translation>%1 holds no branch.</translation>
    </message>
    <message>
        <source>Branch %1 (%2): %3 rows in %4 pages imported as its baseline, as of change %5.</source>
        <translation>Branch %1 (%2): %3 rows in %4 pages imported as its baseline, as of change %5.</translation>
    </message>
    <message>
        <source>BranchDesk central sync server. Each setting comes from the command line, else its environment variable, else the configuration file, else the default (docs/SYNC_PROTOCOL.md lists them).</source>
        <translation>BranchDesk central sync server. Each setting comes from the command line, else its environment variable, else the configuration file, else the default (docs/SYNC_PROTOCOL.md lists them).</translation>
    </message>
    <message>
        <source>INI configuration file (or BRANCHDESK_SERVER_CONFIG).</source>
        <translation>INI configuration file (or BRANCHDESK_SERVER_CONFIG).</translation>
    </message>
    <message>
        <source>info (default), warning or off.</source>
        <translation>info (default), warning or off.</translation>
    </message>
    <message>
        <source>PEM certificate: serve HTTPS.</source>
        <translation>PEM certificate: serve HTTPS.</translation>
    </message>
    <message>
        <source>PEM private key of the certificate.</source>
        <translation>PEM private key of the certificate.</translation>
    </message>
    <message>
        <source>PostgreSQL host (default 127.0.0.1).</source>
        <translation>PostgreSQL host (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>PostgreSQL port (default 5432).</source>
        <translation>PostgreSQL port (default 5432).</translation>
    </message>
    <message>
        <source>PostgreSQL user (password from BRANCHDESK_PG_PASSWORD or the file).</source>
        <translation>PostgreSQL user (password from BRANCHDESK_PG_PASSWORD or the file).</translation>
    </message>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation>Cannot read the TLS certificate or key.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a valid PEM file (RSA key), or TLS is not available.</source>
        <translation>The TLS certificate or key is not a valid PEM file (RSA key), or TLS is not available.</translation>
    </message>
    <message>
        <source>Snapshot for new workstations: %1 (%2 MB, %3 ms: copy %4, clean-up %5, checksum %6).</source>
        <translation>Snapshot for new workstations: %1 (%2 MB, %3 ms: copy %4, clean-up %5, checksum %6).</translation>
    </message>
    <message>
        <source>Folder of the branch snapshots that import-branch makes for new workstations.</source>
        <translation>Folder of the branch snapshots that import-branch makes for new workstations.</translation>
    </message>
    <message>
        <source>sqlite (one embedded file, for a trial) or postgres (production); default: postgres if --pg-database is given, else sqlite.</source>
        <translation>sqlite (one embedded file, for a trial) or postgres (production); default: postgres if --pg-database is given, else sqlite.</translation>
    </message>
    <message>
        <source>The SQLite file (default: branchdesk-server.db in the app data folder, or in $STATE_DIRECTORY).</source>
        <translation>The SQLite file (default: branchdesk-server.db in the app data folder, or in $STATE_DIRECTORY).</translation>
    </message>
    <message>
        <source>PostgreSQL database: the store is PostgreSQL (without one, the embedded SQLite file).</source>
        <translation>PostgreSQL database: the store is PostgreSQL (without one, the embedded SQLite file).</translation>
    </message>
    <message>
        <source>Set-up commands need a database (--pg-database, or --db-driver sqlite).</source>
        <translation>Set-up commands need a database (--pg-database, or --db-driver sqlite).</translation>
    </message>
    <message>
        <source>Service account %1. Its key (shown only now; send it as &quot;Authorization: Bearer KEY&quot;):</source>
        <translation>Service account %1. Its key (shown only now; send it as &quot;Authorization: Bearer KEY&quot;):</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3%4</source>
        <translation>%1:%2: %3%4</translation>
    </message>
    <message numerus="yes">
        <source>%n malformed event(s); nothing was imported.</source>
        <translation>
            <numerusform>%n malformed event(s); nothing was imported.</numerusform>
            <numerusform>%n malformed event(s); nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events: %2 new, %3 sent before, %4 of unknown customers; %5 opportunities delivered, %6 held back (%7 ms, %8 events/s).</source>
        <translation>%1 events: %2 new, %3 sent before, %4 of unknown customers; %5 opportunities delivered, %6 held back (%7 ms, %8 events/s).</translation>
    </message>
    <message>
        <source>Use: add-service-account NAME, or events import FILE.</source>
        <translation>Use: add-service-account NAME, or events import FILE.</translation>
    </message>
    <message>
        <source>Branch %1: changes %2 to %3 folded into its snapshot; its log starts after %3.</source>
        <translation>Branch %1: changes %2 to %3 folded into its snapshot; its log starts after %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) compacted (retention %1 days).</source>
        <translation>
            <numerusform>%n branch(es) compacted (retention %1 days).</numerusform>
            <numerusform>%n branch(es) compacted (retention %1 days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds a name or address is locked out after 10 (50) failed sign-ins in a row; doubled each time (default 900).</source>
        <translation>Seconds a name or address is locked out after 10 (50) failed sign-ins in a row; doubled each time (default 900).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s headers (default 10).</source>
        <translation>Seconds a client has to send a request&apos;s headers (default 10).</translation>
    </message>
    <message>
        <source>Seconds of silence before a connection is closed (default 30).</source>
        <translation>Seconds of silence before a connection is closed (default 30).</translation>
    </message>
    <message>
        <source>Open connections one client address may hold (default 16).</source>
        <translation>Open connections one client address may hold (default 16).</translation>
    </message>
    <message>
        <source>On SIGTERM, milliseconds of answering not ready before no longer accepting connections (default 1000).</source>
        <translation>On SIGTERM, milliseconds of answering not ready before no longer accepting connections (default 1000).</translation>
    </message>
    <message>
        <source>The set-up command compact-log folds changes older than this into each branch&apos;s snapshot (default 0: keep all).</source>
        <translation>The set-up command compact-log folds changes older than this into each branch&apos;s snapshot (default 0: keep all).</translation>
    </message>
    <message>
        <source>Several PostgreSQL servers, HOST:PORT,HOST:PORT: the one that takes writes is used (failover).</source>
        <translation>Several PostgreSQL servers, HOST:PORT,HOST:PORT: the one that takes writes is used (failover).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>No temporary folder for a copy of %1.</source>
        <translation>No temporary folder for a copy of %1.</translation>
    </message>
    <message>
        <source>add-user: the new account&apos;s password</source>
        <translation>add-user: the new account&apos;s password</translation>
    </message>
    <message>
        <source>Environment variables:</source>
        <translation>Environment variables:</translation>
    </message>
    <message>
        <source>as --config</source>
        <translation>as --config</translation>
    </message>
    <message>
        <source>as --%1</source>
        <translation>as --%1</translation>
    </message>
    <message>
        <source>PostgreSQL password (never taken from the command line)</source>
        <translation>PostgreSQL password (never taken from the command line)</translation>
    </message>
    <message>
        <source>systemd&apos;s state folder: where the SQLite file is by default</source>
        <translation>systemd&apos;s state folder: where the SQLite file is by default</translation>
    </message>
    <message>
        <source>The Ed25519 key that signs audit checkpoints, made at the first start (default: audit-signing.key in the snapshot folder).</source>
        <translation>The Ed25519 key that signs audit checkpoints, made at the first start (default: audit-signing.key in the snapshot folder).</translation>
    </message>
    <message>
        <source>Set-up instead of serving: &apos;add-branch ID CODE NAME&apos;, &apos;add-user USERNAME BRANCH_ID ROLE&apos; (password from BRANCHDESK_NEW_PASSWORD), &apos;import-branch WORKSTATION_FILE&apos; (the file&apos;s branch becomes the baseline new workstations download; a file with encrypted customer data needs BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD) or &apos;compact-log&apos;.</source>
        <translation>Set-up instead of serving: &apos;add-branch ID CODE NAME&apos;, &apos;add-user USERNAME BRANCH_ID ROLE&apos; (password from BRANCHDESK_NEW_PASSWORD), &apos;import-branch WORKSTATION_FILE&apos; (the file&apos;s branch becomes the baseline new workstations download; a file with encrypted customer data needs BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD) or &apos;compact-log&apos;.</translation>
    </message>
    <message>
        <source>%1 is not the branch head of %2, whose password opens its customer data.</source>
        <translation>%1 is not the branch head of %2, whose password opens its customer data.</translation>
    </message>
    <message>
        <source>%1 holds customer data encrypted under that workstation&apos;s own key (%2): the server cannot read it, and workstations loading the branch page by page could not either. Nothing was imported. Set BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD to the branch head of that file to import it readable.</source>
        <translation>%1 holds customer data encrypted under that workstation&apos;s own key (%2): the server cannot read it, and workstations loading the branch page by page could not either. Nothing was imported. Set BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD to the branch head of that file to import it readable.</translation>
    </message>
    <message>
        <source>import-branch: the branch head of the workstation file, whose key opens its encrypted customer data</source>
        <translation>import-branch: the branch head of the workstation file, whose key opens its encrypted customer data</translation>
    </message>
    <message>
        <source>import-branch: that person&apos;s password</source>
        <translation>import-branch: that person&apos;s password</translation>
    </message>
    <message>
        <source>Usage: branchdesk-server [options] import-branch WORKSTATION_FILE
The file&apos;s branch becomes the baseline and snapshot new workstations download. The file is only read, never changed. A file whose customer data is encrypted under its own key is imported only with BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD set to the active branch head of that file.</source>
        <translation>Usage: branchdesk-server [options] import-branch WORKSTATION_FILE
The file&apos;s branch becomes the baseline and snapshot new workstations download. The file is only read, never changed. A file whose customer data is encrypted under its own key is imported only with BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD set to the active branch head of that file.</translation>
    </message>
    <message>
        <source>&apos;off&apos;: opportunities the event rules find stay on the server (by default they reach the branch&apos;s change log)</source>
        <translation>&apos;off&apos;: opportunities the event rules find stay on the server (by default they reach the branch&apos;s change log)</translation>
    </message>
    <message>
        <source>transaction: PostgreSQL is reached through a pooler that lends sessions per transaction (PgBouncer); no statement is kept prepared.</source>
        <translation>transaction: PostgreSQL is reached through a pooler that lends sessions per transaction (PgBouncer); no statement is kept prepared.</translation>
    </message>
</context>
</TS>
