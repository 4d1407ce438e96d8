#pragma once

#include <QDate>
#include <QtGlobal>

namespace bd {

// An amount of money or a date named in a note, where it is (UTF-16 offsets in the note).
struct VoiceAmount
{
    int start = 0;
    int end = 0;
    qint64 fen = 0;        // yuan * 100
    bool approximate = false; // 十来万, 三十多万, 一百万左右, 二三十万 (the lower end)
};

struct VoiceDate
{
    int start = 0;
    int end = 0;
    QDate date;
    bool approximate = false; // 过几天, 下个月, 明年三月份
};

} // namespace bd
