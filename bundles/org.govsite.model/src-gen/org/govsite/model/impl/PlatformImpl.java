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

import org.govsite.model.GovSitePackage;
import org.govsite.model.Organisation;
import org.govsite.model.Platform;
import org.govsite.model.Site;
import org.govsite.model.SiteLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Platform</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.impl.PlatformImpl#getDivisionCode <em>Division Code</em>}</li>
 *   <li>{@link org.govsite.model.impl.PlatformImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.govsite.model.impl.PlatformImpl#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.govsite.model.impl.PlatformImpl#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlatformImpl extends NamedImpl implements Platform {
	/**
	 * The default value of the '{@link #getDivisionCode() <em>Division Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDivisionCode()
	 * @generated
	 * @ordered
	 */
	protected static final String DIVISION_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDivisionCode() <em>Division Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDivisionCode()
	 * @generated
	 * @ordered
	 */
	protected String divisionCode = DIVISION_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final SiteLevel LEVEL_EDEFAULT = SiteLevel.PROVINCE;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected SiteLevel level = LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganisations() <em>Organisations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> organisations;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlatformImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovSitePackage.Literals.PLATFORM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDivisionCode() {
		return divisionCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDivisionCode(String newDivisionCode) {
		String oldDivisionCode = divisionCode;
		divisionCode = newDivisionCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.PLATFORM__DIVISION_CODE, oldDivisionCode, divisionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SiteLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(SiteLevel newLevel) {
		SiteLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.PLATFORM__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getOrganisations() {
		if (organisations == null) {
			organisations = new EObjectContainmentEList<Organisation>(Organisation.class, this, GovSitePackage.PLATFORM__ORGANISATIONS);
		}
		return organisations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, GovSitePackage.PLATFORM__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovSitePackage.PLATFORM__ORGANISATIONS:
				return ((InternalEList<?>)getOrganisations()).basicRemove(otherEnd, msgs);
			case GovSitePackage.PLATFORM__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
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
			case GovSitePackage.PLATFORM__DIVISION_CODE:
				return getDivisionCode();
			case GovSitePackage.PLATFORM__LEVEL:
				return getLevel();
			case GovSitePackage.PLATFORM__ORGANISATIONS:
				return getOrganisations();
			case GovSitePackage.PLATFORM__SITES:
				return getSites();
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
			case GovSitePackage.PLATFORM__DIVISION_CODE:
				setDivisionCode((String)newValue);
				return;
			case GovSitePackage.PLATFORM__LEVEL:
				setLevel((SiteLevel)newValue);
				return;
			case GovSitePackage.PLATFORM__ORGANISATIONS:
				getOrganisations().clear();
				getOrganisations().addAll((Collection<? extends Organisation>)newValue);
				return;
			case GovSitePackage.PLATFORM__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
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
			case GovSitePackage.PLATFORM__DIVISION_CODE:
				setDivisionCode(DIVISION_CODE_EDEFAULT);
				return;
			case GovSitePackage.PLATFORM__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case GovSitePackage.PLATFORM__ORGANISATIONS:
				getOrganisations().clear();
				return;
			case GovSitePackage.PLATFORM__SITES:
				getSites().clear();
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
			case GovSitePackage.PLATFORM__DIVISION_CODE:
				return DIVISION_CODE_EDEFAULT == null ? divisionCode != null : !DIVISION_CODE_EDEFAULT.equals(divisionCode);
			case GovSitePackage.PLATFORM__LEVEL:
				return level != LEVEL_EDEFAULT;
			case GovSitePackage.PLATFORM__ORGANISATIONS:
				return organisations != null && !organisations.isEmpty();
			case GovSitePackage.PLATFORM__SITES:
				return sites != null && !sites.isEmpty();
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
		result.append(" (divisionCode: ");
		result.append(divisionCode);
		result.append(", level: ");
		result.append(level);
		result.append(')');
		return result.toString();
	}

} //PlatformImpl
