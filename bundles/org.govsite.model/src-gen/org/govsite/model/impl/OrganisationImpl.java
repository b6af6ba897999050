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

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.govsite.model.GovSitePackage;
import org.govsite.model.Organisation;
import org.govsite.model.OrganisationKind;
import org.govsite.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.impl.OrganisationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.govsite.model.impl.OrganisationImpl#getDivisionCode <em>Division Code</em>}</li>
 *   <li>{@link org.govsite.model.impl.OrganisationImpl#getShortName <em>Short Name</em>}</li>
 *   <li>{@link org.govsite.model.impl.OrganisationImpl#getSuperior <em>Superior</em>}</li>
 *   <li>{@link org.govsite.model.impl.OrganisationImpl#getSites <em>Sites</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends NamedImpl implements Organisation {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrganisationKind KIND_EDEFAULT = OrganisationKind.GOVERNMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrganisationKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortName() <em>Short Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortName()
	 * @generated
	 * @ordered
	 */
	protected String shortName = SHORT_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSuperior() <em>Superior</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuperior()
	 * @generated
	 * @ordered
	 */
	protected Organisation superior;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' reference list.
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
	protected OrganisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovSitePackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrganisationKind newKind) {
		OrganisationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.ORGANISATION__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.ORGANISATION__DIVISION_CODE, oldDivisionCode, divisionCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortName() {
		return shortName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortName(String newShortName) {
		String oldShortName = shortName;
		shortName = newShortName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.ORGANISATION__SHORT_NAME, oldShortName, shortName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getSuperior() {
		if (superior != null && superior.eIsProxy()) {
			InternalEObject oldSuperior = (InternalEObject)superior;
			superior = (Organisation)eResolveProxy(oldSuperior);
			if (superior != oldSuperior) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovSitePackage.ORGANISATION__SUPERIOR, oldSuperior, superior));
			}
		}
		return superior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetSuperior() {
		return superior;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuperior(Organisation newSuperior) {
		Organisation oldSuperior = superior;
		superior = newSuperior;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovSitePackage.ORGANISATION__SUPERIOR, oldSuperior, superior));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectWithInverseResolvingEList<Site>(Site.class, this, GovSitePackage.ORGANISATION__SITES, GovSitePackage.SITE__HOST);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovSitePackage.ORGANISATION__SITES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSites()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GovSitePackage.ORGANISATION__SITES:
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
			case GovSitePackage.ORGANISATION__KIND:
				return getKind();
			case GovSitePackage.ORGANISATION__DIVISION_CODE:
				return getDivisionCode();
			case GovSitePackage.ORGANISATION__SHORT_NAME:
				return getShortName();
			case GovSitePackage.ORGANISATION__SUPERIOR:
				if (resolve) return getSuperior();
				return basicGetSuperior();
			case GovSitePackage.ORGANISATION__SITES:
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
			case GovSitePackage.ORGANISATION__KIND:
				setKind((OrganisationKind)newValue);
				return;
			case GovSitePackage.ORGANISATION__DIVISION_CODE:
				setDivisionCode((String)newValue);
				return;
			case GovSitePackage.ORGANISATION__SHORT_NAME:
				setShortName((String)newValue);
				return;
			case GovSitePackage.ORGANISATION__SUPERIOR:
				setSuperior((Organisation)newValue);
				return;
			case GovSitePackage.ORGANISATION__SITES:
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
			case GovSitePackage.ORGANISATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case GovSitePackage.ORGANISATION__DIVISION_CODE:
				setDivisionCode(DIVISION_CODE_EDEFAULT);
				return;
			case GovSitePackage.ORGANISATION__SHORT_NAME:
				setShortName(SHORT_NAME_EDEFAULT);
				return;
			case GovSitePackage.ORGANISATION__SUPERIOR:
				setSuperior((Organisation)null);
				return;
			case GovSitePackage.ORGANISATION__SITES:
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
			case GovSitePackage.ORGANISATION__KIND:
				return kind != KIND_EDEFAULT;
			case GovSitePackage.ORGANISATION__DIVISION_CODE:
				return DIVISION_CODE_EDEFAULT == null ? divisionCode != null : !DIVISION_CODE_EDEFAULT.equals(divisionCode);
			case GovSitePackage.ORGANISATION__SHORT_NAME:
				return SHORT_NAME_EDEFAULT == null ? shortName != null : !SHORT_NAME_EDEFAULT.equals(shortName);
			case GovSitePackage.ORGANISATION__SUPERIOR:
				return superior != null;
			case GovSitePackage.ORGANISATION__SITES:
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", divisionCode: ");
		result.append(divisionCode);
		result.append(", shortName: ");
		result.append(shortName);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
