/**
 */
package org.govsite.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.govsite.model.Channel;
import org.govsite.model.Column;
import org.govsite.model.GovSitePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.impl.ChannelImpl#getPathSegment <em>Path Segment</em>}</li>
 *   <li>{@link org.govsite.model.impl.ChannelImpl#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelImpl extends NamedImpl implements Channel {
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
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<Column> columns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovSitePackage.Literals.CHANNEL;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.CHANNEL__PATH_SEGMENT, oldPathSegment, pathSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Column> getColumns() {
		if (columns == null) {
			columns = new EObjectResolvingEList<Column>(Column.class, this, GovSitePackage.CHANNEL__COLUMNS);
		}
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovSitePackage.CHANNEL__PATH_SEGMENT:
				return getPathSegment();
			case GovSitePackage.CHANNEL__COLUMNS:
				return getColumns();
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
			case GovSitePackage.CHANNEL__PATH_SEGMENT:
				setPathSegment((String)newValue);
				return;
			case GovSitePackage.CHANNEL__COLUMNS:
				getColumns().clear();
				getColumns().addAll((Collection<? extends Column>)newValue);
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
			case GovSitePackage.CHANNEL__PATH_SEGMENT:
				setPathSegment(PATH_SEGMENT_EDEFAULT);
				return;
			case GovSitePackage.CHANNEL__COLUMNS:
				getColumns().clear();
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
			case GovSitePackage.CHANNEL__PATH_SEGMENT:
				return PATH_SEGMENT_EDEFAULT == null ? pathSegment != null : !PATH_SEGMENT_EDEFAULT.equals(pathSegment);
			case GovSitePackage.CHANNEL__COLUMNS:
				return columns != null && !columns.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ChannelImpl
