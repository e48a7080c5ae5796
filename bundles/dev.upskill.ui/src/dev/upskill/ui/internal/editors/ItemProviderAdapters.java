/*
 * Copyright (c) 2026 Upskill Workbench contributors. SPDX-License-Identifier: EPL-2.0
 */
package dev.upskill.ui.internal.editors;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import dev.upskill.model.Evidence;
import dev.upskill.model.NamedElement;
import dev.upskill.model.PlanStep;
import dev.upskill.model.SkillAssessment;
import dev.upskill.model.SkillRequirement;

/**
 * JFace views over the generated EMF item providers: tree content and labels for the Outline,
 * property sources for the Properties view. (EMF's own adapters are in emf.edit.ui, which Maven
 * Central does not carry.) A long list of children (the 14,000 skills of an ESCO framework) shows
 * in {@link Chunk}s of {@value #CHUNK} under its parent, as the debugger's Variables view shows long
 * arrays: the tree never makes thousands of items at once.
 */
final class ItemProviderAdapters {

	private ItemProviderAdapters() {
	}

	/** Lists longer than this show in chunks of this many. */
	static final int CHUNK = 500;

	/**
	 * Children {@code from} (inclusive) to {@code to} (exclusive) of a long list of an element, one
	 * node in the tree: "Skills 1-500".
	 */
	record Chunk(EObject owner, EReference feature, int from, int to) {

		List<?> elements() {
			List<?> all = (List<?>) owner.eGet(feature);
			return all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
		}

		String label() {
			String name = feature.getName();
			String words = EnumWords.of(name);
			return String.format(Locale.ROOT, "%s %,d-%,d", words, from + 1, to);
		}
	}

	/**
	 * Children from {@link ITreeItemContentProvider}; a run of more than {@link #CHUNK} children of one
	 * list becomes chunks of it.
	 */
	static final class Content implements ITreeContentProvider {
		private final AdapterFactory factory;

		Content(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Collection<?> roots ? roots.toArray() : getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Chunk chunk) {
				return chunk.elements().toArray();
			}
			if (parent instanceof EObject owner) {
				// the containment lists, as the item provider lists them, long ones in chunks
				List<Object> children = new ArrayList<>();
				Collection<?> all = itemChildren(parent);
				EReference run = null;
				int runLength = 0;
				for (Object child : all) {
					EReference feature = child instanceof EObject element && element.eContainer() == owner
							? element.eContainmentFeature() : null;
					if (feature != null && feature == run) {
						runLength++;
						continue;
					}
					addRun(children, owner, run, runLength);
					run = feature;
					runLength = feature == null ? 0 : 1;
					if (feature == null) {
						children.add(child);
					}
				}
				addRun(children, owner, run, runLength);
				return children.toArray();
			}
			return itemChildren(parent).toArray();
		}

		private static void addRun(List<Object> children, EObject owner, EReference feature, int length) {
			if (feature == null || length == 0) {
				return;
			}
			List<?> list = feature.isMany() ? (List<?>) owner.eGet(feature) : List.of(owner.eGet(feature));
			if (length <= CHUNK || !feature.isMany() || list.size() != length) {
				children.addAll(list);
				return;
			}
			for (int from = 0; from < length; from += CHUNK) {
				children.add(new Chunk(owner, feature, from, Math.min(length, from + CHUNK)));
			}
		}

