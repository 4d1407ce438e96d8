#pragma once

// The work of one branch for the fault test (tst_fault_run): random operations of every
// kind that syncs, each through the write path the desk uses (repositories and services in
// their own transaction, recording their sync changes), on one workstation file. Values
// that identify a customer are unique per run, so an erased one can be looked for anywhere.
#include "app/domain/Uuid7.h"
#include "app/services/core/Session.h"
#include "app/services/customer360/CustomerTransferService.h"
#include "app/services/dataimport/CustomerImport.h"
#include "app/services/opportunities/DeskEventEvaluation.h"
#include "app/services/privacy/ConsentService.h"
#include "app/services/privacy/PersonalDataRights.h"
#include "database/branchfloor/ReferralRepository.h"
#include "database/calls/CareTaskRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customer360/CustomerContactRepository.h"
#include "database/customers/CustomerRepository.h"
#include "database/kyc/KycCustomerRecords.h"
#include "database/kyc/KycSessionRepository.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/privacy/CustomerDataSweep.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace bd::test {

class FaultWorkload
{
public:
    enum Kind { Edit, Consent, Kyc, Tag, Referral, CallOutcome, CareTask, Move, Erase, Import,
                Opportunity, KindCount };
    static QString kindName(int kind)
    {
        static const char *names[] = {"customer edit", "consent", "KYC answer", "tag",
                                      "referral", "call outcome", "care task", "move",
                                      "erasure", "CSV import", "opportunity"};
        return QString::fromLatin1(names[kind]);
    }

    FaultWorkload(Store &store, const Session &session, QString otherBranchId, QString tag)
        : m_store(store), m_session(session), m_otherBranch(std::move(otherBranchId)),
          m_run(std::move(tag))
    {
    }

    // The kinds a run makes; the others are skipped (docs/RELIABILITY.md says which are
    // left out of the CI runs and why).
    void setKinds(const QSet<int> &kinds) { m_kinds = kinds; }
    static QSet<int> kindsNamed(const QString &names)
    {
        QSet<int> kinds;
        for (int kind = 0; kind < KindCount; ++kind)
            if (names == QLatin1String("all")
                || names.split(QLatin1Char(',')).contains(
                        kindName(kind).replace(QLatin1Char(' '), QLatin1Char('-'))))
                kinds.insert(kind);
        return kinds;
    }

    // One random operation; false with *problem when a write path refused what it should
    // take. An operation with nothing to work on (no live customer) does nothing.
    bool randomOperation(QRandomGenerator &random, int *kind, QString *problem)
    {
        // Weights: edits and contacts are what a branch does most; moves and erasures rare.
        static const int weights[KindCount] = {30, 10, 8, 8, 6, 8, 6, 2, 3, 4, 5};
        int dice = random.bounded(90);
        *kind = 0;
        while (dice >= weights[*kind])
            dice -= weights[(*kind)++];
        if (!m_kinds.contains(*kind))
            *kind = Edit;
        const QString customer = liveCustomer(random);
        // A desk that may not import (a wealth manager's) waits for the others' customers.
        if (customer.isEmpty() && *kind != Import && !m_kinds.contains(Import))
            return true;
        if (customer.isEmpty() && *kind != Import)
            *kind = Import;
        Result<> done;
        switch (*kind) {
        case Edit: done = edit(customer, random); break;
        case Consent: done = consent(customer, random); break;
        case Kyc: done = kyc(customer, random); break;
        case Tag: done = tag(customer, random); break;
        case Referral: done = referral(customer, random); break;
        case CallOutcome: done = callOutcome(customer, random); break;
        case CareTask: done = careTask(customer, random); break;
        case Move: done = move(customer); break;
        case Erase: done = erase(customer); break;
        case Opportunity: done = opportunity(customer); break;
        default: done = import(random); break;
        }
        if (!done)
            *problem = kindName(*kind) + QStringLiteral(": ") + done.errorString();
        return bool(done);
    }

