/**
 */
package org.govsite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.govsite.model.Column;
import org.govsite.model.ColumnCategory;
import org.govsite.model.GovSitePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Column</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.impl.ColumnImpl#getPathSegment <em>Path Segment</em>}</li>
 *   <li>{@link org.govsite.model.impl.ColumnImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.govsite.model.impl.ColumnImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.govsite.model.impl.ColumnImpl#getKeywords <em>Keywords</em>}</li>
 *   <li>{@link org.govsite.model.impl.ColumnImpl#getUpdatePeriodDays <em>Update Period Days</em>}</li>
 *   <li>{@link org.govsite.model.impl.ColumnImpl#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ColumnImpl extends NamedImpl implements Column {
	/**
	 * The default value of the '{@link #getPathSegment() <em>Path Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathSegment()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_SEGMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPathSegment() <em>Path Segment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPathSegment()
	 * @generated
	 * @ordered
	 */
	protected String pathSegment = PATH_SEGMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ColumnCategory CATEGORY_EDEFAULT = ColumnCategory.OTHER;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ColumnCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeywords() <em>Keywords</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected static final String KEYWORDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKeywords() <em>Keywords</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeywords()
	 * @generated
	 * @ordered
	 */
	protected String keywords = KEYWORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdatePeriodDays() <em>Update Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatePeriodDays()
	 * @generated
	 * @ordered
	 */
	protected static final int UPDATE_PERIOD_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUpdatePeriodDays() <em>Update Period Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdatePeriodDays()
	 * @generated
	 * @ordered
	 */
	protected int updatePeriodDays = UPDATE_PERIOD_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Column> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ColumnImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovSitePackage.Literals.COLUMN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPathSegment() {
		return pathSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPathSegment(String newPathSegment) {
		String oldPathSegment = pathSegment;
		pathSegment = newPathSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.COLUMN__PATH_SEGMENT, oldPathSegment, pathSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColumnCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ColumnCategory newCategory) {
		ColumnCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.COLUMN__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.COLUMN__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKeywords() {
		return keywords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeywords(String newKeywords) {
		String oldKeywords = keywords;
		keywords = newKeywords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.COLUMN__KEYWORDS, oldKeywords, keywords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUpdatePeriodDays() {
		return updatePeriodDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdatePeriodDays(int newUpdatePeriodDays) {
		int oldUpdatePeriodDays = updatePeriodDays;
		updatePeriodDays = newUpdatePeriodDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.COLUMN__UPDATE_PERIOD_DAYS, oldUpdatePeriodDays, updatePeriodDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Column> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<Column>(Column.class, this, GovSitePackage.COLUMN__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovSitePackage.COLUMN__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovSitePackage.COLUMN__PATH_SEGMENT:
				return getPathSegment();
			case GovSitePackage.COLUMN__CATEGORY:
				return getCategory();
			case GovSitePackage.COLUMN__DESCRIPTION:
				return getDescription();
			case GovSitePackage.COLUMN__KEYWORDS:
				return getKeywords();
			case GovSitePackage.COLUMN__UPDATE_PERIOD_DAYS:
				return getUpdatePeriodDays();
			case GovSitePackage.COLUMN__CHILDREN:
				return getChildren();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovSitePackage.COLUMN__PATH_SEGMENT:
				setPathSegment((String)newValue);
				return;
			case GovSitePackage.COLUMN__CATEGORY:
				setCategory((ColumnCategory)newValue);
				return;
			case GovSitePackage.COLUMN__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case GovSitePackage.COLUMN__KEYWORDS:
				setKeywords((String)newValue);
				return;
			case GovSitePackage.COLUMN__UPDATE_PERIOD_DAYS:
				setUpdatePeriodDays((Integer)newValue);
				return;
			case GovSitePackage.COLUMN__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Column>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovSitePackage.COLUMN__PATH_SEGMENT:
				setPathSegment(PATH_SEGMENT_EDEFAULT);
				return;
			case GovSitePackage.COLUMN__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case GovSitePackage.COLUMN__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case GovSitePackage.COLUMN__KEYWORDS:
				setKeywords(KEYWORDS_EDEFAULT);
				return;
			case GovSitePackage.COLUMN__UPDATE_PERIOD_DAYS:
				setUpdatePeriodDays(UPDATE_PERIOD_DAYS_EDEFAULT);
				return;
			case GovSitePackage.COLUMN__CHILDREN:
				getChildren().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovSitePackage.COLUMN__PATH_SEGMENT:
				return PATH_SEGMENT_EDEFAULT == null ? pathSegment != null : !PATH_SEGMENT_EDEFAULT.equals(pathSegment);
			case GovSitePackage.COLUMN__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case GovSitePackage.COLUMN__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case GovSitePackage.COLUMN__KEYWORDS:
				return KEYWORDS_EDEFAULT == null ? keywords != null : !KEYWORDS_EDEFAULT.equals(keywords);
			case GovSitePackage.COLUMN__UPDATE_PERIOD_DAYS:
				return updatePeriodDays != UPDATE_PERIOD_DAYS_EDEFAULT;
			case GovSitePackage.COLUMN__CHILDREN:
				return children != null && !children.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (pathSegment: ");
		result.append(pathSegment);
		result.append(", category: ");
		result.append(category);
		result.append(", description: ");
		result.append(description);
		result.append(", keywords: ");
		result.append(keywords);
		result.append(", updatePeriodDays: ");
		result.append(updatePeriodDays);
		result.append(')');
		return result.toString();
	}

} //ColumnImpl
