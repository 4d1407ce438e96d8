#pragma once

#include "app/services/kyc/KycQuestionBank.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace bd {

// The JSON value of one answer (kyc_answer.value_json), by answer type:
//   choice {"choice": code}   multi_choice {"choices": [codes]}   range {"range": code}
//   amount {"amount_fen": n}  date {"date": "2026-12-01"}          number {"number": n}
//   text {"text": "..."}      fund_arrival {"date": "...", "amount_fen": n}
namespace KycAnswerValue {
QJsonObject choice(const QString &code);
QJsonObject choices(const QStringList &codes);
QJsonObject range(const QString &code);
QJsonObject amount(qint64 fen);
QJsonObject date(const QDate &day);
QJsonObject number(int value);
QJsonObject text(const QString &text);
QJsonObject fundArrival(const QDate &day, qint64 fen);

QStringList codes(const QJsonObject &value); // chosen option codes (choice, multi, range)
std::optional<qint64> amountFen(const QJsonObject &value);
QDate day(const QJsonObject &value);
std::optional<int> numberOf(const QJsonObject &value); // "number" (or "years")
QString textOf(const QJsonObject &value);

// Whether the value is a complete answer of the question's type (and its options).
bool isValid(const KycQuestion &question, const QJsonObject &value);
// How the answer reads, in the UI language (option labels, ¥ amounts, dates).
QString display(const KycQuestion &question, const QJsonObject &value,
                const QLocale &locale = QLocale());
QString toJson(const QJsonObject &value);
QJsonObject fromJson(const QString &json);
} // namespace KycAnswerValue

} // namespace bd
