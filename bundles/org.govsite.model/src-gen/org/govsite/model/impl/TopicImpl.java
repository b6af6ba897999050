/**
 */
package org.govsite.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.govsite.model.GovSitePackage;
import org.govsite.model.Topic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.impl.TopicImpl#getPathSegment <em>Path Segment</em>}</li>
 *   <li>{@link org.govsite.model.impl.TopicImpl#isOnHomePage <em>On Home Page</em>}</li>
 *   <li>{@link org.govsite.model.impl.TopicImpl#isArchived <em>Archived</em>}</li>
 *   <li>{@link org.govsite.model.impl.TopicImpl#getArchivedOn <em>Archived On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopicImpl extends NamedImpl implements Topic {
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
	 * The default value of the '{@link #isOnHomePage() <em>On Home Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnHomePage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ON_HOME_PAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOnHomePage() <em>On Home Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOnHomePage()
	 * @generated
	 * @ordered
	 */
	protected boolean onHomePage = ON_HOME_PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #isArchived() <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArchived()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ARCHIVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isArchived() <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArchived()
	 * @generated
	 * @ordered
	 */
	protected boolean archived = ARCHIVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchivedOn() <em>Archived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date ARCHIVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchivedOn() <em>Archived On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivedOn()
	 * @generated
	 * @ordered
	 */
	protected Date archivedOn = ARCHIVED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopicImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovSitePackage.Literals.TOPIC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.TOPIC__PATH_SEGMENT, oldPathSegment, pathSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOnHomePage() {
		return onHomePage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnHomePage(boolean newOnHomePage) {
		boolean oldOnHomePage = onHomePage;
		onHomePage = newOnHomePage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.TOPIC__ON_HOME_PAGE, oldOnHomePage, onHomePage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isArchived() {
		return archived;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchived(boolean newArchived) {
		boolean oldArchived = archived;
		archived = newArchived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.TOPIC__ARCHIVED, oldArchived, archived));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getArchivedOn() {
		return archivedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchivedOn(Date newArchivedOn) {
		Date oldArchivedOn = archivedOn;
		archivedOn = newArchivedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.TOPIC__ARCHIVED_ON, oldArchivedOn, archivedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovSitePackage.TOPIC__PATH_SEGMENT:
				return getPathSegment();
			case GovSitePackage.TOPIC__ON_HOME_PAGE:
				return isOnHomePage();
			case GovSitePackage.TOPIC__ARCHIVED:
				return isArchived();
			case GovSitePackage.TOPIC__ARCHIVED_ON:
				return getArchivedOn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovSitePackage.TOPIC__PATH_SEGMENT:
				setPathSegment((String)newValue);
				return;
			case GovSitePackage.TOPIC__ON_HOME_PAGE:
				setOnHomePage((Boolean)newValue);
				return;
			case GovSitePackage.TOPIC__ARCHIVED:
				setArchived((Boolean)newValue);
				return;
			case GovSitePackage.TOPIC__ARCHIVED_ON:
				setArchivedOn((Date)newValue);
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
			case GovSitePackage.TOPIC__PATH_SEGMENT:
				setPathSegment(PATH_SEGMENT_EDEFAULT);
				return;
			case GovSitePackage.TOPIC__ON_HOME_PAGE:
				setOnHomePage(ON_HOME_PAGE_EDEFAULT);
				return;
			case GovSitePackage.TOPIC__ARCHIVED:
				setArchived(ARCHIVED_EDEFAULT);
				return;
			case GovSitePackage.TOPIC__ARCHIVED_ON:
				setArchivedOn(ARCHIVED_ON_EDEFAULT);
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
			case GovSitePackage.TOPIC__PATH_SEGMENT:
				return PATH_SEGMENT_EDEFAULT == null ? pathSegment != null : !PATH_SEGMENT_EDEFAULT.equals(pathSegment);
			case GovSitePackage.TOPIC__ON_HOME_PAGE:
				return onHomePage != ON_HOME_PAGE_EDEFAULT;
			case GovSitePackage.TOPIC__ARCHIVED:
				return archived != ARCHIVED_EDEFAULT;
			case GovSitePackage.TOPIC__ARCHIVED_ON:
				return ARCHIVED_ON_EDEFAULT == null ? archivedOn != null : !ARCHIVED_ON_EDEFAULT.equals(archivedOn);
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
		result.append(", onHomePage: ");
		result.append(onHomePage);
		result.append(", archived: ");
		result.append(archived);
		result.append(", archivedOn: ");
		result.append(archivedOn);
		result.append(')');
		return result.toString();
	}

} //TopicImpl
