package org.hardshipbinder.ui.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hardshipbinder.sample.SampleCaseBuilder;
import org.hardshipbinder.ui.binder.BinderView;
import org.hardshipbinder.ui.binder.BinderViewModel;
import org.hardshipbinder.ui.binder.PlanBinderSource;
import org.hardshipbinder.ui.cases.CasesViewModel;
import org.hardshipbinder.ui.cases.ImportOfferDialog;
import org.hardshipbinder.ui.checks.ChecksView;
import org.hardshipbinder.ui.checks.ChecksViewModel;
import org.hardshipbinder.ui.cases.CaseTransferViewModel;
import org.hardshipbinder.ui.cases.StartView;
import org.hardshipbinder.ui.cases.VaultCaseDirectory;
import org.hardshipbinder.ui.document.DocumentView;
import org.hardshipbinder.ui.document.DocumentViewModel;
import org.hardshipbinder.ui.document.VaultDocumentService;
import org.hardshipbinder.ui.documents.DocumentsView;
import org.hardshipbinder.ui.editing.EditMenu;
import org.hardshipbinder.ui.editing.GroupingSuggestionsPane;
import org.hardshipbinder.ui.editing.GroupingSuggestionsViewModel;
import org.hardshipbinder.ui.editing.PageEditBar;
import org.hardshipbinder.ui.editing.PageEditViewModel;
import org.hardshipbinder.ui.editing.TrashDialog;
import org.hardshipbinder.ui.editing.TrashViewModel;
import org.hardshipbinder.ui.editing.VaultPageEditing;
import org.hardshipbinder.ui.overview.OverviewView;
import org.hardshipbinder.ui.overview.OverviewViewModel;
import org.hardshipbinder.ui.overview.VaultOverviewSource;
import org.hardshipbinder.ui.preferences.PreferencesView;
import org.hardshipbinder.ui.preferences.PreferencesViewModel;
import org.hardshipbinder.ui.search.SearchView;
import org.hardshipbinder.ui.suggestions.SuggestionsView;
import org.hardshipbinder.ui.suggestions.SuggestionsViewModel;
import org.hardshipbinder.ui.suggestions.VaultSuggestionsSource;
import org.hardshipbinder.ui.search.SearchViewModel;
import org.hardshipbinder.ui.timeline.TimelineView;
import org.hardshipbinder.ui.timeline.TimelineViewModel;
import org.hardshipbinder.ui.documents.DocumentsViewModel;
import org.hardshipbinder.ui.documents.Thumbnails;
import org.hardshipbinder.ui.documents.VaultDocumentLibrary;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.pages.PageImages;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.shell.ScreenView;
import org.hardshipbinder.ui.task.Activity;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.wiring.Services;

/** The view models and views of one interface language, built on first use, wired to the vault's services. */
public final class ScreenSet {

    private final Services services;
    private final AppPreferences preferences;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Activity activity;
    private final UiText text;
    private final Consumer<Locale> switchLanguage;
    private final java.util.function.IntConsumer fontScale;
    private final java.util.function.Supplier<org.hardshipbinder.ui.preferences.VaultRestoring> restoring;
    private final java.util.function.Supplier<org.hardshipbinder.ui.security.VaultSecurityViewModel> security;
    private final MainWindow window;
    private final Capabilities capabilities;
    private final PageImages pageImages;
    private CasesViewModel cases;
    private DocumentsViewModel documents;
    private DocumentsView documentsView;
    private DocumentView documentView;
    private SearchView searchView;
    private BinderView binderView;
    private Thumbnails thumbnails;
    private final VaultPageEditing pageEditing;
    private final PageEditViewModel pageEdits;
    private GroupingSuggestionsViewModel groupingSuggestions;

