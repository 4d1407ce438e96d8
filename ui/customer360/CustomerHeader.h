#pragma once

#include <QFrame>

class QLabel;

namespace bd {

struct Customer360;
struct Session;

// The top of a customer 360: name and tier badge, identity, standing with the bank, the
// relationship manager and the contact flags; Reveal asks for the masked personal data.
class CustomerHeader : public QFrame
{
    Q_OBJECT

public:
    explicit CustomerHeader(const Session &session, QWidget *parent = nullptr);

    void showCustomer(const Customer360 &data);

signals:
    void revealRequested();

private:
    QLabel *m_name = nullptr;
    QLabel *m_tierBadge = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_standing = nullptr;
    QLabel *m_relationship = nullptr;
    QLabel *m_flags = nullptr;
};

} // namespace bd
