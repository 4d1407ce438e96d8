// The customer search field as staff use it (Ctrl+K and the lobby's customer field share
// it): typed pinyin, arrows to a suggestion, then Enter, Tab or a click takes exactly that
// suggestion, once - never the first one, never two.
#include "../common/SmallBranchFixture.h"

#include "app/services/staff/AuthService.h"
#include "ui/common/CustomerSearchField.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace bd;

class tst_CustomerSearchField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enterTakesTheHighlightedRowOnce();
    void enterWithNothingHighlightedTakesTheBestMatch();
    void tabTakesTheHighlightedRow();
    void clickTakesTheClickedRow();
    void secondEnterOpensNothingMore();

private:
    void typeAndWait(const QString &typed);
    void highlight(int row);

    QTemporaryDir m_dir;
    Store m_store;
    Session m_session;
    std::unique_ptr<QWidget> m_window;
    CustomerSearchField *m_field = nullptr;
};

void tst_CustomerSearchField::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("search.db"))));
    const test::SmallBranch branch = test::makeSmallBranch(m_store);
    // Eight 王 customers, richest first, so the suggestions come in a known order.
    const QStringList given{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                            QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                            QStringLiteral("七"), QStringLiteral("八")};
    for (int i = 0; i < given.size(); ++i) {
        QVERIFY(test::addCustomer(
                m_store, QStringLiteral("01907c2a-4444-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                branch.branchId, QStringLiteral("C3101009%1").arg(i, 4, 10, QLatin1Char('0')),
                QStringLiteral("王") + given.at(i),
                QStringLiteral("1101011980010100%1").arg(10 + i),
                QStringLiteral("1380013%1").arg(1000 + i), qint64(90000000 - i * 1000000),
                QStringLiteral("gold"), {}));
    }
    QVERIFY(CustomerSearchIndex(m_store).rebuild());
    const AuthService::Result signedIn =
            AuthService(m_store).signIn(QStringLiteral("wealth"), test::kPassword);
    QVERIFY(signedIn.session);
    m_session = *signedIn.session;
}

void tst_CustomerSearchField::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_field = new CustomerSearchField(m_store, m_session, m_window.get());
    layout->addWidget(m_field);
    layout->addWidget(new QLineEdit(m_window.get())); // where Tab would otherwise go
    m_window->resize(600, 120);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_field->setFocus();
    QTRY_VERIFY(m_field->hasFocus());
}

void tst_CustomerSearchField::cleanup()
{
    m_window.reset();
    m_field = nullptr;
}

void tst_CustomerSearchField::typeAndWait(const QString &typed)
{
    QSignalSpy shown(m_field, &CustomerSearchField::resultsShown);
    QTest::keyClicks(m_field, typed);
    QVERIFY(shown.wait(5000));
    QTRY_VERIFY(!m_field->isSearching());
    QCOMPARE(m_field->resultCount(), 8);
    QTRY_VERIFY(m_field->completer()->popup()->isVisible());
}

void tst_CustomerSearchField::highlight(int row)
{
    QAbstractItemView *popup = m_field->completer()->popup();
    for (int i = 0; i < 10 && popup->currentIndex().row() != row; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), row);
}

void tst_CustomerSearchField::enterTakesTheHighlightedRowOnce()
{
    typeAndWait(QStringLiteral("wang"));
    const CustomerId fifth = m_field->resultCustomerId(4);
    QSignalSpy chosen(m_field, &CustomerSearchField::customerChosen);
    highlight(4);
    QTest::keyClick(m_field->completer()->popup(), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<CustomerId>().toString(), fifth.toString());
    QVERIFY(chosen.at(0).at(1).toString().startsWith(QStringLiteral("王五")));
}

void tst_CustomerSearchField::enterWithNothingHighlightedTakesTheBestMatch()
{
    typeAndWait(QStringLiteral("wang"));
    const CustomerId first = m_field->resultCustomerId(0);
    QSignalSpy chosen(m_field, &CustomerSearchField::customerChosen);
    QTest::keyClick(m_field->completer()->popup(), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<CustomerId>().toString(), first.toString());
}

void tst_CustomerSearchField::tabTakesTheHighlightedRow()
{
    typeAndWait(QStringLiteral("wang"));
    const CustomerId third = m_field->resultCustomerId(2);
    QSignalSpy chosen(m_field, &CustomerSearchField::customerChosen);
    highlight(2);
    QTest::keyClick(m_field->completer()->popup(), Qt::Key_Tab);
    QTest::qWait(50);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<CustomerId>().toString(), third.toString());
}

void tst_CustomerSearchField::clickTakesTheClickedRow()
{
    typeAndWait(QStringLiteral("wang"));
    const CustomerId sixth = m_field->resultCustomerId(5);
    QSignalSpy chosen(m_field, &CustomerSearchField::customerChosen);
    QAbstractItemView *popup = m_field->completer()->popup();
    const QRect cell = popup->visualRect(popup->model()->index(5, 0));
    QVERIFY(cell.isValid());
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::qWait(50);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<CustomerId>().toString(), sixth.toString());
}

void tst_CustomerSearchField::secondEnterOpensNothingMore()
{
    typeAndWait(QStringLiteral("wang"));
    QSignalSpy chosen(m_field, &CustomerSearchField::customerChosen);
    highlight(3);
    QTest::keyClick(m_field->completer()->popup(), Qt::Key_Return);
    QTest::qWait(50);
    // The popup is gone; a second Enter lands in the (cleared) field.
    QTest::keyClick(m_field, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(chosen.size(), 1);
}

QTEST_MAIN(tst_CustomerSearchField)
#include "tst_customer_search_field.moc"
