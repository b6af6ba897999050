/**
 */
package org.govsite.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.govsite.model.Site#getKind <em>Kind</em>}</li>
 *   <li>{@link org.govsite.model.Site#getLevel <em>Level</em>}</li>
 *   <li>{@link org.govsite.model.Site#getMainDomain <em>Main Domain</em>}</li>
 *   <li>{@link org.govsite.model.Site#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.govsite.model.Site#getIdCode <em>Id Code</em>}</li>
 *   <li>{@link org.govsite.model.Site#getIcpRecord <em>Icp Record</em>}</li>
 *   <li>{@link org.govsite.model.Site#getSecurityRecord <em>Security Record</em>}</li>
 *   <li>{@link org.govsite.model.Site#getHost <em>Host</em>}</li>
 *   <li>{@link org.govsite.model.Site#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.govsite.model.Site#getStatus <em>Status</em>}</li>
 *   <li>{@link org.govsite.model.Site#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link org.govsite.model.Site#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.govsite.model.Site#getStatusUntil <em>Status Until</em>}</li>
 *   <li>{@link org.govsite.model.Site#getMainColour <em>Main Colour</em>}</li>
 *   <li>{@link org.govsite.model.Site#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.govsite.model.Site#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.govsite.model.Site#getChannels <em>Channels</em>}</li>
 * </ul>
 *
 * @see org.govsite.model.GovSitePackage#getSite()
 * @model
 * @generated
 */
public interface Site extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.govsite.model.SiteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.govsite.model.SiteKind
	 * @see #setKind(SiteKind)
	 * @see org.govsite.model.GovSitePackage#getSite_Kind()
	 * @model
	 * @generated
	 */
	SiteKind getKind();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.govsite.model.SiteKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SiteKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.govsite.model.SiteLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.govsite.model.SiteLevel
	 * @see #setLevel(SiteLevel)
	 * @see org.govsite.model.GovSitePackage#getSite_Level()
	 * @model
	 * @generated
	 */
	SiteLevel getLevel();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.govsite.model.SiteLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(SiteLevel value);

	/**
	 * Returns the value of the '<em><b>Main Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Main Domain</em>' attribute.
	 * @see #setMainDomain(String)
	 * @see org.govsite.model.GovSitePackage#getSite_MainDomain()
	 * @model
	 * @generated
	 */
	String getMainDomain();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getMainDomain <em>Main Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Main Domain</em>' attribute.
	 * @see #getMainDomain()
	 * @generated
	 */
	void setMainDomain(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.govsite.model.GovSitePackage#getSite_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Id Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Site ID code (政府网站标识码): 6-digit division code + 4-digit serial, or bm + 8 digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Code</em>' attribute.
	 * @see #setIdCode(String)
	 * @see org.govsite.model.GovSitePackage#getSite_IdCode()
	 * @model
	 * @generated
	 */
	String getIdCode();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getIdCode <em>Id Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Code</em>' attribute.
	 * @see #getIdCode()
	 * @generated
	 */
	void setIdCode(String value);

	/**
	 * Returns the value of the '<em><b>Icp Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Icp Record</em>' attribute.
	 * @see #setIcpRecord(String)
	 * @see org.govsite.model.GovSitePackage#getSite_IcpRecord()
	 * @model
	 * @generated
	 */
	String getIcpRecord();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getIcpRecord <em>Icp Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icp Record</em>' attribute.
	 * @see #getIcpRecord()
	 * @generated
	 */
	void setIcpRecord(String value);

	/**
	 * Returns the value of the '<em><b>Security Record</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public-security record number (公安机关备案号).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Record</em>' attribute.
	 * @see #setSecurityRecord(String)
	 * @see org.govsite.model.GovSitePackage#getSite_SecurityRecord()
	 * @model
	 * @generated
	 */
	String getSecurityRecord();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getSecurityRecord <em>Security Record</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Record</em>' attribute.
	 * @see #getSecurityRecord()
	 * @generated
	 */
	void setSecurityRecord(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.govsite.model.Organisation#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Organisation)
	 * @see org.govsite.model.GovSitePackage#getSite_Host()
	 * @see org.govsite.model.Organisation#getSites
	 * @model opposite="sites"
	 * @generated
	 */
	Organisation getHost();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Organisation value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' reference.
	 * @see #setOperator(Organisation)
	 * @see org.govsite.model.GovSitePackage#getSite_Operator()
	 * @model
	 * @generated
	 */
	Organisation getOperator();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getOperator <em>Operator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' reference.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(Organisation value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.govsite.model.LifecycleStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.govsite.model.LifecycleStatus
	 * @see #setStatus(LifecycleStatus)
	 * @see org.govsite.model.GovSitePackage#getSite_Status()
	 * @model
	 * @generated
	 */
	LifecycleStatus getStatus();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.govsite.model.LifecycleStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(LifecycleStatus value);

	/**
	 * Returns the value of the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened On</em>' attribute.
	 * @see #setOpenedOn(Date)
	 * @see org.govsite.model.GovSitePackage#getSite_OpenedOn()
	 * @model
	 * @generated
	 */
	Date getOpenedOn();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getOpenedOn <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened On</em>' attribute.
	 * @see #getOpenedOn()
	 * @generated
	 */
	void setOpenedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the current life-cycle status began (offline, migrating, archived or closed).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Since</em>' attribute.
	 * @see #setStatusSince(Date)
	 * @see org.govsite.model.GovSitePackage#getSite_StatusSince()
	 * @model
	 * @generated
	 */
	Date getStatusSince();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getStatusSince <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Since</em>' attribute.
	 * @see #getStatusSince()
	 * @generated
	 */
	void setStatusSince(Date value);

	/**
	 * Returns the value of the '<em><b>Status Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned end of a temporary offline period (at most 30 days).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Until</em>' attribute.
	 * @see #setStatusUntil(Date)
	 * @see org.govsite.model.GovSitePackage#getSite_StatusUntil()
	 * @model
	 * @generated
	 */
	Date getStatusUntil();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getStatusUntil <em>Status Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Until</em>' attribute.
	 * @see #getStatusUntil()
	 * @generated
	 */
	void setStatusUntil(Date value);

	/**
	 * Returns the value of the '<em><b>Main Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Main Colour</em>' attribute.
	 * @see #setMainColour(String)
	 * @see org.govsite.model.GovSitePackage#getSite_MainColour()
	 * @model
	 * @generated
	 */
	String getMainColour();

	/**
	 * Sets the value of the '{@link org.govsite.model.Site#getMainColour <em>Main Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Main Colour</em>' attribute.
	 * @see #getMainColour()
	 * @generated
	 */
	void setMainColour(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.govsite.model.Column}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.govsite.model.GovSitePackage#getSite_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Column> getColumns();

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' containment reference list.
	 * The list contents are of type {@link org.govsite.model.Topic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' containment reference list.
	 * @see org.govsite.model.GovSitePackage#getSite_Topics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Topic> getTopics();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.govsite.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.govsite.model.GovSitePackage#getSite_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

} // Site
