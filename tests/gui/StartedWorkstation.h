#pragma once

// The workstation program as staff meet it: started on a desk file, its sign-in dialog
// showing, and signed in by typing into that dialog. The idle-lock and workstation tests each
// had their own copy of both steps.
#include "SignInTyping.h"

#include "ui/shell/MainWindow.h"
#include "ui/shell/StoreOpening.h"
#include "ui/shell/Workstation.h"

#include <memory>

namespace bd::test {

// Null if the file cannot be opened as a desk.
inline std::unique_ptr<Workstation> startWorkstation(const QString &path)
{
    StoreOpening opening = openWorkstationStore(path);
    if (!opening.ok())
        return nullptr;
    auto workstation = std::make_unique<Workstation>(std::move(opening.store));
    workstation->start();
    return workstation;
}

// The main window after the sign-in was typed (null if the dialog lacks a field, or while
// the sign-in was refused and no window opened).
inline MainWindow *signInToWindow(Workstation &workstation, const QString &user,
                                  const QString &password)
{
    if (!typeSignIn(workstation.signInDialog(), user, password))
        return nullptr;
    return workstation.mainWindow();
}

} // namespace bd::test
