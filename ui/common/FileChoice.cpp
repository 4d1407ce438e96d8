#include "ui/common/FileChoice.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>

namespace bd {

namespace {
// QFileIconProvider's icon() and type() ask QMimeDatabase, which reads a file whose name
// does not settle its type: these answer from the name and the kind of entry only.
class NameOnlyIcons : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("FileChoice", "Folder");
        if (info.suffix().isEmpty())
            return QCoreApplication::translate("FileChoice", "File");
        return QCoreApplication::translate("FileChoice", "%1 file").arg(info.suffix().toUpper());
    }
};

QString chosen(QFileDialog &dialog)
{
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}
} // namespace

void FileChoice::configure(QFileDialog &dialog)
{
    static NameOnlyIcons icons;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons);
}

QString FileChoice::open(QWidget *parent, const QString &caption, const QString &directory,
                         const QString &filter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    configure(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return chosen(dialog);
}

QString FileChoice::save(QWidget *parent, const QString &caption, const QString &directory,
                         const QString &filter)
{
    QFileDialog dialog(parent, caption, directory, filter);
    configure(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return chosen(dialog);
}

} // namespace bd