    ScreenSet(Services services, AppPreferences preferences, TaskRunner tasks, Notifier notifier, Activity activity,
              UiText text, Consumer<Locale> switchLanguage, java.util.function.IntConsumer fontScale,
              java.util.function.Supplier<org.hardshipbinder.ui.security.VaultSecurityViewModel> security,
              java.util.function.Supplier<org.hardshipbinder.ui.preferences.VaultRestoring> restoring) {
        this.restoring = restoring;
        this.services = services;
        this.preferences = preferences;
        this.tasks = tasks;
        this.notifier = notifier;
        this.activity = activity;
        this.text = text;
        this.switchLanguage = switchLanguage;
        this.fontScale = fontScale;
        this.security = security;
        this.capabilities = Capabilities.from(services, text.messages(), preferences);
        this.pageImages = new PageImages(services.originals(), services.originalFiles(), services.pageImages());
        this.window = new MainWindow(text, activity);
        window.setViews(this::create, (id, page, highlight) -> documentView().viewModel().open(id, page, highlight));
        this.pageEditing = new VaultPageEditing(services.documents(), services.pageEdits(), services.trash(),
                services.deletionImpacts(), services.grouping(), services.groupingEdits());
        this.pageEdits = new PageEditViewModel(pageEditing, tasks, text);
        pageEdits.setAfterEdit(this::afterEdit);
        window.setMenuBar(EditMenu.create(pageEdits, this::openTrash, text));
    }

    /** After a page edit: the documents are read again, and the document that resulted is shown (or the list). */
    private void afterEdit(Long documentId) {
        documents().refresh();
        if (documentId == null) {
            window.show(Screen.DOCUMENTS);
        } else if (window.currentScreenProperty().get() == Screen.DOCUMENT) {
            documentView().viewModel().open(documentId, 1, "");
        }
    }

    /** Edit ▸ Trash…: the open case's trash. */
    void openTrash() {
        window.currentCase().ifPresent(c -> {
            TrashViewModel trash = new TrashViewModel(pageEditing, tasks, text);
            trash.setAfterChange(() -> {
                documents().refresh();
                pageEdits.refreshUndo();
            });
            trash.refresh(c.id());
            new TrashDialog(trash, text, window.root().getScene() == null ? null : window.root().getScene().getWindow()).show();
        });
    }

    /** Ctrl+Z: takes back the session's last edit. */
    void undo() {
        pageEdits.undo();
    }

    public PageEditViewModel pageEdits() {
        return pageEdits;
    }

    public MainWindow window() {
        return window;
    }

    public UiText text() {
        return text;
    }

    private ScreenView create(Screen screen) {
        return switch (screen) {
            case START -> new StartView(cases(), new CaseTransferViewModel(services.caseExporter(), services.caseImporter(),
                    tasks, text), text, window);
            case DOCUMENTS -> documentsView();
            case DOCUMENT -> documentView();
            case SEARCH -> searchView();
            case TIMELINE -> new TimelineView(new TimelineViewModel(capabilities.timeline(), tasks, text, notifier),
                    text, window, tasks);
            case OVERVIEW -> new OverviewView(new OverviewViewModel(new VaultOverviewSource(services.factors(),
                    services.documents(), services.pages(), capabilities.findingsBySeverity()), tasks, text), text);
            case BINDER -> binderView();
            case CHECKS -> checksView();
            case SUGGESTIONS -> new SuggestionsView(new SuggestionsViewModel(new VaultSuggestionsSource(services.vault(),
                    services.factors().suggestions(), services.documents(), services.people()), tasks, text),
                    text, window);
            case PREFERENCES -> new PreferencesView(new PreferencesViewModel(preferences, switchLanguage, text, fontScale),
                    security.get(), restoreViewModel(), text);
            default -> null;
        };
    }

    /** Restore from a backup in Preferences, where the window can close and reopen its vault; otherwise none. */
    private org.hardshipbinder.ui.preferences.RestoreViewModel restoreViewModel() {
        org.hardshipbinder.ui.preferences.VaultRestoring restorer = restoring.get();
        return restorer == null ? null : new org.hardshipbinder.ui.preferences.RestoreViewModel(restorer, tasks, text);
    }

    public CasesViewModel cases() {
        if (cases == null) {
            SampleCaseBuilder sample = new SampleCaseBuilder(services.vault(), services.cases(), services.people(),
                    services.documents(), services.importService(), services.factors().tagging());
            cases = new CasesViewModel(new VaultCaseDirectory(services.vault(), services.cases(), services.people(),
                    services.binderPlans(), preferences::binderLabels, sample),
                    new org.hardshipbinder.ui.cases.QualifyingRelativeRules(services.factors().qualifyingRelativeRules()),
                    preferences, tasks, text);
        }
        return cases;
    }

    public DocumentsViewModel documents() {
        if (documents == null) {
            documents = new DocumentsViewModel(new VaultDocumentLibrary(services, capabilities.findingsPerDocument()),
                    capabilities.recognition(), tasks, activity, notifier, text);
        }
        return documents;
    }

