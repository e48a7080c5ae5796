/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionInfo;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;
import org.eclipse.ui.swt.IFocusService;

/**
 * The usual commands on the elements of a grid or of the Outline of a model editor: Undo, Redo,
 * Cut, Copy, Paste, Delete, Move Up and Move Down, each an EMF command on the editor's editing
 * domain (so Edit > Undo names it), and the context menu they form, with an {@code additions}
 * group where plug-ins contribute.
 * <p>
 * The elements are those of one list: the containment list they are in, or, for a grid of
 * references (a role's related roles), the list of a fixed owner and feature. Only the elements of
 * a containment list are cut, copied and pasted (cutting a reference would remove the element
 * itself from its file).
 */
final class ElementActions {

	/** Move Up and Move Down (alt+up, alt+down), commands of the ui bundle. */
	static final String MOVE_UP = "dev.upskill.ui.edit.moveUp";
	static final String MOVE_DOWN = "dev.upskill.ui.edit.moveDown";

	private final ModelEditor editor;
	private final Supplier<List<?>> selection;
	private final Supplier<EObject> owner;
	private final EReference feature;
	private final Consumer<EObject> reveal;
	private IAction add;
	private BooleanSupplier movable = () -> true;
	private final List<Runnable> enablement = new ArrayList<>();

	final Action cut;
	final Action copy;
	final Action paste;
	final Action delete;
	final Action moveUp;
	final Action moveDown;

	/**
	 * @param selection the elements selected (in the grid or the tree)
	 * @param owner the owner of the list when the elements are references in it, or null for the
	 *        containment list of the selected elements ({@code owner} of an empty selection too: where
	 *        Paste puts what it pastes when nothing is selected)
	 * @param feature the feature of the list, or null for the containment feature of the selection
	 * @param reveal selects an element again after it moved
	 */
	ElementActions(ModelEditor editor, Supplier<List<?>> selection, Supplier<EObject> owner, EReference feature,
			Consumer<EObject> reveal) {
		this.editor = editor;
		this.selection = selection;
		this.owner = owner;
		this.feature = feature;
		this.reveal = reveal;
		cut = action("Cu&t", IWorkbenchCommandConstants.EDIT_CUT, () -> run(cutCommand()), () -> canExecute(cutCommand()));
		copy = action("&Copy", IWorkbenchCommandConstants.EDIT_COPY, () -> run(copyCommand()), () -> canExecute(copyCommand()));
		paste = action("&Paste", IWorkbenchCommandConstants.EDIT_PASTE, () -> run(pasteCommand()),
				() -> editor.getEditingDomain().getClipboard() != null && !editor.getEditingDomain().getClipboard().isEmpty()
						&& canExecute(pasteCommand()));
		delete = action("&Delete", IWorkbenchCommandConstants.EDIT_DELETE, () -> run(deleteCommand()),
				() -> canExecute(deleteCommand()));
		moveUp = action("Move &Up", MOVE_UP, () -> move(-1), () -> movable.getAsBoolean() && canExecute(moveCommand(-1)));
		moveDown = action("Move Dow&n", MOVE_DOWN, () -> move(1), () -> movable.getAsBoolean() && canExecute(moveCommand(1)));
		update();
		editor.getEditingDomain().getCommandStack().addCommandStackListener(event -> Display.getDefault().asyncExec(() -> {
			if (editor.isOpen()) {
				update();
			}
		}));
	}

	/** Enables the actions that can run on the elements selected now. */
	void update() {
		enablement.forEach(Runnable::run);
	}

	/** The action that adds an element to the list (Add Step..., Add Evidence), first in the menu. */
	ElementActions withAdd(IAction addAction) {
		this.add = addAction;
		return this;
	}

	private Action action(String text, String commandId, Runnable run, BooleanSupplier enabled) {
		Action action = new Action(text) {
			@Override
			public void run() {
				if (enabled.getAsBoolean()) {
					run.run();
					update();
				}
			}
		};
		action.setActionDefinitionId(commandId);
		enablement.add(() -> action.setEnabled(enabled.getAsBoolean()));
		return action;
	}

