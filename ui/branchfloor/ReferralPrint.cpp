#include "ui/branchfloor/ReferralPrint.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>

namespace bd {

QString ReferralPrint::html(const ReferralForm &form, const QString &managerName,
                            const QString &referrerName, const QString &branchName)
{
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align=left width=35%>%1</th><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString yes = tr("Yes"), no = tr("No");
    QString body = QStringLiteral("<h2>%1</h2><p>%2 &nbsp; %3</p><table border=1 cellspacing=0 "
                                  "cellpadding=4 width=100%>")
                           .arg(ReferralForm::title(form.kind).toHtmlEscaped(),
                                branchName.toHtmlEscaped(),
                                QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    body += row(tr("Customer"), form.customerName.isEmpty() ? form.description : form.customerName);
    body += row(tr("Interest or need"), form.interest);
    body += row(tr("Funds mentioned"), form.estimated && *form.estimated > Money()
                        ? form.estimated->toDisplayString() : QString());
    body += row(tr("Has time now"), form.customerHasTime ? yes : no);
    body += row(tr("Contact details with consent"), form.contactConsent ? yes : no);
    body += row(tr("Experience card handed over"), form.experienceCard ? yes : no);
    body += row(tr("Wealth manager"), managerName);
    body += row(tr("Referred by"), referrerName);
    body += row(tr("Notes"), form.notes);
    QStringList done;
    for (const QString &check : form.checks)
        done << DomainTerms::label(Vocabulary::ReferralCheck, check);
    body += row(tr("Key points done"), done.join(QStringLiteral("; ")));
    body += QStringLiteral("</table><p><br>%1 ____________ &nbsp;&nbsp; %2 ____________</p>")
                    .arg(tr("Signature of the referrer:").toHtmlEscaped(),
                         tr("Signature of the manager:").toHtmlEscaped());
    return QStringLiteral("<html><body>%1</body></html>").arg(body);
}

bool ReferralPrint::toPdf(const QString &html, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return QFileInfo(path).size() > 0;
}

} // namespace bd