    private DocumentsView documentsView() {
        if (documentsView == null) {
            documentsView = new DocumentsView(documents(), text, window, thumbnails());
            documentsView.showAbove(new GroupingSuggestionsPane(groupingSuggestions(), text));
        }
        return documentsView;
    }

    /** Suggestions to join or cut papers, read again whenever the case's documents change and none is being read. */
    public GroupingSuggestionsViewModel groupingSuggestions() {
        if (groupingSuggestions == null) {
            groupingSuggestions = new GroupingSuggestionsViewModel(pageEditing, tasks, text);
            groupingSuggestions.setAfterChange(() -> {
                documents().refresh();
                pageEdits.refreshUndo();
            });
            documents().allRows().addListener((javafx.collections.ListChangeListener<
                    org.hardshipbinder.ui.documents.DocumentRow>) change -> refreshGrouping());
            refreshGrouping();
        }
        return groupingSuggestions;
    }

    private void refreshGrouping() {
        var open = documents().currentCaseProperty().get();
        boolean reading = documents().allRows().stream().anyMatch(r -> r.document().status()
                == org.hardshipbinder.model.DocumentStatus.OCR_QUEUED);
        if (open != null && !reading) {
            groupingSuggestions.refresh(open.id());
        }
    }

    private Thumbnails thumbnails() {
        if (thumbnails == null) {
            thumbnails = new Thumbnails((doc, width) -> pageImages.render(doc,
                    services.pages().listForDocument(doc.id()).get(0), width), tasks);
        }
        return thumbnails;
    }

    private ChecksView checksView() {
        ChecksView view = new ChecksView(new ChecksViewModel(capabilities.checks(), tasks, text, window), text);
        view.setThumbnails(thumbnails());
        return view;
    }

    public DocumentView documentView() {
        if (documentView == null) {
            DocumentViewModel viewModel = new DocumentViewModel(new VaultDocumentService(services, pageImages,
                    capabilities.facts(), text::circumstance), tasks, text);
            documentView = new DocumentView(viewModel, text, window);
            documentView.addToolRow(new PageEditBar(pageEdits, text));
            viewModel.dataProperty().addListener((o, old, d) -> targetPage(viewModel));
            viewModel.pageIndexProperty().addListener((o, old, i) -> targetPage(viewModel));
        }
        return documentView;
    }

    /** The page edits act on the page shown. */
    private void targetPage(DocumentViewModel viewModel) {
        var d = viewModel.dataProperty().get();
        int index = viewModel.pageIndexProperty().get();
        if (d == null || d.pages().isEmpty() || index < 0 || index >= d.pages().size()) {
            pageEdits.setTarget(null);
            return;
        }
        pageEdits.setTarget(new PageEditViewModel.Target(d.document().caseId(), d.document().id(),
                d.pages().get(index).id(), index + 1, d.pages().size()));
    }

    private SearchView searchView() {
        if (searchView == null) {
            searchView = new SearchView(new SearchViewModel(capabilities.search(), tasks, text), text, window);
        }
        return searchView;
    }

    public BinderView binderView() {
        if (binderView == null) {
            PlanBinderSource source = new PlanBinderSource(services.binderPlans(), services.binderBuilder(),
                    services.documents(), text, preferences.binderMaxMb()).withMustFix(capabilities.checks()::mustFix);
            binderView = new BinderView(new BinderViewModel(source, tasks, activity, notifier, text), text, tasks, window);
        }
        return binderView;
    }

    /** Ctrl+O: the documents screen's file chooser. */
    void importFiles() {
        if (window.currentCase().isPresent()) {
            window.show(Screen.DOCUMENTS);
            documentsView().chooseFiles();
        }
    }

    /** Files given to the app when it started: offered for import into a case the user chooses. */
    void offerImport(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        tasks.run(() -> CasesViewModel.recentFirst(services.cases().list(), preferences.recentCases()), list ->
                new ImportOfferDialog(files, list, text, window.root()).showAndWait().ifPresent(chosen -> {
                    cases().opened(chosen);
                    window.openCase(chosen);
                    documents().importFiles(files);
                }), e -> { });
    }

    /** Ctrl+F: the search box. */
    void search() {
        window.show(Screen.SEARCH);
    }

    /** Ctrl+P: print the exhibit index. */
    void printIndex() {
        if (window.currentCase().isPresent()) {
            window.show(Screen.BINDER);
            binderView().printIndex();
        }
    }

    Consumer<Locale> languageSwitch() {
        return switchLanguage;
    }
}