	private List<EObject> selected() {
		List<?> elements = selection.get();
		// not those removed a moment ago (the grids refresh after the command stack says so)
		return elements.stream().filter(EObject.class::isInstance).map(EObject.class::cast).filter(e -> e.eResource() != null).toList();
	}

	/** The owner of the list the selected elements are in, or null when they are not in one list. */
	private EObject listOwner(List<EObject> elements) {
		if (feature != null && owner != null) {
			return owner.get();
		}
		EObject container = elements.isEmpty() ? null : elements.get(0).eContainer();
		return elements.stream().allMatch(e -> e.eContainer() == container) ? container : null;
	}

	private EReference listFeature(List<EObject> elements) {
		if (feature != null) {
			return feature;
		}
		EReference containment = elements.isEmpty() ? null : elements.get(0).eContainmentFeature();
		return containment != null && containment.isMany() && elements.stream().allMatch(e -> e.eContainmentFeature() == containment)
				? containment : null;
	}

	private boolean containment() {
		return feature == null || feature.isContainment();
	}

	private EditingDomain domain() {
		return editor.getEditingDomain();
	}

	private Command deleteCommand() {
		List<EObject> elements = selected();
		EObject from = listOwner(elements);
		EReference list = listFeature(elements);
		return elements.isEmpty() || from == null || list == null ? null : RemoveCommand.create(domain(), from, list, elements);
	}

	private Command cutCommand() {
		List<EObject> elements = selected();
		EObject from = listOwner(elements);
		EReference list = listFeature(elements);
		return !containment() || elements.isEmpty() || from == null || list == null ? null
				: CutToClipboardCommand.create(domain(), from, list, elements);
	}

	private Command copyCommand() {
		List<EObject> elements = selected();
		return !containment() || elements.isEmpty() || listFeature(elements) == null ? null
				: CopyToClipboardCommand.create(domain(), elements);
	}

	/** Pastes after the selected element, into its list; into the owner's list when nothing is selected. */
	private Command pasteCommand() {
		if (!containment()) {
			return null;
		}
		List<EObject> elements = selected();
		if (elements.isEmpty()) {
			EObject into = owner == null ? null : owner.get();
			return into == null ? null : PasteFromClipboardCommand.create(domain(), into, feature);
		}
		EObject last = elements.get(elements.size() - 1);
		EReference list = listFeature(List.of(last));
		if (list == null) {
			// the root or an element that is not in a list: paste into it
			return PasteFromClipboardCommand.create(domain(), last, null);
		}
		int index = ((List<?>) last.eContainer().eGet(list)).indexOf(last);
		return PasteFromClipboardCommand.create(domain(), last.eContainer(), list, index + 1);
	}

	private Command moveCommand(int by) {
		List<EObject> elements = selected();
		EObject from = listOwner(elements);
		EReference list = listFeature(elements);
		if (elements.size() != 1 || from == null || list == null) {
			return null;
		}
		List<?> values = (List<?>) from.eGet(list);
		int index = values.indexOf(elements.get(0)) + by;
		return index < 0 || index >= values.size() ? null : MoveCommand.create(domain(), from, list, elements.get(0), index);
	}

	private void move(int by) {
		EObject element = selected().get(0);
		run(moveCommand(by));
		// the grids refresh after the command stack said it changed (asyncExec); select the element after that
		Display.getCurrent().asyncExec(() -> {
			if (editor.isOpen()) {
				reveal.accept(element);
			}
		});
	}

	private static boolean canExecute(Command command) {
		return command != null && command.canExecute();
	}

	private void run(Command command) {
		editor.execute(command);
	}