    // Personal values of customers this workstation erased, as they were before.
    const QStringList &erasedValues() const { return m_erasedValues; }

private:
    QString liveCustomer(QRandomGenerator &random)
    {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("SELECT id FROM customer WHERE deleted = 0 AND branch_id = ? "
                                     "AND name NOT LIKE '%已删除%' AND cif_no NOT LIKE 'ERASED%' "
                                     "ORDER BY id"));
        query.addBindValue(m_session.branch.id);
        QStringList ids;
        if (query.exec())
            while (query.next())
                ids << query.value(0).toString();
        return ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
    }

    QString unique(const char *what)
    {
        return QStringLiteral("%1%2-%3").arg(QString::fromUtf8(what), m_run).arg(++m_serial);
    }
    QString phone(QRandomGenerator &random)
    {
        return QStringLiteral("13%1").arg(random.bounded(1000000000), 9, 10, QLatin1Char('0'));
    }

    Result<> edit(const QString &id, QRandomGenerator &random)
    {
        Transaction transaction(m_store.database());
        CustomerRepository customers(m_store);
        const auto row = customers.details(id);
        if (!row)
            return Error(QStringLiteral("customer %1 has no details").arg(id));
        static const QStringList fields = {QStringLiteral("name"), QStringLiteral("phone"),
                                           QStringLiteral("occupation"), QStringLiteral("address"),
                                           QStringLiteral("industry")};
        const QString field = fields.at(random.bounded(int(fields.size())));
        const QString value = field == QLatin1String("phone") ? phone(random) : unique("值");
        const auto updated = customers.update(id, {{field, value}},
                                              row->value(QStringLiteral("version")).toInt());
        if (!updated)
            return updated.error();
        return transaction.commit();
    }

    // The services below open their own transaction, as the desk calls them.
    Result<> consent(const QString &id, QRandomGenerator &random)
    {
        const ConsentPurpose purpose = random.bounded(2) ? ConsentPurpose::MarketingSms
                                                         : ConsentPurpose::MarketingPhone;
        return ConsentService(m_store, m_session)
                .record(CustomerId(id), purpose, random.bounded(2) == 1, QStringLiteral("counter"),
                        unique("F"));
    }

    Result<> kyc(const QString &id, QRandomGenerator &random)
    {
        Transaction transaction(m_store.database());
        KycSessionRepository sessions(m_store);
        std::optional<KycSessionRow> draft = sessions.draft(CustomerId(id));
        if (!draft) {
            const Result<KycSessionRow> made = sessions.createDraft(CustomerId(id), m_session.user.id);
            if (!made)
                return made.error();
            draft = *made;
        }
        const QString question = QStringLiteral("q%1").arg(random.bounded(6));
        if (Result<> saved = sessions.saveAnswer(draft->id, QStringLiteral("present.finance"),
                                                 question, QStringLiteral("\"%1\"").arg(unique("a")),
                                                 SqlTime::now());
            !saved)
            return saved;
        return transaction.commit();
    }

    // The tags a KYC interview derives, from a small vocabulary: two desks deriving the
    // same new tag each make its row.
    Result<> tag(const QString &id, QRandomGenerator &random)
    {
        static const char *needs[] = {"retirement", "education", "wealth_growth", "insurance"};
        QList<KycTagRow> tags;
        for (const char *need : needs)
            if (random.bounded(2))
                tags << KycTagRow{QStringLiteral("needs"), QStringLiteral("service_need"),
                                  QString::fromLatin1(need), QStringLiteral("kyc"), 80};
        Transaction transaction(m_store.database());
        if (Result<> replaced = KycCustomerRecords(m_store).replaceKycTags(CustomerId(id), tags,
                                                                           m_session.user.id);
            !replaced)
            return replaced;
        return transaction.commit();
    }

    Result<> referral(const QString &id, QRandomGenerator &random)
    {
        Transaction transaction(m_store.database());
        ReferralRecord referral;
        referral.branchId = m_session.branch.id;
        referral.customerId = CustomerId(id);
        referral.form = random.bounded(2) ? QStringLiteral("referral") : QStringLiteral("record");
        referral.source = QStringLiteral("lobby");
        referral.referredBy = m_session.user.id;
        referral.reason = unique("转介");
        referral.createdAt = SqlTime::now();
        if (Result<> inserted = ReferralRepository(m_store).insert(referral); !inserted)
            return inserted;
        return transaction.commit();
    }

    Result<> callOutcome(const QString &id, QRandomGenerator &random)
    {
        Transaction transaction(m_store.database());
        CustomerContactRepository::Interaction call;
        call.customerId = CustomerId(id);
        call.staffId = m_session.user.id;
        call.channel = QStringLiteral("phone");
        call.purpose = unique("回访");
        call.outcome = random.bounded(2) ? ContactOutcome::Interested
                                         : ContactOutcome::Considering;
        call.contactKind = QStringLiteral("care");
        const auto inserted = CustomerContactRepository(m_store).insertInteraction(call);
        if (!inserted)
            return inserted.error();
        return transaction.commit();
    }

    Result<> careTask(const QString &id, QRandomGenerator &random)
    {
        Transaction transaction(m_store.database());
        CareTaskRecord task;
        task.customerId = id;
        task.staffId = m_session.user.id;
        task.kind = QStringLiteral("birthday");
        task.dueOn = QDate(2026, 1 + random.bounded(12), 1 + random.bounded(28));
        task.note = unique("关怀");
        if (Result<> inserted = CareTaskRepository(m_store).insert(task, SqlTime::now());
            !inserted)
            return inserted;
        return transaction.commit();
    }

    // A call that went well, as the desk's call outcome raises it: the branch's rules
    // (call_interested_follow_up, seven days apart per customer) make a desk opportunity,
    // evaluated here at once rather than on the desk's worker thread. The event and the
    // opportunity are the rows an erasure later blanks and deletes (F32).
    Result<> opportunity(const QString &id)
    {
        MarketingEvent event;
        event.kind = EventKind::CallOutcome;
        event.customerId = CustomerId(id);
        event.occurredAt = QDateTime::currentDateTimeUtc();
        event.outcome = QStringLiteral("interested");
        event.contactKind = QStringLiteral("marketing");
        if (const Result<QString> raised = DeskEventEvaluation::raise(m_store, event); !raised)
            return raised.error();
        const auto evaluated = DeskEventEvaluation::evaluatePending(m_store, event.occurredAt);
        return evaluated ? Result<>() : Result<>(evaluated.error());
    }

    Result<> move(const QString &id)
    {
        const auto moved = CustomerTransferService(m_store, m_session)
                                   .moveToBranch(CustomerId(id), m_otherBranch, QStringLiteral("客户迁居"));
        return moved ? Result<>() : Result<>(moved.error());
    }

    Result<> erase(const QString &id)
    {
        // Every value this run wrote that the erasure promises to blank: the customer's
        // personal columns and those of every table of theirs (CustomerDataMap), opened.
        const Result<QJsonObject> data = CustomerDataSweep(m_store).collect(CustomerId(id));
        QStringList personal;
        if (data) {
            const QJsonObject customer = data->value(QStringLiteral("customer")).toObject();
            for (const CustomerDataTable::Column &column : CustomerDataMap::customerColumns())
                personal << customer.value(column.name).toVariant().toString();
            const QJsonObject tables = data->value(QStringLiteral("tables")).toObject();
            for (const CustomerDataTable &table : CustomerDataMap::tables())
                for (const QJsonValue row : tables.value(table.table).toArray())
                    for (const CustomerDataTable::Column &column : table.personalColumns)
                        personal << row.toObject().value(column.name).toVariant().toString();
        }
        const QRegularExpression written(QStringLiteral("[^\\s\"\\\\,]*")
                                         + QRegularExpression::escape(m_run)
                                         + QStringLiteral("-\\d+"));
        for (const QString &value : std::as_const(personal))
            for (const QRegularExpressionMatch &match : written.globalMatch(value))
                m_erasedValues << match.captured();
        // The phone has no run tag: it is looked for as it is (11 digits, rarely repeated).
        const QString phone = data ? data->value(QStringLiteral("customer")).toObject()
                                             .value(QStringLiteral("phone")).toString()
                                   : QString();
        if (phone.size() == 11)
            m_erasedValues << phone;
        const auto erased = PersonalDataRights(m_store, m_session).erase(CustomerId(id), unique("ER"));
        return erased ? Result<>() : Result<>(erased.error());
    }

    // A core-banking CSV of a few new customers; manager and risk level left empty, as
    // most exports leave them (issue #13, defect 2).
    Result<> import(QRandomGenerator &random)
    {
        QByteArray csv = "cif_no,name,id_number,mobile,address,opened_on\n";
        const int rows = random.bounded(1, 4);
        for (int i = 0; i < rows; ++i) {
            const QString cif = QStringLiteral("F%1%2").arg(m_run).arg(++m_serial);
            csv += QStringLiteral("%1,%2,%3,%4,%5,2026-01-01\n")
                           .arg(cif, unique("客户"), idNumber(random), phone(random),
                                unique("地址"))
                           .toUtf8();
        }
        const ImportReport report = CustomerImport(m_store, m_session)
                                            .run(csv, CoreBankingImport::Mode::AllOrNothing);
        if (!report.ok || report.applied != rows)
            return Error(QStringLiteral("import applied %1 of %2: %3 %4")
                                 .arg(report.applied).arg(rows).arg(report.fileError,
                                      report.rejected.isEmpty() ? QString()
                                                                : report.rejected.first().reason));
        return {};
    }

    // An 18-character resident ID number with its GB 11643 check character, never one this
    // test process made before (a repeat is a real duplicate the import rightly refuses).
    QString idNumber(QRandomGenerator &random)
    {
        static QSet<QString> made;
        QString number;
        do
            number = anyIdNumber(random);
        while (made.contains(number));
        made.insert(number);
        return number;
    }

    QString anyIdNumber(QRandomGenerator &random)
    {
        QString body = QStringLiteral("110101%1%2%3")
                               .arg(1950 + random.bounded(50))
                               .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                               .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                       + QStringLiteral("%1").arg(random.bounded(1000), 3, 10, QLatin1Char('0'));
        static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; ++i)
            sum += body.at(i).digitValue() * weights[i];
        return body + QLatin1Char("10X98765432"[sum % 11]);
    }

    Store &m_store;
    const Session &m_session;
    QString m_otherBranch;
    QString m_run;
    int m_serial = 0;
    QStringList m_erasedValues;
    QSet<int> m_kinds = kindsNamed(QStringLiteral("all"));
};

} // namespace bd::test
