// The choices of a briefing book (scope, period, audience, paper, parts,
// title), as a form that says what request they make and what, if anything,
// keeps them from making one. The builder dialog shows it beside its preview.
#pragma once

#include "briefingrequest.h"
#include "domain.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace civicstat {

class BriefingOptionsForm final : public QWidget
{
    Q_OBJECT

public:
    BriefingOptionsForm(const Structure &structure, int fiscalYearStartMonth, QWidget *parent = nullptr);

    // What the choices ask for; read problem() first: a request with a problem cannot be gathered.
    BriefingRequest request() const;
    // Why the choices make no request (an unreadable period, no measure chosen); empty when they do.
    QString problem() const;

    void setScope(const Scope &scope);
    void setChosenMeasures(const QStringList &codes); // also switches the scope to chosen measures
    void setPeriodText(const QString &text);
    void setAudience(Audience audience);
    void setClassifiedCodes(const QStringList &codes);
    void setPaper(QPageSize::PageSizeId paper);
    void setPdfA(bool pdfA);
    void setParts(const BriefingParts &parts);
    void setTitle(const QString &title);

    // The choices worth keeping between sessions (all but the period, which
    // follows the window), and back; codes the city no longer has are dropped.
    QVariantMap choices() const;
    void restoreChoices(const QVariantMap &choices);

    QLineEdit *periodField() const { return m_period; }
    QLineEdit *measureFilter() const { return m_measureFilter; }
    QListWidget *measureList() const { return m_measureList; }
    QListWidget *classifiedList() const { return m_classifiedList; }

signals:
    void changed();

private:
    enum class ScopeChoice { Citywide, Goal, Department, Objective, Measures };
    ScopeChoice scopeChoice() const;
    void fillScopeItems();
    void filterMeasures(const QString &text);
    void showAudience();
    void showPeriodProblem();
    // Ticked codes; `enabledOnly`: leaving out those the audience cannot have.
    QStringList checkedCodes(const QListWidget *list, bool enabledOnly = true) const;
    void checkCodes(QListWidget *list, const QStringList &codes);
    QWidget *scopeBox();
    QWidget *audienceBox();
    QWidget *outputBox();

    const Structure m_structure;
    const int m_fiscalYearStartMonth;
    QComboBox *m_scopeKind;
    QComboBox *m_scopeItem;
    QWidget *m_measurePicker;
    QLineEdit *m_measureFilter;
    QListWidget *m_measureList;
    QLabel *m_measuresChosen;
    QLineEdit *m_period;
    QLabel *m_periodProblem;
    QRadioButton *m_internal;
    QRadioButton *m_public;
    QWidget *m_classifiedPicker;
    QListWidget *m_classifiedList;
    QComboBox *m_paper;
    QCheckBox *m_pdfA;
    QCheckBox *m_summary;
    QCheckBox *m_attention;
    QCheckBox *m_scorecard;
    QCheckBox *m_measures;
    QCheckBox *m_appendix;
    QLineEdit *m_title;
};

} // namespace civicstat