	/**
	 * The actions of a grid: its context menu (registered as {@code menuId}, a right click selects
	 * the row under the pointer first) and its keys.
	 *
	 * @param owner the owner of the grid's list (where Paste puts what it pastes when no row is selected)
	 * @param feature the list's feature
	 */
	static <T extends EObject> ElementActions forGrid(ModelEditor editor, ModelGrid<T> grid, Class<T> type, String menuId,
			Supplier<EObject> owner, EReference feature) {
		ElementActions actions = new ElementActions(editor, () -> grid.selectedElement() == null ? List.of() : List.of(grid.selectedElement()),
				owner, feature, element -> {
					if (type.isInstance(element)) {
						grid.select(type.cast(element));
					}
				});
		// sorted by a column, the rows do not show the list's order, so moving in it would show nothing
		actions.movable = () -> grid.sortModel().getSortedColumnIndexes().isEmpty();
		NatTable table = grid.table();
		table.addListener(SWT.MouseDown, event -> {
			if (event.button != 3) {
				return;
			}
			LabelStack regions = table.getRegionLabelsByXY(event.x, event.y);
			int row = table.getRowIndexByPosition(table.getRowPositionByY(event.y));
			if (regions != null && regions.hasLabel(GridRegion.BODY) && row >= 0 && row < grid.rowCount()
					&& grid.selectedElement() != grid.cellElement(row)) {
				grid.select(grid.cellElement(row));
			}
			// the keys of the menu's commands act on the grid from now on
			table.forceFocus();
		});
		IEditorSite site = editor.getEditorSite();
		// the elements of the selection, not the editor's file (whose Team and Compare With belong to the file's menus)
		site.registerContextMenu(menuId, actions.contextMenu(table, menuId), site.getSelectionProvider(), false);
		site.getSelectionProvider().addSelectionChangedListener(event -> actions.update());
		actions.bindKeys(site, table, menuId);
		return actions;
	}

	/** Fills a context menu: Add..., Undo, Redo, Cut, Copy, Paste, Delete, Move Up, Move Down, then plug-ins' additions. */
	void fill(IMenuManager menu) {
		if (add != null) {
			menu.add(add);
			menu.add(new Separator());
		}
		menu.add(editor.undoAction());
		menu.add(editor.redoAction());
		menu.add(new Separator("edit"));
		if (containment()) {
			menu.add(cut);
			menu.add(copy);
			menu.add(paste);
		}
		menu.add(delete);
		menu.add(new Separator("move"));
		menu.add(moveUp);
		menu.add(moveDown);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/**
	 * Gives a control its context menu; the caller registers it with its site under {@code menuId}
	 * so that plug-ins contribute to it ({@code popup:menuId}).
	 */
	MenuManager contextMenu(Control control, String menuId) {
		MenuManager manager = new MenuManager("#PopupMenu", menuId);
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(menu -> {
			update();
			fill(menu);
		});
		Menu menu = manager.createContextMenu(control);
		control.setMenu(menu);
		return manager;
	}

	/**
	 * Makes the keys of Delete, Cut, Copy, Paste, Move Up and Move Down (alt+up, alt+down) act on
	 * the elements while the control has the keyboard focus; elsewhere (a text field) they keep
	 * their usual meaning.
	 */
	void bindKeys(IServiceLocator site, Control control, String focusId) {
		IFocusService focus = site.getService(IFocusService.class);
		IHandlerService handlers = site.getService(IHandlerService.class);
		if (focus == null || handlers == null) {
			return;
		}
		focus.addFocusTracker(control, focusId);
		Expression focused = new Expression() {
			@Override
			public EvaluationResult evaluate(IEvaluationContext context) {
				return EvaluationResult.valueOf(focusId.equals(context.getVariable(ISources.ACTIVE_FOCUS_CONTROL_ID_NAME)));
			}

			@Override
			public void collectExpressionInfo(ExpressionInfo info) {
				info.addVariableNameAccess(ISources.ACTIVE_FOCUS_CONTROL_ID_NAME);
			}
		};
		for (Action action : containment() ? List.of(delete, cut, copy, paste, moveUp, moveDown) : List.of(delete, moveUp, moveDown)) {
			handlers.activateHandler(action.getActionDefinitionId(), new ActionHandler(action), focused);
		}
	}

	/** The global actions of a page site (the Outline): Undo, Redo, Cut, Copy, Paste, Delete. */
	void setGlobalActions(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.updateActionBars();
	}
}
