#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace bd {

struct SavedSegment;
struct Session;

// Where a segment on the workbench comes from and goes to: a preset target group or a
// segment saved at the branch, the name it is saved under, Save and Delete (for those
// who manage segments).
class SegmentPicker : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentPicker(const Session &session, QWidget *parent = nullptr);

    void setSavedSegments(const QList<SavedSegment> &segments, const QString &currentId);
    void showPreset(const QString &code, const QString &name);
    void showSaved(const QString &segmentId); // takes the name it was saved under
    QString name() const;
    QString savedName() const; // of the saved segment chosen

signals:
    void presetChosen(const QString &code);
    void savedChosen(const QString &segmentId);
    void saveRequested();
    void deleteRequested();

private:
    QComboBox *m_presets;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QPushButton *m_save;
    QPushButton *m_delete;
};

} // namespace bd
