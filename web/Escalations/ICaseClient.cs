namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>What the server calls on a browser that has a case page open.</summary>
public interface ICaseClient
{
    Task EscalationChanged(EscalationChangedMessage message);
}
