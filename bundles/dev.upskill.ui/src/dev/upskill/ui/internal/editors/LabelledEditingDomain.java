/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * An editing domain whose commands say what they change, so that Edit > Undo reads "Undo Set Level" or "Undo Add
 * Skill Assessment" instead of EMF's bare "Undo Set".
 */
public final class LabelledEditingDomain extends AdapterFactoryEditingDomain {

	public LabelledEditingDomain(AdapterFactory adapterFactory, CommandStack commandStack, Map<Resource, Boolean> resourceToReadOnlyMap) {
		super(adapterFactory, commandStack, resourceToReadOnlyMap);
	}

	@Override
	public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
		Command command = super.createCommand(commandClass, parameter);
		String label = label(commandClass, parameter);
		// Only a command of the class asked for: EMF answers what cannot be done with shared instances
		// (UnexecutableCommand.INSTANCE), whose label must not change for everyone.
		if (label != null && commandClass.isInstance(command) && command instanceof AbstractCommand labelled) {
			labelled.setLabel(label);
		}
		return command;
	}

	/** "Set Level", "Add Skill Assessment", "Remove Plan Step"; null for the commands EMF names well enough. */
	public static String label(Class<? extends Command> commandClass, CommandParameter parameter) {
		EStructuralFeature feature = parameter.getEStructuralFeature();
		if (commandClass == SetCommand.class && feature != null) {
			return "Set " + words(feature.getName());
		}
		String verb = commandClass == AddCommand.class ? "Add"
				: commandClass == RemoveCommand.class || commandClass == DeleteCommand.class ? "Remove"
						: commandClass == MoveCommand.class ? "Move" : null;
		if (verb == null) {
			return null;
		}
		Collection<?> values = parameter.getCollection() != null ? parameter.getCollection()
				: parameter.getValue() == null ? List.of() : List.of(parameter.getValue());
		if (feature instanceof EReference reference && !reference.isContainment() && reference.isMany()) {
			// a reference list (a role's related roles): "Add Related Role", not "Add Role", which reads as a new role
			String name = words(feature.getName());
			return verb + " " + (values.size() == 1 && name.endsWith("s") ? name.substring(0, name.length() - 1) : name);
		}
		if (!values.isEmpty() && values.stream().allMatch(EObject.class::isInstance)) {
			EObject first = (EObject) values.iterator().next();
			boolean same = values.stream().allMatch(v -> ((EObject) v).eClass() == first.eClass());
			String what = same ? words(first.eClass().getName()) : "Elements";
			return verb + " " + what + (same && values.size() > 1 ? "s" : "");
		}
		return feature == null ? null : verb + " " + words(feature.getName());
	}

	/** "weeklyHours" and "SkillAssessment" as "Weekly Hours" and "Skill Assessment". */
	static String words(String name) {
		String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
		return spaced.substring(0, 1).toUpperCase(Locale.ROOT) + spaced.substring(1);
	}
}