		private Collection<?> itemChildren(Object parent) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(parent, ITreeItemContentProvider.class);
			return provider == null ? List.of() : provider.getChildren(parent);
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Chunk chunk) {
				return chunk.owner();
			}
			if (element instanceof EObject child && child.eContainer() != null && child.eContainmentFeature().isMany()) {
				List<?> siblings = (List<?>) child.eContainer().eGet(child.eContainmentFeature());
				if (siblings.size() > CHUNK) {
					int index = siblings.indexOf(child);
					int from = index / CHUNK * CHUNK;
					return new Chunk(child.eContainer(), child.eContainmentFeature(), from, Math.min(siblings.size(), from + CHUNK));
				}
			}
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
			return provider == null ? null : provider.getParent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			if (element instanceof Chunk) {
				return true;
			}
			ITreeItemContentProvider provider = (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
			return provider != null && provider.hasChildren(element);
		}
	}

	/**
	 * Text and icon from {@link IItemLabelProvider}; named elements by their name, and icons by class,
	 * so that labelling a row attaches no item provider to its element.
	 */
	static final class Labels extends LabelProvider {
		private final AdapterFactory factory;
		private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());
		private final Map<EClass, Image> imagesByClass = new HashMap<>();

		Labels(AdapterFactory factory) {
			this.factory = factory;
		}

		@Override
		public String getText(Object element) {
			if (element instanceof Chunk chunk) {
				return chunk.label();
			}
			String own = domainText(element);
			if (own != null) {
				return own;
			}
			IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
			return provider == null ? String.valueOf(element) : provider.getText(element);
		}

		/** Labels in the user's terms where the generated ones only show a type and a number. */
		private static String domainText(Object element) {
			return switch (element) {
				case SkillAssessment a -> (a.getSkill() == null || a.getSkill().eIsProxy() ? "unknown skill"
						: a.getSkill().getName()) + ": " + level(a, a.getLevel()) + " (" + EnumWords.phrase(a.getSource()) + ", "
						+ a.getDate() + ")";
				case SkillRequirement r -> (r.getSkill() == null || r.getSkill().eIsProxy() ? "unknown skill"
						: r.getSkill().getName()) + ": " + level(r, r.getLevel()) + " (" + EnumWords.phrase(r.getImportance()) + ")";
				case PlanStep step -> (step.getResource() == null || step.getResource().eIsProxy() ? "unknown resource"
						: step.getResource().getName()) + " (weeks " + step.getStartWeek() + "-" + step.getEndWeek() + ", "
						+ EnumWords.phrase(step.getStatus()) + ")";
				case Evidence evidence -> "Evidence: " + evidence.getTitle();
				case NamedElement named when named.getName() != null -> named.getName();
				default -> null;
			};
		}

		/** A level by its name on the skill's scale: "3 - Practitioner". */
		private static String level(EObject element, int level) {
			return SkillLevels.name(SkillLevels.scaleOf(element), level);
		}

		@Override
		public Image getImage(Object element) {
			if (!(element instanceof EObject object)) {
				return null;
			}
			// the generated item providers give one icon per class
			return imagesByClass.computeIfAbsent(object.eClass(), type -> {
				IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
				Object image = provider == null ? null : provider.getImage(element);
				return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
			});
		}

		@Override
		public void dispose() {
			images.dispose();
			super.dispose();
		}
	}

	/** Property sources from {@link IItemPropertySource}; changes go through the editing domain's commands. */
	static IPropertySourceProvider propertySources(AdapterFactory factory) {
		return object -> {
			IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
			return source == null ? null : new Source(object, source);
		};
	}

	private record Source(Object object, IItemPropertySource source) implements IPropertySource {

		@Override
		public Object getEditableValue() {
			return source.getEditableValue(object);
		}

		@Override
		public IPropertyDescriptor[] getPropertyDescriptors() {
			List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(object);
			return descriptors.stream().map(d -> {
				Object feature = d.getFeature(object);
				boolean text = d.canSetProperty(object) && feature instanceof EAttribute attribute
						&& attribute.getEAttributeType().getInstanceClass() == String.class && !attribute.isMany();
				PropertyDescriptor descriptor = text ? new TextPropertyDescriptor(d.getId(object), d.getDisplayName(object))
						: new PropertyDescriptor(d.getId(object), d.getDisplayName(object));
				descriptor.setDescription(d.getDescription(object));
				descriptor.setCategory(d.getCategory(object));
				descriptor.setLabelProvider(new LabelProvider() {
					@Override
					public String getText(Object value) {
						// the words the grids and the Outline use: "In progress", "3 - Practitioner"
						if (value instanceof Enumerator) {
							return EnumWords.of(value);
						}
						if (object instanceof EObject element && feature instanceof EStructuralFeature level && SkillLevels.isLevel(level)) {
							return SkillLevels.name(SkillLevels.scaleOf(element), value);
						}
						return d.getLabelProvider(object).getText(value);
					}
				});
				return (IPropertyDescriptor) descriptor;
			}).toArray(IPropertyDescriptor[]::new);
		}

		private IItemPropertyDescriptor descriptor(Object id) {
			return source.getPropertyDescriptor(object, id);
		}

		@Override
		public Object getPropertyValue(Object id) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			Object value = descriptor == null ? null : descriptor.getPropertyValue(object);
			return value instanceof IItemPropertySource nested ? nested.getEditableValue(object) : value;
		}

		@Override
		public boolean isPropertySet(Object id) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			return descriptor != null && descriptor.isPropertySet(object);
		}

		@Override
		public void resetPropertyValue(Object id) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			if (descriptor != null) {
				descriptor.resetPropertyValue(object);
			}
		}

		@Override
		public void setPropertyValue(Object id, Object value) {
			IItemPropertyDescriptor descriptor = descriptor(id);
			if (descriptor != null) {
				descriptor.setPropertyValue(object, value);
			}
		}
	}
}
