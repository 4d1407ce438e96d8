#pragma once

// How staff drive a desk by keyboard in the role-plays: the Alt letter a control shows (in its
// own text or its label's), and arrows through a combo box.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QTest>

namespace bd::test {

// The letter after '&' in a control's text: what Alt+letter presses.
inline Qt::Key mnemonicOf(const QString &text)
{
    const qsizetype at = text.indexOf(QLatin1Char('&'));
    if (at < 0 || at + 1 >= text.size())
        return Qt::Key_unknown;
    return Qt::Key(QKeySequence(text.mid(at + 1, 1).toUpper())[0].key());
}

// Text typed into a field as staff type it: QTest::keyClicks takes Latin-1 only, so each
// character (Chinese too) goes as a key event carrying it, as an input method delivers it.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline void pressAlt(QWidget *desk, Qt::Key key)
{
    QTest::keyClick(desk, key, Qt::AltModifier);
    QApplication::processEvents();
}

// The Alt letter the screen shows for a control: staff read it there, so a role-play holds
// in every language.
inline void pressAltFor(QWidget *desk, QWidget *control)
{
    QVERIFY(control);
    QString shown;
    if (const auto *button = qobject_cast<QAbstractButton *>(control))
        shown = button->text();
    for (const QLabel *label : desk->findChildren<QLabel *>())
        if (shown.isEmpty() && label->buddy() == control)
            shown = label->text();
    const Qt::Key key = mnemonicOf(shown);
    QVERIFY2(key != Qt::Key_unknown,
             qPrintable(control->objectName() + QStringLiteral(" shows no Alt letter: ") + shown));
    pressAlt(desk, key);
}

// A combo box with the focus: arrows until the wanted entry.
inline void chooseWithArrows(QComboBox *box, const QString &code)
{
    QVERIFY(box);
    box->setFocus();
    const int wanted = box->findData(code);
    QVERIFY2(wanted >= 0, qPrintable(code));
    for (int i = 0; i < box->count() && box->currentIndex() != wanted; ++i)
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentData().toString(), code);
}

} // namespace bd::test
