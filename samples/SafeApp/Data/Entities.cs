namespace SafeApp.Data;

public class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public int LoyaltyPoints { get; set; }

    public List<Order> Orders { get; } = new();
}

public class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Price { get; set; }

    public string? Sku { get; set; }

    public bool Discontinued { get; set; }

    public List<Category> Categories { get; } = new();
}

public class Order
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;

    public DateTime PlacedAt { get; set; }

    public string? Notes { get; set; }

    public List<OrderLine> Lines { get; } = new();
}

public class OrderLine
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public int ProductId { get; set; }

    public Product Product { get; set; } = null!;

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }
}

public class Category
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public List<Product> Products { get; } = new();
}

public class Shipment
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public Order Order { get; set; } = null!;

    public string Carrier { get; set; } = "";

    public string? TrackingNumber { get; set; }

    public DateTime? ShippedAt { get; set; }
}

public class Review
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public Product Product { get; set; } = null!;

    public int Rating { get; set; }

    public string? Text { get; set; }
}
