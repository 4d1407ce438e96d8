#pragma once

// A tiny hand-made branch for unit tests that must not depend on the demo generator:
// one branch, one user per role (password "branchdesk-test"), two customers.
#include "app/services/staff/AuthService.h"
#include "app/services/staff/UserAdministration.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/staff/BranchRepository.h"

#include <QSqlQuery>

namespace bd::test {

inline const QString kPassword = QStringLiteral("branchdesk-test");

// The session of `user` signed in with `password`: a test cannot go on without it, so a
// refused sign-in stops the program, naming the user.
inline Session signInOrStop(Store &store, const QString &user, const QString &password = kPassword)
{
    const AuthService::Result result = AuthService(store).signIn(user, password);
    if (!result.session)
        qFatal("cannot sign in %s", qPrintable(user));
    return *result.session;
}

struct SmallBranch
{
    QString branchId;
    QString customerId; // 张三, managed by "wealth"
    QString otherCustomerId;
};

inline bool addCustomer(Store &store, const QString &id, const QString &branchId,
                        const QString &cif, const QString &name, const QString &idNumber,
                        const QString &phone, qint64 aumFen, const QString &tier,
                        const QString &managerId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO customer(id, branch_id, cif_no, name, gender, birth_date, birth_year, "
            "id_number, phone, address, aum_fen, tier, manager_id, opened_on, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, 'M', ?, 1980, ?, ?, ?, ?, ?, ?, "
            "'2015-03-02', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    // Raw SQL, so personal data is sealed here as the repositories would (the users made
    // above opened the new file's data key).
    const auto sealed = [&store](const char *column, const QString &plain) {
        return SensitiveColumns::sealColumn(store, QStringLiteral("customer"),
                                            QString::fromLatin1(column), plain)
                .value_or(QVariant());
    };
    for (const QVariant &value : {QVariant(id), QVariant(branchId), QVariant(cif), QVariant(name),
                                  sealed("birth_date", QStringLiteral("1980-01-01")),
                                  sealed("id_number", idNumber), sealed("phone", phone),
                                  sealed("address", QStringLiteral("上海市黄浦区中山东一路1号")),
                                  QVariant(aumFen), QVariant(tier), QVariant(managerId)})
        query.addBindValue(value);
    return query.exec();
}

inline SmallBranch makeSmallBranch(Store &store)
{
    SmallBranch result;
    Branch branch{{}, QStringLiteral("310101"), QStringLiteral("上海外滩支行"),
                  QStringLiteral("上海"), {}};
    {
        Transaction transaction(store.database());
        Result<> saved = BranchRepository(store).insert(branch);
        if (saved)
            saved = transaction.commit();
        if (!saved)
            qWarning("fixture: cannot add the branch: %s", qPrintable(saved.errorString()));
    }
    result.branchId = branch.id;
    UserAdministration setup(store, nullptr);
    QString wealthId;
    const struct { const char *username; const char *name; StaffRole role; } roster[] = {
            {"lobby", "王大堂", StaffRole::LobbyManager},
            {"teller", "赵柜员", StaffRole::Teller},
            {"wealth", "李理财", StaffRole::WealthManager},
            {"head", "陈行长", StaffRole::BranchHead},
            {"admin", "周管理", StaffRole::Admin}};
    for (const auto &member : roster) {
        const auto user = setup.addUser(QString::fromUtf8(member.username),
                                        QString::fromUtf8(member.name), member.role, kPassword,
                                        branch.id);
        if (!user)
            qWarning("fixture: cannot add %s: %s", member.username, qPrintable(user.errorString()));
        if (user && member.role == StaffRole::WealthManager)
            wealthId = user->id;
    }
    result.customerId = QStringLiteral("01907c2a-3333-7000-8000-000000000001");
    result.otherCustomerId = QStringLiteral("01907c2a-3333-7000-8000-000000000002");
    addCustomer(store, result.customerId, branch.id, QStringLiteral("C31010000001"),
                QStringLiteral("张三"), QStringLiteral("110101198001010010"),
                QStringLiteral("13800138000"), 80000000, QStringLiteral("gold"), wealthId);
    addCustomer(store, result.otherCustomerId, branch.id, QStringLiteral("C31010000002"),
                QStringLiteral("欧阳明华"), QStringLiteral("11010519491231002X"),
                QStringLiteral("19912345678"), 1200000, QStringLiteral("ordinary"), wealthId);
    (void)CustomerSearchIndex(store).rebuild(); // the rows above bypassed the repositories
    return result;
}

} // namespace bd::test
