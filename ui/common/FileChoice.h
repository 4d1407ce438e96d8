#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace bd {

// Where the user picks a file to open or a name to save under. The folder shown is often
// the one the workstation's database lives in, and a file dialog that reads files to guess
// their type (a native one, or Qt's own with its default icons) opens and closes the live
// database: that drops SQLite's POSIX locks of the whole process, and another process then
// deletes the write-ahead log (docs/RELIABILITY.md, defect 9). These dialogs never read a
// file: Qt's own dialog, icons and types from the name alone.
namespace FileChoice {
QString open(QWidget *parent, const QString &caption, const QString &directory,
             const QString &filter);
QString save(QWidget *parent, const QString &caption, const QString &directory,
             const QString &filter);
// The settings both use, for a dialog made elsewhere (and for tests).
void configure(QFileDialog &dialog);
} // namespace FileChoice

} // namespace bd
