// The role -> permission matrix: the table in docs/PRIVACY.md must say exactly what
// Permissions::roleHas does, and each role is refused what it must not do.
#include "app/domain/Permission.h"
#include "app/domain/StaffRole.h"

#include <QFile>
#include <QTest>

using namespace bd;

class tst_PermissionMatrix : public QObject
{
    Q_OBJECT

private slots:
    void documentedTableMatchesTheCode();
    void sensitiveRights_data();
    void sensitiveRights();
};

void tst_PermissionMatrix::documentedTableMatchesTheCode()
{
    QFile doc(QStringLiteral(BRANCHDESK_SOURCE_DIR "/docs/PRIVACY.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(doc.readAll()).split(QLatin1Char('\n'));
    auto cellsOf = [](const QString &line) {
        QStringList cells = line.split(QLatin1Char('|'));
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed().remove(QLatin1Char('`'));
        return cells;
    };
    QList<StaffRole> columns;
    QStringList documented;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("| permission |"))) {
            for (const QString &cell : cellsOf(line).mid(1)) {
                const std::optional<StaffRole> role = StaffRoles::fromCode(cell);
                QVERIFY2(role, qPrintable(QStringLiteral("unknown role column %1").arg(cell)));
                columns << *role;
            }
            QCOMPARE(columns.size(), StaffRoles::all().size());
            continue;
        }
        if (columns.isEmpty())
            continue;
        if (!line.startsWith(QLatin1Char('|')))
            break; // the end of the matrix
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = cellsOf(line);
        QCOMPARE(cells.size(), columns.size() + 1);
        const QString code = cells.first();
        const Permission *permission = nullptr;
        const QList<Permission> all = Permissions::all();
        for (const Permission &candidate : all) {
            if (Permissions::code(candidate) == code)
                permission = &candidate;
        }
        QVERIFY2(permission, qPrintable(QStringLiteral("unknown permission %1").arg(code)));
        documented << code;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const bool inDoc = cells.at(i + 1) == QStringLiteral("✔");
            QVERIFY2(inDoc == Permissions::roleHas(columns.at(i), *permission),
                     qPrintable(QStringLiteral("%1 for %2: the doc says %3")
                                        .arg(code, StaffRoles::code(columns.at(i)),
                                             inDoc ? QStringLiteral("yes")
                                                   : QStringLiteral("no"))));
        }
    }
    QStringList codes;
    for (const Permission permission : Permissions::all())
        codes << Permissions::code(permission);
    QCOMPARE(documented, codes); // every permission once, in declaration order
}

void tst_PermissionMatrix::sensitiveRights_data()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    using P = Permission;
    using R = StaffRole;
    const struct { R role; P permission; bool allowed; } rows[] = {
            {R::Teller, P::RevealPersonalData, false},  {R::LobbyManager, P::RevealPersonalData, false},
            {R::Admin, P::RevealPersonalData, false},   {R::WealthManager, P::RevealPersonalData, true},
            {R::WealthManager, P::ExportPersonalData, false}, {R::Admin, P::ExportPersonalData, false},
            {R::BranchHead, P::ExportPersonalData, true}, {R::WealthManager, P::ErasePersonalData, false},
            {R::Admin, P::ErasePersonalData, false},     {R::BranchHead, P::ErasePersonalData, true},
            {R::Teller, P::ManageConsent, false},        {R::WealthManager, P::ManageConsent, true},
            {R::WealthManager, P::ImportData, false},    {R::Teller, P::ImportData, false},
            {R::Admin, P::ImportData, true},             {R::BranchHead, P::ImportData, true},
            {R::BranchHead, P::ExportUnmasked, true},    {R::WealthManager, P::ExportUnmasked, false},
            {R::Admin, P::ExportUnmasked, false},        {R::Admin, P::EditCustomerProfile, false},
            {R::BranchHead, P::TransferCustomer, true},  {R::WealthManager, P::TransferCustomer, false},
            {R::Teller, P::TransferCustomer, false},     {R::Admin, P::TransferCustomer, false},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s %s", qPrintable(StaffRoles::code(row.role)),
                      qPrintable(Permissions::code(row.permission)))
                << row.role << row.permission << row.allowed;
    }
}

void tst_PermissionMatrix::sensitiveRights()
{
    QFETCH(StaffRole, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::roleHas(role, permission), allowed);
}

QTEST_GUILESS_MAIN(tst_PermissionMatrix)
#include "tst_permission_matrix.moc"
