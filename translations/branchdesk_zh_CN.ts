<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>entry %1 follows entry %2: entries between them were deleted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2 by %3) was edited after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been switched off. Ask your branch administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchTerms</name>
    <message>
        <source>Entering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer / remittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wealth consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential-VIP record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential-VIP referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand to greet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smile and ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive politely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process promptly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind and hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend skilfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand up and greet the customer as they reach the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smile and ask what you can do for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the documents with both hands and estimate the business time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process promptly; meanwhile judge the customer&apos;s value from assets, business, questions and manner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them how long it takes and hand over a leaflet on a new service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce VIP services; refer a potential VIP to a wealth manager and fill in the referral form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the documents, ask for a service rating and say goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallTaskModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTaskModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerBookModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date must lie between 1900 and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an amount such as 120000, 120,000.00 or 12万.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An income cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be edited: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>No customer has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field does not exist or cannot be edited. Editable fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTier</name>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diamond VIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBranchGenerator</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo branch needs 0 to 10,000,000 customers and a branch code of 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo branch needs an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has customers; demo data is only written into an empty branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has a user %1; demo data is only written into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo branch could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LobbyVisitModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Upgrading the database to version %1 failed: %2. The database was left at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyArrivalModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit customer profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reveal personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export unmasked data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log lobby visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the teller flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign call lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the branch dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralQueueModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>An ID number has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: please re-read the ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAccountModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffFigureModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Lobby manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wealth manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreInspection</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a BranchDesk database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched; restore it from a backup or sync a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a BranchDesk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer BranchDesk (schema version %2; this program knows up to %3). Update BranchDesk to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TellerSessionModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All seven steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAdministration</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set the environment variable %1 or run this command at a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BranchDesk database file (default: this workstation&apos;s own, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: from the system locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this staff user. The password comes from the environment variable BRANCHDESK_PASSWORD or, on a terminal, from a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options]%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for how to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version (before any command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database filled with a generated demo branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills a new database at --db with a realistic, generated branch: staff of every role, customers with holdings, transactions, events, interactions, KYC, tags, lobby visits, referrals, call lists and care tasks. The same seed gives the same branch. Prints a summary and the demo sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the generator (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the demo branch (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers takes a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--branch needs a branch code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo branch could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generator gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo branch %1 written to %2 (seed %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sign-ins (demo databases only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database with its branch and first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new BranchDesk database at --db with one branch. With --admin-user it also creates the first administrator, whose password comes from BRANCHDESK_PASSWORD (or a prompt at a terminal). A file that already holds data, is newer than this program, damaged or not a BranchDesk database is refused and left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the branch (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the branch (default: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create this administrator (user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of the administrator (default: the user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a BranchDesk database with data. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the BranchDesk database %1 (schema version %2) for branch %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator %1 can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no users yet: add the first administrator with
  branchdesk-admin user add --db %1 --username NAME --name &quot;Display name&quot; --role admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% (%3 of %4 %5, %6 per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby visits today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no BranchDesk database at %1. Create one with &apos;branchdesk-admin init --db %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up and operations of a BranchDesk workstation database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.

Environment:
  BRANCHDESK_PASSWORD      password of --user (and of init&apos;s --admin-user)
  BRANCHDESK_NEW_PASSWORD  new password for &apos;user add&apos; and &apos;user passwd&apos;
  Without them, passwords are asked for at a terminal.

Exit status: 0 done, 1 failed or refused, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no audit entry was edited, deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes the hash chain of the audit log. Exits with 0 if it is intact, with 1 and the first bad entry if any entry was edited, deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is append-only and hash-chained: each entry&apos;s hash covers the entry before it, so editing or deleting any entry is detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer commands need --user to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the CIF number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds customers by name (or part of it), mobile number (all of it or its last 4 digits), ID number (all of it or its last 4 or 6 characters) or CIF number. ID numbers and phones are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N customers (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one QUERY (quote it if it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one customer&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the profile of one customer, named by id or CIF number. ID number, phone and address are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id or CIF number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes profile fields of one customer, named by id or CIF number, validated like the workstation does: if any value is refused, nothing changes. Each change is recorded for sync and in the audit log. Editable fields: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more FIELD=VALUE, e.g. phone=13812345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer ID and at least one FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find, show and edit customers (masked, audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of the database, seen and changed as the signed-in user (--user, password from BRANCHDESK_PASSWORD or a prompt) may: personal data is masked, edits are validated, synced and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what the database holds (no sign-in, no personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts what the database holds: customers by tier, holdings, transactions, events, interactions, today&apos;s lobby visits, open referrals and call tasks, care tasks due, staff by role, changes waiting for sync, audit entries, schema version and file size. Only counts are shown, so no sign-in is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users, except for the first user of a new database, which must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of the new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPLAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the user&apos;s branch (default: the signed-in user&apos;s, or the only branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--username, --name and --role are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user of a database must be an administrator (--role admin), or nobody could add more users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user to add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no branch yet: run init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which branch with --branch CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the staff users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the staff users of the database (never their passwords). Needs --user with the permission to manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user to list users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a staff user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the password of a staff user. The new password comes from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs --user with the permission to manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--username is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user to set passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and list staff users, set passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts of the database. These commands sign in with --user (an administrator), except adding the first user of a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::AdminWorkspace</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n entries checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::BranchHeadWorkspace</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM of the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby visits today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff of the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers per tier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::CustomerSearchField</name>
    <message>
        <source>Find customer: name, mobile, ID or CIF (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::DemoBranchSetup</name>
    <message numerus="yes">
        <source>Creating a demo branch with %Ln customers…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First start of BranchDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::LobbyWorkspace</name>
    <message>
        <source>VIP customers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential VIPs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary customers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referral queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::MainWindow</name>
    <message>
        <source>BranchDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and leave the workstation at the sign-in screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BranchDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database of this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a BranchDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BranchDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BranchDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BranchDesk %1&lt;/h3&gt;&lt;p&gt;The workstation of a bank branch: lobby, counter, wealth management and branch dashboards, working offline on a local database.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::SignInDialog</name>
    <message>
        <source>Demo branch: sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to BranchDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an account to fill in the fields; double-click to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TellerWorkspace</name>
    <message>
        <source>Customers served today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served with all seven steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals made today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s counter services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My referrals today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven steps at the counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::TierChart</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::WealthManagerWorkspace</name>
    <message>
        <source>My customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUM of my customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open call tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Money arriving in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Call list: easiest to close now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Maturities and fund arrivals in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My customers by AUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My customers by AUM (largest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My customers by AUM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::Workstation</name>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BranchDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be used.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo branch could not be created.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>BranchDesk central sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (default 8470; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --listen or --port value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
