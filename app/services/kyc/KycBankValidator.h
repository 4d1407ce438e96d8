#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

// One problem of a question bank file, with where it is.
struct KycBankProblem
{
    QString path;     // JSON path, e.g. $.cells[2].questions[1].tags[0].confidence
    QString location; // cell / question / option in the bank's own ids
    QString message;  // translated
    QString toString() const;
};

// Checks a question bank file completely and reports every problem, not just the first.
// Format: {"format": "branchdesk-kyc-bank", "version": 1, "name": {zh, en}, "cells": [
//   {"id": "past.personal", "title": {zh, en}, "questions": [{"id", "type", "text": {zh, en},
//    "field", "options": [{"code", "zh", "en", "risk"}], "tags": [{"when", "min_fen",
//    "max_fen", "dimension", "category", "value", "confidence"}], "risk_weight",
//    "arrival_source", "unit", "min", "max"}]}]}
class KycBankValidator
{
    Q_DECLARE_TR_FUNCTIONS(KycBankValidator)

public:
    static QList<KycBankProblem> validate(const QByteArray &json);
};

} // namespace bd
