package org.hardshipbinder.ui.overview;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hardshipbinder.factors.FactorCoverage;
import org.hardshipbinder.factors.ProfileFinding;
import org.hardshipbinder.factors.ScenarioCoverage;
import org.hardshipbinder.factors.SubjectCoverage;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * The overview of a case: coverage per qualifying relative and scenario, the gaps in words, the checks summary and
 * what to do next, most useful first.
 */
public final class OverviewViewModel {

    private final OverviewSource source;
    private final TaskRunner tasks;
    private final UiText text;
    private final ObjectProperty<OverviewData> data = new SimpleObjectProperty<>();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> nextSteps = FXCollections.observableArrayList();
    private final StringProperty checksSummary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public OverviewViewModel(OverviewSource source, TaskRunner tasks, UiText text) {
        this.source = source;
        this.tasks = tasks;
        this.text = text;
    }

    public void load(Case c) {
        if (c == null) {
            return;
        }
        tasks.run(() -> source.load(c.id()), loaded -> {
            data.set(loaded);
            gaps.setAll(gaps(loaded));
            nextSteps.setAll(nextSteps(loaded));
            checksSummary.set(text.get("ui.overview.checksSummary", loaded.findings("error"), loaded.findings("warning"),
                    loaded.findings("info")));
            message.set("");
        }, e -> message.set(text.error(e)));
    }

    /** "No evidence yet of Medical for Laura if she stays (separation)", and the recommended evidence still missing. */
    List<String> gaps(OverviewData d) {
        List<String> out = new ArrayList<>();
        for (ProfileFinding finding : d.coverage().profile()) {
            if (finding.severity() != ProfileFinding.Severity.INFO) {
                out.add(String.join(" ", finding.parts().stream().map(text::format).toList()));
            }
        }
        for (SubjectCoverage subject : d.coverage().subjects()) {
            String who = subject.name() == null ? text.get("ui.overview.theCase") : subject.name();
            for (ScenarioCoverage scenario : subject.scenarios()) {
                for (FactorCoverage cell : scenario.factors()) {
                    if (cell.claimed() && !cell.hasEvidence()) {
                        out.add(text.get("ui.overview.gap.claimed", text.factor(cell.factor()), who, scenarioWords(scenario.scenario())));
                    } else if (cell.hasEvidence() && cell.corroborating() == 0) {
                        out.add(text.get("ui.overview.gap.uncorroborated", text.factor(cell.factor()), who, scenarioWords(scenario.scenario())));
                    } else if (cell.hasEvidence() && !cell.missingEvidence().isEmpty() && scenario.scenario() != Scenario.RELOCATION) {
                        out.add(text.get("ui.overview.gap.missing", text.factor(cell.factor()), who,
                                String.join(", ", cell.missingEvidence().stream().limit(3).map(text::evidenceType).toList())));
                    }
                }
                if (scenario.total().documents() == 0 && subject.name() != null) {
                    out.add(text.get("ui.overview.gap.scenario", who, scenarioWords(scenario.scenario())));
                }
            }
        }
        return out;
    }

    List<String> nextSteps(OverviewData d) {
        List<String> steps = new ArrayList<>();
        if (d.documents() == 0) {
            steps.add(text.get("ui.overview.next.import"));
        }
        if (d.pagesWaiting() > 0) {
            steps.add(text.get("ui.overview.next.recognize", d.pagesWaiting()));
        }
        if (d.openSuggestions() > 0) {
            steps.add(text.get("ui.overview.next.suggestions", d.openSuggestions()));
        }
        if (d.findings("error") > 0) {
            steps.add(text.get("ui.overview.next.errors", d.findings("error")));
        }
        if (d.coverage().total().factorsCovered() == 0 && d.documents() > 0) {
            steps.add(text.get("ui.overview.next.tag"));
        }
        if (!gaps(d).isEmpty()) {
            steps.add(text.get("ui.overview.next.gaps"));
        }
        steps.add(text.get("ui.overview.next.binder"));
        return steps;
    }

    public String scenarioWords(Scenario scenario) {
        return text.get("ui.overview.if." + scenario.code());
    }

    public String cellText(FactorCoverage cell) {
        if (!cell.hasEvidence()) {
            return cell.claimed() ? text.get("ui.overview.cell.claimedNone") : "—";
        }
        return text.get("ui.overview.cell", cell.documentCount(), cell.corroborating());
    }

    public String format(UserMessage message) {
        return text.format(message);
    }

    public ObjectProperty<OverviewData> dataProperty() {
        return data;
    }

    public ObservableList<String> gaps() {
        return gaps;
    }

    public ObservableList<String> nextSteps() {
        return nextSteps;
    }

    public StringProperty checksSummaryProperty() {
        return checksSummary;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
