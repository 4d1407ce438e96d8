#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace bd {

class Store;
struct CsvRecord;

struct ImportRejection
{
    int line = 0;   // line of the file where the row starts
    QString reason; // translated
};

struct ImportReport
{
    bool ok = false;      // the file was read and the import committed (or had nothing to do)
    QString fileError;    // the whole file was refused (encoding, header, permission ...)
    int rows = 0;         // data rows in the file
    int valid = 0;
    int applied = 0;      // rows written to the store
    QList<ImportRejection> rejected;
};

// The shared course of an import from a core-banking CSV export: permission (ImportData),
// read and decode (CsvReader), header check, each row validated on its own, then all rows
// applied in one transaction with their sync changes and one audit entry. By default one
// rejected row means nothing is applied; AcceptValid applies the good rows and reports the
// rest. Subclasses say what the columns are and how a row is checked and written.
class CoreBankingImport
{
    Q_DECLARE_TR_FUNCTIONS(CoreBankingImport)

public:
    enum class Mode { AllOrNothing, AcceptValid };

    struct ColumnSpec
    {
        QString name;
        bool required = false;
        QString description; // translated, for --help and the docs
    };

    CoreBankingImport(Store &store, const Session &session);
    virtual ~CoreBankingImport() = default;

    ImportReport run(const QByteArray &csv, Mode mode);
    ImportReport runFile(const QString &path, Mode mode);
    virtual QList<ColumnSpec> columns() const = 0;

protected:
    using Row = QHash<QString, QString>; // column name -> trimmed value
    // Checks one row against the store and the rows before it in the file; returns the
    // problem (translated) or empty, and fills *prepared with what apply() needs.
    virtual QString validate(const Row &row, int line, QVariantMap *prepared) = 0;
    // Writes one validated row inside the open transaction.
    virtual Result<> apply(const QVariantMap &prepared) = 0;
    virtual QString auditAction() const = 0;

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
