package org.hardshipbinder.ui.overview;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hardshipbinder.factors.FactorCoverage;
import org.hardshipbinder.factors.ScenarioCoverage;
import org.hardshipbinder.factors.SubjectCoverage;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.ScreenView;

/**
 * The overview: for each qualifying relative a chart and a table of factors × scenario (documents, and how many are
 * official or third-party), then the gaps in words, the checks summary and the next steps.
 */
public final class OverviewView extends ScrollPane implements ScreenView {

    private final OverviewViewModel viewModel;
    private final UiText text;
    private final VBox coverage = new VBox(12);

    public OverviewView(OverviewViewModel viewModel, UiText text) {
        this.viewModel = viewModel;
        this.text = text;
        setId("overviewScreen");
        Label title = new Label(text.get("ui.overview.title"));
        title.getStyleClass().add("screen-title");
        Label help = new Label(text.get("ui.overview.help"));
        help.setWrapText(true);
        help.getStyleClass().add("explanation");
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.textProperty().bind(viewModel.messageProperty());

        ListView<String> gaps = list(viewModel.gaps(), "overviewGaps", text.get("ui.overview.noGaps"));
        ListView<String> next = list(viewModel.nextSteps(), "overviewNext", "");
        Label checks = new Label();
        checks.setId("checksSummary");
        checks.setWrapText(true);
        checks.textProperty().bind(viewModel.checksSummaryProperty());
        VBox gapsBox = new VBox(4, section(text.get("ui.overview.gaps")), gaps);
        VBox nextBox = new VBox(4, section(text.get("ui.overview.checks")), checks, section(text.get("ui.overview.next")), next);
        HBox.setHgrow(gapsBox, Priority.ALWAYS);
        HBox.setHgrow(nextBox, Priority.ALWAYS);
        org.hardshipbinder.ui.common.Fit.em(gapsBox, "-fx-pref-width", 34);
        org.hardshipbinder.ui.common.Fit.em(nextBox, "-fx-pref-width", 28);
        HBox lower = new HBox(16, gapsBox, nextBox);

        VBox content = new VBox(10, title, help, message, coverage, lower);
        content.setPadding(MainWindow.screenPadding());
        setContent(content);
        setFitToWidth(true);
        viewModel.dataProperty().addListener((o, old, d) -> showCoverage(d));
    }

    private static ListView<String> list(javafx.collections.ObservableList<String> items, String id, String empty) {
        ListView<String> view = new ListView<>(items);
        view.setId(id);
        view.setPrefHeight(190);
        view.setPlaceholder(new Label(empty));
        view.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return view;
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }

    private void showCoverage(OverviewData d) {
        coverage.getChildren().clear();
        if (d == null) {
            return;
        }
        for (SubjectCoverage subject : d.coverage().subjects()) {
            String who = subject.name() == null ? text.get("ui.overview.theCase") : subject.name();
            Label heading = section(text.get("ui.overview.subject", who, subject.total().documents(), subject.total().corroborating()));
            // Side by side when both fit, the chart under the table when they do not (large text, long names).
            javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(12, 12, table(subject), chart(subject));
            row.setAlignment(Pos.TOP_LEFT);
            coverage.getChildren().addAll(heading, row);
        }
    }

    private GridPane table(SubjectCoverage subject) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("card");
        grid.setHgap(14);
        grid.setVgap(4);
        grid.setAccessibleText(text.get("ui.overview.tableHelp"));
        grid.add(new Label(text.get("ui.overview.factor")), 0, 0);
        int column = 1;
        for (ScenarioCoverage scenario : subject.scenarios()) {
            Label head = new Label(text.get("ui.scenario." + scenario.scenario().code()));
            head.setStyle("-fx-font-weight: bold;");
            grid.add(org.hardshipbinder.ui.common.Fit.whole(head), column++, 0);
        }
        int row = 1;
        for (String factor : viewModelFactors(subject)) {
            grid.add(org.hardshipbinder.ui.common.Fit.whole(new Label(text.factor(factor))), 0, row);
            column = 1;
            for (ScenarioCoverage scenario : subject.scenarios()) {
                FactorCoverage cell = scenario.factors().stream().filter(f -> f.factor().equals(factor)).findFirst().orElse(null);
                Label value = new Label(cell == null ? "—" : viewModel.cellText(cell));
                value.getStyleClass().add("badge");
                if (cell != null) {
                    value.getStyleClass().add(!cell.hasEvidence() ? (cell.claimed() ? "badge-error" : "badge-waiting")
                            : cell.corroborating() > 0 ? "badge-done" : "badge-warning");
                }
                grid.add(org.hardshipbinder.ui.common.Fit.whole(value), column++, row);
            }
            row++;
        }
        return grid;
    }

    private static java.util.List<String> viewModelFactors(SubjectCoverage subject) {
        return subject.scenarios().isEmpty() ? java.util.List.of()
                : subject.scenarios().get(0).factors().stream().map(FactorCoverage::factor).toList();
    }

    /** Horizontal bars, one per factor and scenario, so the factors' names stay readable. */
    private BarChart<Number, String> chart(SubjectCoverage subject) {
        CategoryAxis factors = new CategoryAxis();
        NumberAxis documents = new NumberAxis();
        documents.setLabel(text.get("ui.overview.documents"));
        documents.setMinorTickVisible(false);
        documents.setTickUnit(1);
        documents.setAutoRanging(false);
        documents.setLowerBound(0);
        int most = subject.scenarios().stream().flatMap(s -> s.factors().stream()).mapToInt(FactorCoverage::documentCount).max().orElse(0);
        documents.setUpperBound(Math.max(3, most + 1));
        BarChart<Number, String> chart = new BarChart<>(documents, factors);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        org.hardshipbinder.ui.common.Fit.em(chart, "-fx-pref-width", 32);
        org.hardshipbinder.ui.common.Fit.em(chart, "-fx-pref-height", 21);
        chart.setBarGap(1);
        chart.setCategoryGap(6);
        chart.setAccessibleText(text.get("ui.overview.chartHelp"));
        for (ScenarioCoverage scenario : subject.scenarios()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(text.get("ui.scenario." + scenario.scenario().code()));
            for (FactorCoverage cell : scenario.factors()) {
                series.getData().add(new XYChart.Data<>(cell.documentCount(), text.factor(cell.factor())));
            }
            chart.getData().add(series);
        }
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        viewModel.load(openCase);
    }
}
